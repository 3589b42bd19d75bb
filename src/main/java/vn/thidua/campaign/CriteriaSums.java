package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.organisation.SubjectType;

/**
 * The STANDARD maximum points per subject type. A campaign usually scores out of 100 (thang điểm
 * 100); another sum is allowed but warned about, for the subject types that have criteria.
 */
public record CriteriaSums(BigDecimal individual, BigDecimal collective, boolean individualWarning,
                           boolean collectiveWarning, boolean hasIndividualCriteria,
                           boolean hasCollectiveCriteria) {

    public static final BigDecimal EXPECTED = new BigDecimal("100");

    public static CriteriaSums of(List<Criterion> criteria) {
        return new Tally(criteria, SubjectType.INDIVIDUAL).with(new Tally(criteria, SubjectType.COLLECTIVE));
    }

    private record Tally(BigDecimal sum, boolean any) {
        Tally(List<Criterion> criteria, SubjectType subject) {
            this(criteria.stream().filter(c -> c.appliesTo(subject) && c.getKind() == CriterionKind.STANDARD)
                            .map(Criterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2),
                    criteria.stream().anyMatch(c -> c.appliesTo(subject)));
        }

        CriteriaSums with(Tally collective) {
            return new CriteriaSums(sum, collective.sum, any && sum.compareTo(EXPECTED) != 0,
                    collective.any && collective.sum.compareTo(EXPECTED) != 0, any, collective.any);
        }
    }
}
