package vn.thidua.campaign;

import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Campaigns, criteria and titles built in memory, never saved: for the fast unit tests of the rule
 * classes (no Spring context, no database). The ids and statuses a database would give are set by hand.
 */
public final class UnsavedCampaigns {

    private UnsavedCampaigns() {
    }

    /** A campaign in {@code status}, running from 10 days before {@code deadline} to 40 days after it. */
    public static Campaign campaign(CampaignStatus status, LocalDate deadline) {
        Campaign campaign = new Campaign("DK-TZ", "Đợt thi đua", CampaignKind.THEMATIC, deadline.minusDays(10),
                deadline.plusDays(40), deadline);
        campaign.setStatus(status);
        return campaign;
    }

    /** A campaign in {@code status}, its registration deadline 20/07/2026. */
    public static Campaign campaign(CampaignStatus status) {
        return campaign(status, LocalDate.of(2026, 7, 20));
    }

    /** Criterion {@code code} with this id, titled "Tiêu chí {code}". */
    public static Criterion criterion(long id, String code, CriterionKind kind, String maxPoints, AppliesTo appliesTo) {
        Criterion criterion = new Criterion(1L, code, (int) id);
        ReflectionTestUtils.setField(criterion, "id", id);
        criterion.setTitle("Tiêu chí " + code);
        criterion.setKind(kind);
        criterion.setMaxPoints(new BigDecimal(maxPoints));
        criterion.setAppliesTo(appliesTo);
        return criterion;
    }

    /** A title of the catalogue known by its code only. */
    public static Title title(String code) {
        Title title = new Title();
        ReflectionTestUtils.setField(title, "code", code);
        return title;
    }
}
