package vn.thidua.pledge;

import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.OfficeTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * When pledges may be written and decided (DESIGN §4). Subjects create, edit and submit while the
 * campaign is in REGISTRATION or IN_PROGRESS and today (in Viet Nam) is not after the
 * registration deadline. Reviewers approve or return in REGISTRATION and IN_PROGRESS, also after
 * the deadline: a pledge submitted in time must still get its decision.
 */
@Component
public class RegistrationWindow {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    public RegistrationWindow() {
        this(Clock.systemUTC());
    }

    /** For tests: a fixed moment, whatever the server's own time zone. */
    RegistrationWindow(Clock clock) {
        this.clock = clock;
    }

    /** Today in Viet Nam, not on the server's clock: the deadline day ends at midnight in Hà Nội. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(OfficeTime.ZONE));
    }

    public boolean isOpen(Campaign campaign) {
        return takesPledges(campaign.getStatus()) && !today().isAfter(campaign.getRegistrationDeadline());
    }

    /** Refuses writing a pledge, naming the status or the deadline. */
    public void checkOpen(Campaign campaign) {
        if (!takesPledges(campaign.getStatus())) {
            throw new ConflictException("pledge.closed.status", campaign.getStatus().label());
        }
        if (today().isAfter(campaign.getRegistrationDeadline())) {
            throw new ConflictException("pledge.closed.deadline", DATE.format(campaign.getRegistrationDeadline()));
        }
    }

    /** Refuses a decision outside REGISTRATION / IN_PROGRESS, naming the status. */
    public void checkDecisionsOpen(Campaign campaign) {
        if (!takesPledges(campaign.getStatus())) {
            throw new ConflictException("pledge.decision.closed", campaign.getStatus().label());
        }
    }

    /** Pledges are written and decided in REGISTRATION and IN_PROGRESS. */
    public static boolean takesPledges(CampaignStatus status) {
        return status == CampaignStatus.REGISTRATION || status == CampaignStatus.IN_PROGRESS;
    }
}
