package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.shared.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registration deadline is a day in Viet Nam (UTC+7), whatever the server's clock says. */
class RegistrationWindowTest {

    static Campaign campaign(CampaignStatus status, LocalDate deadline) {
        Campaign campaign = new Campaign("DK-TZ", "Đợt thi đua", CampaignKind.THEMATIC, deadline.minusDays(10),
                deadline.plusDays(40), deadline);
        ReflectionTestUtils.setField(campaign, "status", status);
        return campaign;
    }

    static RegistrationWindow at(String instant) {
        // a server in UTC: the zone of the clock must not matter
        return new RegistrationWindow(Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")));
    }

    @Test
    void theDeadlineDayEndsAtMidnightInHanoiNotOnTheServersClock() {
        Campaign campaign = campaign(CampaignStatus.REGISTRATION, LocalDate.of(2026, 7, 20));
        // 23:59 on 20/07 in Hà Nội: still open
        assertThat(at("2026-07-20T16:59:00Z").isOpen(campaign)).isTrue();
        // 00:30 on 21/07 in Hà Nội but still 20/07 in UTC: closed, naming the deadline
        RegistrationWindow after = at("2026-07-20T17:30:00Z");
        assertThat(after.today()).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(after.isOpen(campaign)).isFalse();
        assertThatThrownBy(() -> after.checkOpen(campaign)).isInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    ConflictException c = (ConflictException) e;
                    assertThat(c.getMessageKey()).isEqualTo("pledge.closed.deadline");
                    assertThat(c.getArguments()).containsExactly("20/07/2026");
                });
    }

    @Test
    void outsideRegistrationAndInProgressNothingIsTakenEvenBeforeTheDeadline() {
        RegistrationWindow window = at("2026-07-01T03:00:00Z");
        for (CampaignStatus status : CampaignStatus.values()) {
            Campaign campaign = campaign(status, LocalDate.of(2026, 7, 20));
            boolean takes = status == CampaignStatus.REGISTRATION || status == CampaignStatus.IN_PROGRESS;
            assertThat(window.isOpen(campaign)).as(status.name()).isEqualTo(takes);
            if (!takes) {
                assertThatThrownBy(() -> window.checkOpen(campaign)).as(status.name())
                        .isInstanceOf(ConflictException.class)
                        .satisfies(e -> assertThat(((ConflictException) e).getMessageKey()).isEqualTo("pledge.closed.status"));
            }
        }
    }

    @Test
    void theLastSecondOfTheDeadlineDayInHanoiIsOpenMidnightIsNot() {
        Campaign campaign = campaign(CampaignStatus.IN_PROGRESS, LocalDate.of(2026, 7, 20));
        // 00:00 on 20/07 in Hà Nội = 17:00 UTC on 19/07: the deadline day has begun
        assertThat(at("2026-07-19T17:00:00Z").isOpen(campaign)).isTrue();
        // 23:59:59 on 20/07 in Hà Nội
        RegistrationWindow lastSecond = at("2026-07-20T16:59:59Z");
        assertThat(lastSecond.today()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(lastSecond.isOpen(campaign)).isTrue();
        lastSecond.checkOpen(campaign);
        // 00:00 on 21/07 in Hà Nội
        RegistrationWindow midnight = at("2026-07-20T17:00:00Z");
        assertThat(midnight.today()).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(midnight.isOpen(campaign)).isFalse();
        assertThatThrownBy(() -> midnight.checkOpen(campaign)).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusedForItsStatusAPledgeNamesTheStatus() {
        Campaign scoring = campaign(CampaignStatus.SCORING, LocalDate.of(2026, 7, 20));
        assertThatThrownBy(() -> at("2026-07-01T03:00:00Z").checkOpen(scoring))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((MessageSourceResolvable) ((ConflictException) e).getArguments()[0])
                        .getCodes()).containsExactly("campaign.status.SCORING"));
    }

    @Test
    void decisionsAreTakenInRegistrationAndInProgressAlsoAfterTheDeadline() {
        // 22/07 in Hà Nội, two days after the deadline
        RegistrationWindow late = at("2026-07-22T02:00:00Z");
        for (CampaignStatus status : CampaignStatus.values()) {
            Campaign campaign = campaign(status, LocalDate.of(2026, 7, 20));
            if (status == CampaignStatus.REGISTRATION || status == CampaignStatus.IN_PROGRESS) {
                late.checkDecisionsOpen(campaign);
                assertThat(RegistrationWindow.takesPledges(status)).as(status.name()).isTrue();
            } else {
                assertThat(RegistrationWindow.takesPledges(status)).as(status.name()).isFalse();
                assertThatThrownBy(() -> late.checkDecisionsOpen(campaign)).as(status.name())
                        .isInstanceOf(ConflictException.class)
                        .satisfies(e -> {
                            ConflictException c = (ConflictException) e;
                            assertThat(c.getMessageKey()).isEqualTo("pledge.decision.closed");
                            assertThat(((MessageSourceResolvable) c.getArguments()[0]).getCodes())
                                    .containsExactly("campaign.status." + status.name());
                        });
            }
        }
    }
}
