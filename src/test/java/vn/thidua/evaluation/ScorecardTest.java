package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.Thresholds;
import vn.thidua.organisation.SubjectType;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.campaign.CriterionKind.BONUS;
import static vn.thidua.campaign.CriterionKind.PENALTY;
import static vn.thidua.campaign.CriterionKind.STANDARD;

/** Totals and classification on hand-computed cases (DESIGN §4). */
class ScorecardTest {

    private static final Thresholds DEFAULTS = Thresholds.DEFAULTS;

    @Test
    void standardPlusBonusMinusPenalty() {
        // 40 + 35.5 + 4.25 (bonus) − 2.75 (penalty) = 77.00
        Scorecard card = Scorecard.of(SubjectType.INDIVIDUAL, List.of(
                line(STANDARD, "40"), line(STANDARD, "35.5"), line(BONUS, "4.25"), line(PENALTY, "2.75")), DEFAULTS);
        assertThat(card.total()).isEqualByComparingTo("77.00");
        assertThat(card.complete()).isTrue();
        assertThat(card.classification()).isEqualTo(Classification.GOOD);
    }

    @Test
    void aBonusLiftsOverTheThresholdAndAPenaltyDropsBelowIt() {
        assertThat(Scorecard.of(SubjectType.INDIVIDUAL, List.of(line(STANDARD, "88"), line(BONUS, "2")), DEFAULTS)
                .classification()).isEqualTo(Classification.EXCELLENT);
        assertThat(Scorecard.of(SubjectType.INDIVIDUAL, List.of(line(STANDARD, "90"), line(PENALTY, "0.01")),
                DEFAULTS).classification()).isEqualTo(Classification.GOOD);
    }

    @Test
    void everyBoundaryGetsTheHigherClass() {
        assertThat(classify("100")).isEqualTo(Classification.EXCELLENT);
        assertThat(classify("90")).isEqualTo(Classification.EXCELLENT);
        assertThat(classify("89.99")).isEqualTo(Classification.GOOD);
        assertThat(classify("70")).isEqualTo(Classification.GOOD);
        assertThat(classify("69.99")).isEqualTo(Classification.PASS);
        assertThat(classify("50")).isEqualTo(Classification.PASS);
        assertThat(classify("49.99")).isEqualTo(Classification.FAIL);
        assertThat(classify("0")).isEqualTo(Classification.FAIL);
    }

    @Test
    void theCampaignsOwnThresholdsCount() {
        Thresholds strict = new Thresholds(new BigDecimal("95"), new BigDecimal("72.5"), new BigDecimal("60"));
        assertThat(Scorecard.classify(new BigDecimal("94.99"), strict)).isEqualTo(Classification.GOOD);
        assertThat(Scorecard.classify(new BigDecimal("95.00"), strict)).isEqualTo(Classification.EXCELLENT);
        assertThat(Scorecard.classify(new BigDecimal("72.50"), strict)).isEqualTo(Classification.GOOD);
        assertThat(Scorecard.classify(new BigDecimal("72.49"), strict)).isEqualTo(Classification.PASS);
        assertThat(Scorecard.classify(new BigDecimal("59.99"), strict)).isEqualTo(Classification.FAIL);
    }

    @Test
    void aNegativeTotalIsKeptAndFails() {
        Scorecard card = Scorecard.of(SubjectType.COLLECTIVE, List.of(line(STANDARD, "3"), line(PENALTY, "10")),
                DEFAULTS);
        assertThat(card.total()).isEqualByComparingTo("-7.00");
        assertThat(card.classification()).isEqualTo(Classification.FAIL);
    }

    @Test
    void missingScoresCountZeroAndMakeItIncomplete() {
        Scorecard card = Scorecard.of(SubjectType.INDIVIDUAL, List.of(line(STANDARD, "60"), line(STANDARD, null),
                line(BONUS, null)), DEFAULTS);
        assertThat(card.total()).isEqualByComparingTo("60.00");
        assertThat(card.complete()).isFalse();
        assertThat(card.classification()).isEqualTo(Classification.PASS);
    }

    @Test
    void nothingScoredHasNoClassification() {
        Scorecard card = Scorecard.of(SubjectType.INDIVIDUAL, List.of(line(STANDARD, null)), DEFAULTS);
        assertThat(card.total()).isEqualByComparingTo("0");
        assertThat(card.scored()).isFalse();
        assertThat(card.classification()).isNull();
    }

    @Test
    void onlyCriteriaOfTheSubjectsTypeCount() {
        List<Scorecard.Line> lines = List.of(
                new Scorecard.Line(STANDARD, AppliesTo.INDIVIDUAL, new BigDecimal("50")),
                new Scorecard.Line(STANDARD, AppliesTo.COLLECTIVE, new BigDecimal("45")),
                new Scorecard.Line(STANDARD, AppliesTo.BOTH, new BigDecimal("30")),
                new Scorecard.Line(BONUS, AppliesTo.COLLECTIVE, null));
        Scorecard person = Scorecard.of(SubjectType.INDIVIDUAL, lines, DEFAULTS);
        assertThat(person.total()).isEqualByComparingTo("80");
        assertThat(person.complete()).as("a collective criterion left empty does not matter to a person").isTrue();
        Scorecard unit = Scorecard.of(SubjectType.COLLECTIVE, lines, DEFAULTS);
        assertThat(unit.total()).isEqualByComparingTo("75");
        assertThat(unit.complete()).isFalse();
    }

    @Test
    void aBonusOrAPenaltyOfTheOtherSubjectTypeDoesNotCount() {
        List<Scorecard.Line> lines = List.of(
                new Scorecard.Line(STANDARD, AppliesTo.BOTH, new BigDecimal("88.00")),
                new Scorecard.Line(BONUS, AppliesTo.COLLECTIVE, new BigDecimal("5.00")),
                new Scorecard.Line(PENALTY, AppliesTo.INDIVIDUAL, new BigDecimal("3.00")));
        // a person: 88 − 3 = 85; a unit: 88 + 5 = 93
        Scorecard person = Scorecard.of(SubjectType.INDIVIDUAL, lines, DEFAULTS);
        assertThat(person.total()).isEqualByComparingTo("85.00");
        assertThat(person.classification()).isEqualTo(Classification.GOOD);
        Scorecard unit = Scorecard.of(SubjectType.COLLECTIVE, lines, DEFAULTS);
        assertThat(unit.total()).isEqualByComparingTo("93.00");
        assertThat(unit.classification()).isEqualTo(Classification.EXCELLENT);
    }

    @Test
    void theTotalHasTwoDecimalsAndNoCriteriaIsCompleteButUnscored() {
        Scorecard none = Scorecard.of(SubjectType.COLLECTIVE, List.of(), DEFAULTS);
        assertThat(none.total().toPlainString()).isEqualTo("0.00");
        assertThat(none.complete()).isTrue();
        assertThat(none.scored()).isFalse();
        assertThat(none.classification()).isNull();
        Scorecard one = Scorecard.of(SubjectType.COLLECTIVE, List.of(line(STANDARD, "7.5")), DEFAULTS);
        assertThat(one.total().toPlainString()).isEqualTo("7.50");
        assertThat(one.scored()).isTrue();
        assertThat(one.complete()).isTrue();
    }

    @Test
    void aZeroIsAScoreNotAMissingOne() {
        Scorecard card = Scorecard.of(SubjectType.INDIVIDUAL, List.of(line(STANDARD, "0")), DEFAULTS);
        assertThat(card.scored()).isTrue();
        assertThat(card.complete()).isTrue();
        assertThat(card.classification()).isEqualTo(Classification.FAIL);
    }

    @Test
    void missingThresholdsAreTheDefaults() {
        Thresholds none = new Thresholds(null, null, null);
        assertThat(Scorecard.classify(new BigDecimal("90.00"), none)).isEqualTo(Classification.EXCELLENT);
        assertThat(Scorecard.classify(new BigDecimal("89.99"), none)).isEqualTo(Classification.GOOD);
        assertThat(Scorecard.classify(new BigDecimal("70.00"), none)).isEqualTo(Classification.GOOD);
        assertThat(Scorecard.classify(new BigDecimal("69.99"), none)).isEqualTo(Classification.PASS);
        assertThat(Scorecard.classify(new BigDecimal("50.00"), none)).isEqualTo(Classification.PASS);
        assertThat(Scorecard.classify(new BigDecimal("49.99"), none)).isEqualTo(Classification.FAIL);
    }

    private static Classification classify(String total) {
        return Scorecard.of(SubjectType.INDIVIDUAL, List.of(line(STANDARD, total)), DEFAULTS).classification();
    }

    private static Scorecard.Line line(CriterionKind kind, String points) {
        return new Scorecard.Line(kind, AppliesTo.BOTH, points == null ? null : new BigDecimal(points));
    }
}
