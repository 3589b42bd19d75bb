package vn.thidua.campaign;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.campaign.CampaignStatus.CLOSED;
import static vn.thidua.campaign.CampaignStatus.DRAFT;
import static vn.thidua.campaign.CampaignStatus.IN_PROGRESS;
import static vn.thidua.campaign.CampaignStatus.REGISTRATION;
import static vn.thidua.campaign.CampaignStatus.REVIEW;
import static vn.thidua.campaign.CampaignStatus.SCORING;

/** The lifecycle of DESIGN §4: one step forward at a time, nothing after CLOSED. */
class CampaignStatusTest {

    @Test
    void eachStatusMovesToTheNextStepOnly() {
        assertThat(DRAFT.next()).isEqualTo(REGISTRATION);
        assertThat(REGISTRATION.next()).isEqualTo(IN_PROGRESS);
        assertThat(IN_PROGRESS.next()).isEqualTo(SCORING);
        assertThat(SCORING.next()).isEqualTo(REVIEW);
        assertThat(REVIEW.next()).isEqualTo(CLOSED);
        assertThat(CLOSED.next()).isNull();
    }

    @Test
    void aStatusIsAfterTheStepsBeforeItNotAfterItself() {
        assertThat(SCORING.isAfter(IN_PROGRESS)).isTrue();
        assertThat(CLOSED.isAfter(DRAFT)).isTrue();
        assertThat(SCORING.isAfter(SCORING)).isFalse();
        assertThat(IN_PROGRESS.isAfter(SCORING)).isFalse();
        assertThat(DRAFT.isAfter(CLOSED)).isFalse();
    }

    @Test
    void theLabelIsTheStatusMessageWithTheNameAsFallback() {
        assertThat(REVIEW.label().getCodes()).containsExactly("campaign.status.REVIEW");
        assertThat(REVIEW.label().getDefaultMessage()).isEqualTo("REVIEW");
    }
}
