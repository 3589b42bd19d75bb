package vn.thidua.ranking;

import vn.thidua.evaluation.Classification;
import vn.thidua.shared.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What part of a ranking to list: a unit with its sub-units, a classification, an order. */
public record RankingFilter(Long unitId, Classification classification, RankingSort.Order order) {

    public static final RankingFilter ALL = new RankingFilter(null, null, RankingSort.Order.DEFAULT);

    public RankingFilter {
        order = order == null ? RankingSort.Order.DEFAULT : order;
    }

    /** From request parameters: an unknown classification or sort is refused with the field named. */
    public static RankingFilter of(Long unitId, String classification, String sort) {
        return new RankingFilter(unitId, classification(classification), RankingSort.Order.parse(sort));
    }

    static Classification classification(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Classification.values()).filter(c -> c.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("classification", "ranking.classification.invalid",
                        Arrays.stream(Classification.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
