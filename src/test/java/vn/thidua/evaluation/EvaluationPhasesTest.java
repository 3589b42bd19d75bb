package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.UnsavedCampaigns;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.campaign.CampaignStatus.CLOSED;
import static vn.thidua.campaign.CampaignStatus.DRAFT;
import static vn.thidua.campaign.CampaignStatus.IN_PROGRESS;
import static vn.thidua.campaign.CampaignStatus.REGISTRATION;
import static vn.thidua.campaign.CampaignStatus.REVIEW;
import static vn.thidua.campaign.CampaignStatus.SCORING;

/** Which step of an evaluation is open in which campaign status (DESIGN §4), status by status. */
class EvaluationPhasesTest {

    @Test
    void peopleAreReviewedInScoringOnlyUnitsAlsoInReview() {
        assertThat(EvaluationPhases.review(SubjectType.INDIVIDUAL)).containsExactly(SCORING);
        assertThat(EvaluationPhases.review(SubjectType.COLLECTIVE)).containsExactlyInAnyOrder(SCORING, REVIEW);
        for (CampaignStatus status : CampaignStatus.values()) {
            assertThat(EvaluationPhases.reviewOpen(UnsavedCampaigns.campaign(status), SubjectType.INDIVIDUAL))
                    .as("person in " + status).isEqualTo(status == SCORING);
            assertThat(EvaluationPhases.reviewOpen(UnsavedCampaigns.campaign(status), SubjectType.COLLECTIVE))
                    .as("unit in " + status).isEqualTo(status == SCORING || status == REVIEW);
        }
    }

    @Test
    void finalisingIsOpenInScoringAndReview() {
        for (CampaignStatus status : CampaignStatus.values()) {
            assertThat(EvaluationPhases.finalisingOpen(UnsavedCampaigns.campaign(status))).as(status.name())
                    .isEqualTo(status == SCORING || status == REVIEW);
        }
    }

    @Test
    void theWindowsOfDesignSection4() {
        assertThat(EvaluationPhases.SELF).containsExactlyInAnyOrder(IN_PROGRESS, SCORING);
        assertThat(EvaluationPhases.FINALISE).containsExactlyInAnyOrder(SCORING, REVIEW);
        assertThat(EvaluationPhases.UNDER_WAY).containsExactlyInAnyOrder(IN_PROGRESS, SCORING, REVIEW, CLOSED);
        assertThat(EvaluationPhases.SCORED).containsExactlyInAnyOrder(SCORING, REVIEW, CLOSED);
    }

    @Test
    void outsideItsWindowAStepIsRefusedNamingTheStatus() {
        Set<CampaignStatus> self = EnumSet.of(IN_PROGRESS, SCORING);
        assertThatNoException().isThrownBy(() ->
                EvaluationPhases.check(UnsavedCampaigns.campaign(IN_PROGRESS), self, "evaluation.self.closed"));
        assertThatNoException().isThrownBy(() ->
                EvaluationPhases.check(UnsavedCampaigns.campaign(SCORING), self, "evaluation.self.closed"));
        for (CampaignStatus status : new CampaignStatus[] {DRAFT, REGISTRATION, REVIEW, CLOSED}) {
            assertThatThrownBy(() -> EvaluationPhases.check(UnsavedCampaigns.campaign(status), self,
                    "evaluation.self.closed"))
                    .as(status.name()).isInstanceOf(ConflictException.class)
                    .satisfies(e -> {
                        ConflictException conflict = (ConflictException) e;
                        assertThat(conflict.getMessageKey()).isEqualTo("evaluation.self.closed");
                        assertThat(conflict.getArguments()).hasSize(1);
                        assertThat(((MessageSourceResolvable) conflict.getArguments()[0]).getCodes())
                                .containsExactly("campaign.status." + status.name());
                    });
        }
    }
}
