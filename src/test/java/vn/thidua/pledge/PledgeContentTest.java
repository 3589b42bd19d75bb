package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.Title;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.thidua.campaign.UnsavedCampaigns.criterion;
import static vn.thidua.campaign.UnsavedCampaigns.title;

/** What a pledge may say: an open title, one commitment per applicable criterion, texts within length. */
class PledgeContentTest {

    static final List<Title> OPEN = List.of(title("LDTT"), title("CSTDCS"));
    static final Criterion C1 = criterion(11, "C1", CriterionKind.STANDARD, "60", AppliesTo.BOTH);
    static final Criterion C2 = criterion(12, "C2", CriterionKind.STANDARD, "40", AppliesTo.INDIVIDUAL);
    static final Criterion C3 = criterion(13, "C3", CriterionKind.STANDARD, "40", AppliesTo.COLLECTIVE);
    static final List<Criterion> CRITERIA = List.of(C1, C2, C3);

    static PledgeData.Commitment on(Long criterionId, String text) {
        return new PledgeData.Commitment(criterionId, text);
    }

    static PledgeContent valid(String title, String extra, PledgeData.Commitment... commitments) {
        return PledgeContent.validate(SubjectType.INDIVIDUAL, new PledgeData(title, Arrays.asList(commitments), extra),
                OPEN, CRITERIA);
    }

    static List<FieldProblem> problems(SubjectType type, String title, String extra, PledgeData.Commitment... commitments) {
        return catchThrowableOfType(InvalidInputException.class, () -> PledgeContent.validate(type,
                new PledgeData(title, Arrays.asList(commitments), extra), OPEN, CRITERIA)).getProblems();
    }

    @Test
    void anOpenTitleInAnyCaseIsKeptAsItsCode() {
        assertThat(valid("  ldtt ", null).targetTitle()).isEqualTo("LDTT");
        assertThat(valid("CSTDCS", null).targetTitle()).isEqualTo("CSTDCS");
        assertThat(valid("   ", null).targetTitle()).isNull();
        assertThat(valid(null, null).targetTitle()).isNull();
    }

    @Test
    void aTitleTheCampaignDoesNotOpenIsRefused() {
        assertThat(problems(SubjectType.INDIVIDUAL, "cstdtq", null)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("targetTitle");
            assertThat(p.messageKey()).isEqualTo("pledge.targetTitle.notOpen");
            assertThat(p.arguments()).containsExactly("CSTDTQ");
        });
    }

    @Test
    void commitmentsAreKeptInTheWritersOrderWithTheirLineBreaks() {
        PledgeContent content = valid("LDTT", null, on(12L, "  Hoàn thành 100% kế hoạch\r\nđúng hạn  "),
                on(11L, "Không vi phạm kỷ luật"));
        assertThat(content.commitments()).containsExactly(
                Map.entry(12L, "Hoàn thành 100% kế hoạch\nđúng hạn"), Map.entry(11L, "Không vi phạm kỷ luật"));
    }

    @Test
    void aBlankCommitmentIsLeftOut() {
        PledgeContent content = valid(null, " \r\n ", on(11L, "   "), on(12L, null));
        assertThat(content.commitments()).isEmpty();
        assertThat(content.extraCommitments()).isNull();
    }

    @Test
    void noDataIsAnEmptyPledge() {
        PledgeContent empty = PledgeContent.validate(SubjectType.INDIVIDUAL, null, OPEN, CRITERIA);
        assertThat(empty.targetTitle()).isNull();
        assertThat(empty.commitments()).isEmpty();
        assertThat(empty.extraCommitments()).isNull();
        PledgeContent noList = PledgeContent.validate(SubjectType.INDIVIDUAL, new PledgeData("LDTT", null, "Thêm"),
                OPEN, CRITERIA);
        assertThat(noList.commitments()).isEmpty();
        assertThat(noList.extraCommitments()).isEqualTo("Thêm");
    }

    @Test
    void onlyCriteriaThatApplyToTheSubjectTypeTakeACommitment() {
        // C3 is a unit's criterion, 99 is no criterion of the campaign
        List<FieldProblem> person = problems(SubjectType.INDIVIDUAL, null, null, on(13L, "a"), on(99L, "b"));
        assertThat(person).extracting(FieldProblem::field)
                .containsExactly("commitments[0].criterionId", "commitments[1].criterionId");
        assertThat(person).extracting(FieldProblem::messageKey)
                .containsOnly("pledge.criterion.notApplicable");
        assertThat(person.get(0).arguments()).containsExactly("13");
        assertThat(person.get(1).arguments()).containsExactly("99");
        // and C2 is a person's
        assertThat(problems(SubjectType.COLLECTIVE, null, null, on(11L, "a"), on(12L, "b"))).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("commitments[1].criterionId"));
        PledgeContent unit = PledgeContent.validate(SubjectType.COLLECTIVE,
                new PledgeData(null, List.of(on(13L, "c")), null), OPEN, CRITERIA);
        assertThat(unit.commitments()).containsExactly(Map.entry(13L, "c"));
    }

    @Test
    void aCommitmentNeedsItsCriterionAndOneCriterionTakesOneCommitment() {
        List<FieldProblem> problems = problems(SubjectType.INDIVIDUAL, null, null, on(null, "a"), null,
                on(11L, "b"), on(11L, "c"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("commitments[0].criterionId",
                "commitments[1].criterionId", "commitments[3].criterionId");
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly(
                "jakarta.validation.constraints.NotNull.message", "jakarta.validation.constraints.NotNull.message",
                "pledge.criterion.repeated");
        assertThat(problems.get(2).arguments()).containsExactly("C1");
    }

    @Test
    void aCommitmentHasAtMost4000CharactersTheRestAtMost10000() {
        String c4000 = "ă".repeat(4000);
        String e10000 = "â".repeat(10_000);
        PledgeContent longest = valid(null, "  " + e10000 + "  ", on(11L, " " + c4000 + " "));
        assertThat(longest.commitments()).containsExactly(Map.entry(11L, c4000));
        assertThat(longest.extraCommitments()).isEqualTo(e10000);

        List<FieldProblem> problems = problems(SubjectType.INDIVIDUAL, null, e10000 + "â", on(11L, c4000 + "ă"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("commitments[0].text", "extraCommitments");
        assertThat(problems).extracting(FieldProblem::messageKey).containsOnly("validation.text.tooLong");
        assertThat(problems.get(0).arguments()).containsExactly(4000);
        assertThat(problems.get(1).arguments()).containsExactly(10_000);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<FieldProblem> problems = problems(SubjectType.INDIVIDUAL, "XYZ", "x".repeat(10_001), on(11L, "a"),
                on(11L, "b"), on(13L, "c"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("targetTitle",
                "commitments[1].criterionId", "commitments[2].criterionId", "extraCommitments");
    }

    @Test
    void aTextKeepsItsInnerLinesAndBlankIsNothing() {
        assertThat(PledgeContent.text(null)).isNull();
        assertThat(PledgeContent.text(" \n\t ")).isNull();
        assertThat(PledgeContent.text("\r\nMột\r\n\r\nHai\r\n")).isEqualTo("Một\n\nHai");
        assertThat(PledgeContent.text("  Ba  ")).isEqualTo("Ba");
    }

    @Test
    void aCommitmentOrTheRestWithABidirectionalOverrideIsRefused() {
        List<FieldProblem> problems = problems(SubjectType.INDIVIDUAL, null, "Tham gia\u202E", on(11L, "+1 \u2066hồ sơ"),
                on(12L, "Đúng hạn"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("commitments[0].text", "extraCommitments");
        assertThat(problems).extracting(FieldProblem::messageKey).containsOnly("validation.text.character");
        assertThat(problems.get(0).arguments()).containsExactly("U+2066");
        assertThat(problems.get(1).arguments()).containsExactly("U+202E");
    }

    @Test
    void aCommitmentOfInvisibleSpacesIsNone() {
        assertThat(valid(null, "\u00A0\u200B", on(11L, "\u3000\uFEFF")).commitments()).isEmpty();
    }
}
