package vn.thidua.campaign;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.campaign.UnsavedCampaigns.criterion;

/** The STANDARD maxima per subject type, warned about when they do not add up to 100. */
class CriteriaSumsTest {

    @Test
    void onlyStandardCriteriaOfTheTypeAreSummed() {
        CriteriaSums sums = CriteriaSums.of(List.of(
                criterion(1, "C1", CriterionKind.STANDARD, "60.00", AppliesTo.BOTH),
                criterion(2, "C2", CriterionKind.STANDARD, "40.00", AppliesTo.INDIVIDUAL),
                criterion(3, "C3", CriterionKind.STANDARD, "30.00", AppliesTo.COLLECTIVE),
                criterion(4, "C4", CriterionKind.BONUS, "5.00", AppliesTo.BOTH),
                criterion(5, "C5", CriterionKind.PENALTY, "10.00", AppliesTo.COLLECTIVE)));
        // individuals 60 + 40 = 100; units 60 + 30 = 90 (bonus and penalty are not out of 100)
        assertThat(sums.individual().toPlainString()).isEqualTo("100.00");
        assertThat(sums.collective().toPlainString()).isEqualTo("90.00");
        assertThat(sums.individualWarning()).isFalse();
        assertThat(sums.collectiveWarning()).isTrue();
        assertThat(sums.hasIndividualCriteria()).isTrue();
        assertThat(sums.hasCollectiveCriteria()).isTrue();
    }

    @Test
    void aSumOverOneHundredIsWarnedAboutToo() {
        CriteriaSums sums = CriteriaSums.of(List.of(
                criterion(1, "C1", CriterionKind.STANDARD, "100.50", AppliesTo.INDIVIDUAL),
                criterion(2, "C2", CriterionKind.STANDARD, "99.99", AppliesTo.COLLECTIVE),
                criterion(3, "C3", CriterionKind.STANDARD, "0.01", AppliesTo.COLLECTIVE)));
        assertThat(sums.individual().toPlainString()).isEqualTo("100.50");
        assertThat(sums.individualWarning()).isTrue();
        assertThat(sums.collective().toPlainString()).isEqualTo("100.00");
        assertThat(sums.collectiveWarning()).isFalse();
    }

    @Test
    void aTypeWithoutCriteriaIsNotWarnedAbout() {
        CriteriaSums sums = CriteriaSums.of(List.of(
                criterion(1, "C1", CriterionKind.STANDARD, "100", AppliesTo.COLLECTIVE)));
        assertThat(sums.individual().toPlainString()).isEqualTo("0.00");
        assertThat(sums.hasIndividualCriteria()).isFalse();
        assertThat(sums.individualWarning()).isFalse();
        assertThat(sums.collective().toPlainString()).isEqualTo("100.00");
        assertThat(sums.hasCollectiveCriteria()).isTrue();
        assertThat(sums.collectiveWarning()).isFalse();
    }

    @Test
    void aTypeWithOnlyABonusHasCriteriaAndIsWarnedAbout() {
        CriteriaSums sums = CriteriaSums.of(List.of(
                criterion(1, "C1", CriterionKind.BONUS, "5", AppliesTo.INDIVIDUAL)));
        assertThat(sums.individual().toPlainString()).isEqualTo("0.00");
        assertThat(sums.hasIndividualCriteria()).isTrue();
        assertThat(sums.individualWarning()).isTrue();
        assertThat(sums.hasCollectiveCriteria()).isFalse();
        assertThat(sums.collectiveWarning()).isFalse();
    }

    @Test
    void noCriteriaNoWarning() {
        CriteriaSums sums = CriteriaSums.of(List.of());
        assertThat(sums.individual().toPlainString()).isEqualTo("0.00");
        assertThat(sums.collective().toPlainString()).isEqualTo("0.00");
        assertThat(sums.individualWarning()).isFalse();
        assertThat(sums.collectiveWarning()).isFalse();
        assertThat(sums.hasIndividualCriteria()).isFalse();
        assertThat(sums.hasCollectiveCriteria()).isFalse();
    }
}
