package vn.thidua.ranking;

import vn.thidua.evaluation.Classification;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Texts;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What part of a ranking to list: a unit with its sub-units, a classification, a name (part of it,
 * without regard to case or diacritics: "nguyen van" finds "Nguyễn Văn An"; blank: anyone), an order.
 */
public record RankingFilter(Long unitId, Classification classification, String q, RankingSort.Order order) {

    public static final RankingFilter ALL = new RankingFilter(null, null, null, RankingSort.Order.DEFAULT);

    /** The longest name searched for (a full name is at most 255 characters). */
    static final int MAX_Q = 255;

    public RankingFilter {
        order = order == null ? RankingSort.Order.DEFAULT : order;
        q = q == null || q.isBlank() ? null : Texts.clean(q);
    }

    /** From request parameters: an unknown classification or sort is refused with the field named. */
    public static RankingFilter of(Long unitId, String classification, String sort) {
        return of(unitId, classification, sort, null);
    }

    /** The same with a name search {@code q}; one longer than a name can be is refused with the field named. */
    public static RankingFilter of(Long unitId, String classification, String sort, String q) {
        if (q != null && q.length() > MAX_Q) {
            throw new InvalidInputException("q", "ranking.q.tooLong", MAX_Q);
        }
        return new RankingFilter(unitId, classification(classification), q, RankingSort.Order.parse(sort));
    }

    /** The LIKE pattern of the name search (folded as the names are), or '' for no search. */
    String namePattern() {
        return q == null ? "" : Texts.likeContains(Texts.fold(q));
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
