package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.UnsavedCampaigns;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of points, notes and reasons (DESIGN §4 "Points"), on criteria built in memory. */
class ScoreValidationTest {

    static final Criterion C1 = UnsavedCampaigns.criterion(1, "C1", CriterionKind.STANDARD, "40.00", AppliesTo.BOTH);
    static final Criterion C2 = UnsavedCampaigns.criterion(2, "C2", CriterionKind.BONUS, "5.00", AppliesTo.INDIVIDUAL);
    static final Criterion C3 = UnsavedCampaigns.criterion(3, "C3", CriterionKind.PENALTY, "10.00", AppliesTo.COLLECTIVE);
    static final Criterion C4 = UnsavedCampaigns.criterion(4, "C4", CriterionKind.STANDARD, "12.50", AppliesTo.BOTH);

    static EvaluationCase person() {
        Subject subject = new Subject(SubjectType.INDIVIDUAL, 7L, "NV07", "Nguyễn Văn An", 1L, "Phòng Kế hoạch",
                "Chuyên viên", null, true);
        return new EvaluationCase(null, null, subject, null, List.of(C1, C2, C3, C4), null);
    }

    static EvaluationCase unit() {
        Subject subject = new Subject(SubjectType.COLLECTIVE, 1L, "PKH", "Phòng Kế hoạch", 1L, null, null, 7L, true);
        return new EvaluationCase(null, null, subject, null, List.of(C1, C2, C3, C4), null);
    }

    static ScoreInput score(long criterionId, String points) {
        return new ScoreInput(criterionId, points == null ? null : new BigDecimal(points), null);
    }

    static List<FieldProblem> problems(EvaluationCase found, ScoreInput... inputs) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> ScoreValidation.validate(found, Arrays.asList(inputs), "scores")).getProblems();
    }

    static String text(Object argument) {
        return argument instanceof BigDecimal d ? d.toPlainString() : String.valueOf(argument);
    }

    // ---- points

    @Test
    void pointsFromZeroToTheMaximumAreKeptWithTwoDecimals() {
        List<ScoreValidation.Valid> valid = ScoreValidation.validate(person(),
                List.of(score(1, "40"), score(4, "0"), score(2, "2.5")), "scores");
        assertThat(valid).extracting(ScoreValidation.Valid::criterion).containsExactly(C1, C4, C2);
        assertThat(valid).extracting(v -> v.points().toPlainString()).containsExactly("40.00", "0.00", "2.50");
    }

    @Test
    void noPointsClearTheScore() {
        List<ScoreValidation.Valid> valid = ScoreValidation.validate(person(), List.of(score(1, null)), "scores");
        assertThat(valid).singleElement().satisfies(v -> {
            assertThat(v.criterion()).isEqualTo(C1);
            assertThat(v.points()).isNull();
            assertThat(v.note()).isNull();
        });
    }

    @Test
    void oneHundredthOverTheMaximumOrUnderZeroIsOutOfRange() {
        List<FieldProblem> over = problems(person(), score(1, "40.01"));
        assertThat(over).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scores[0].points");
            assertThat(p.messageKey()).isEqualTo("evaluation.points.range");
            // the code, the title and the maximum without its trailing zeros
            assertThat(p.arguments()).extracting(ScoreValidationTest::text).containsExactly("C1", "Tiêu chí C1", "40");
        });
        List<FieldProblem> under = problems(person(), score(4, "-0.01"));
        assertThat(under).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("evaluation.points.range");
            assertThat(p.arguments()).extracting(ScoreValidationTest::text).containsExactly("C4", "Tiêu chí C4", "12.5");
        });
    }

    @Test
    void twoDecimalsAreAllowedThreeAreNot() {
        assertThat(ScoreValidation.validate(person(), List.of(score(4, "12.25")), "scores"))
                .singleElement().satisfies(v -> assertThat(v.points().toPlainString()).isEqualTo("12.25"));
        // a trailing zero is not a third decimal
        assertThat(ScoreValidation.validate(person(), List.of(score(4, "12.250")), "scores"))
                .singleElement().satisfies(v -> assertThat(v.points().toPlainString()).isEqualTo("12.25"));
        assertThat(problems(person(), score(4, "12.255"))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scores[0].points");
            assertThat(p.messageKey()).isEqualTo("evaluation.points.scale");
            assertThat(p.arguments()).extracting(ScoreValidationTest::text).containsExactly("C4", "Tiêu chí C4", "12.5");
        });
        // three decimals are refused for their scale even when also over the maximum
        assertThat(problems(person(), score(4, "99.999"))).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("evaluation.points.scale"));
    }

    @Test
    void textThatWasNotPointsIsRefusedNamingWhatWasTyped() {
        List<FieldProblem> problems = problems(person(), new ScoreInput(1L, null, null, "1e3"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scores[0].points");
            assertThat(p.messageKey()).isEqualTo("evaluation.points.invalid");
            assertThat(p.arguments()).extracting(ScoreValidationTest::text)
                    .containsExactly("C1", "Tiêu chí C1", "1e3", "40");
        });
    }

    // ---- criteria

    @Test
    void aCriterionOfTheOtherSubjectTypeIsNotApplicable() {
        assertThat(problems(person(), score(3, "1"))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scores[0].criterionId");
            assertThat(p.messageKey()).isEqualTo("evaluation.criterion.notApplicable");
            assertThat(p.arguments()[0]).isEqualTo("C3");
            assertThat(((MessageSourceResolvable) p.arguments()[1]).getCodes())
                    .containsExactly("evaluation.subjectType.INDIVIDUAL");
        });
        assertThat(problems(unit(), score(2, "1"))).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("evaluation.criterion.notApplicable");
            assertThat(p.arguments()[0]).isEqualTo("C2");
            assertThat(((MessageSourceResolvable) p.arguments()[1]).getCodes())
                    .containsExactly("evaluation.subjectType.COLLECTIVE");
        });
        // the penalty of units is a unit's criterion
        assertThat(ScoreValidation.validate(unit(), List.of(score(3, "10")), "scores")).hasSize(1);
    }

    @Test
    void unknownMissingAndRepeatedCriteriaAreRefused() {
        List<FieldProblem> problems = problems(person(), score(99, "1"), new ScoreInput(null, BigDecimal.ONE, null),
                null, score(1, "1"), score(1, "2"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("scores[0].criterionId",
                "scores[1].criterionId", "scores[2].criterionId", "scores[4].criterionId");
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("evaluation.criterion.unknown",
                "evaluation.criterion.required", "evaluation.criterion.required", "evaluation.criterion.duplicate");
        assertThat(problems.get(0).arguments()).containsExactly(99L);
        assertThat(problems.get(3).arguments()).containsExactly("C1");
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsOwnIndex() {
        String tooLong = "x".repeat(ScoreValidation.NOTE_MAX + 1);
        List<FieldProblem> problems = problems(person(), score(1, "40"), score(4, "13"),
                new ScoreInput(2L, new BigDecimal("6"), tooLong));
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("scores[1].points", "scores[2].points", "scores[2].note");
        assertThat(problems).extracting(FieldProblem::messageKey)
                .containsExactly("evaluation.points.range", "evaluation.points.range", "evaluation.note.tooLong");
        assertThat(problems.get(2).arguments()).containsExactly("C2", 1000);
    }

    @Test
    void noScoreAtAllIsRefused() {
        for (List<ScoreInput> none : Arrays.<List<ScoreInput>>asList(null, List.of())) {
            assertThatThrownBy(() -> ScoreValidation.validate(person(), none, "scores"))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> {
                        FieldProblem problem = ((InvalidInputException) e).getProblems().get(0);
                        assertThat(problem.field()).isEqualTo("scores");
                        assertThat(problem.messageKey()).isEqualTo("evaluation.scores.required");
                    });
        }
    }

    // ---- notes and reasons

    @Test
    void aNoteIsStrippedBlankIsNoneAndAThousandCharactersAreTheMost() {
        String thousand = "ơ".repeat(1000);
        List<ScoreValidation.Valid> valid = ScoreValidation.validate(person(), List.of(
                new ScoreInput(1L, BigDecimal.TEN, "  đạt yêu cầu \n"),
                new ScoreInput(4L, BigDecimal.ONE, "   "),
                new ScoreInput(2L, BigDecimal.ONE, "  " + thousand + "  ")), "scores");
        assertThat(valid).extracting(ScoreValidation.Valid::note).containsExactly("đạt yêu cầu", null, thousand);

        assertThat(problems(person(), new ScoreInput(1L, BigDecimal.TEN, thousand + "ơ"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("scores[0].note");
                    assertThat(p.messageKey()).isEqualTo("evaluation.note.tooLong");
                });
    }

    @Test
    void aReasonIsStrippedBlankIsNoneAndAThousandCharactersAreTheMost() {
        assertThat(ScoreValidation.reason(null)).isNull();
        assertThat(ScoreValidation.reason(" \t ")).isNull();
        assertThat(ScoreValidation.reason("  Sửa theo biên bản họp  ")).isEqualTo("Sửa theo biên bản họp");
        String thousand = "a".repeat(1000);
        assertThat(ScoreValidation.reason(" " + thousand + " ")).isEqualTo(thousand);
        assertThatThrownBy(() -> ScoreValidation.reason(thousand + "a"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException invalid = (InvalidInputException) e;
                    assertThat(invalid.getProblems().get(0).field()).isEqualTo("reason");
                    assertThat(invalid.getMessageKey()).isEqualTo("evaluation.reason.tooLong");
                    assertThat(invalid.getArguments()).containsExactly(1000);
                });
    }

    @Test
    void aNoteOrAReasonWithABidirectionalOverrideIsRefused() {
        assertThat(problems(person(), new ScoreInput(1L, BigDecimal.TEN, "đạt \u202Eyêu cầu"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("scores[0].note");
                    assertThat(p.messageKey()).isEqualTo("validation.text.character");
                    assertThat(p.arguments()).containsExactly("U+202E");
                });
        assertThatThrownBy(() -> ScoreValidation.reason("Sửa\u0007"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getProblems().get(0).field()).isEqualTo("reason");
                    assertThat(e.getMessageKey()).isEqualTo("validation.text.character");
                });
    }

    // ---- comparing and describing points

    @Test
    void pointsAreTheSameByValueNotByScale() {
        assertThat(ScoreValidation.samePoints(null, null)).isTrue();
        assertThat(ScoreValidation.samePoints(new BigDecimal("12.5"), new BigDecimal("12.50"))).isTrue();
        assertThat(ScoreValidation.samePoints(new BigDecimal("12.5"), new BigDecimal("12.51"))).isFalse();
        assertThat(ScoreValidation.samePoints(null, BigDecimal.ZERO)).isFalse();
        assertThat(ScoreValidation.samePoints(BigDecimal.ZERO, null)).isFalse();
    }

    @Test
    void aScoreIsDescribedWithTwoDecimalsAndItsNoteWhenAsked() {
        assertThat(ScoreValidation.describe(C3, new BigDecimal("12.5"), null, false)).isEqualTo("C3: 12.50");
        assertThat(ScoreValidation.describe(C3, null, null, false)).isEqualTo("C3: —");
        assertThat(ScoreValidation.describe(C3, new BigDecimal("7"), "thiếu minh chứng", true))
                .isEqualTo("C3: 7.00 | thiếu minh chứng");
        assertThat(ScoreValidation.describe(C3, new BigDecimal("7"), "thiếu minh chứng", false)).isEqualTo("C3: 7.00");
        assertThat(ScoreValidation.describe(C3, new BigDecimal("7"), null, true)).isEqualTo("C3: 7.00");
    }
}
