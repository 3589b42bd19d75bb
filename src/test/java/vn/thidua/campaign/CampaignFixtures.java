package vn.thidua.campaign;

import org.springframework.stereotype.Component;
import vn.thidua.security.SystemUser;
import vn.thidua.support.Fixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Campaigns and criteria for tests, made through the services as an administrator. */
@Component
public class CampaignFixtures {

    private final CampaignService campaigns;
    private final CriterionService criteria;
    private final CampaignRepository repository;

    CampaignFixtures(CampaignService campaigns, CriterionService criteria, CampaignRepository repository) {
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.repository = repository;
    }

    /** A DRAFT campaign of 10/07/2020 – 30/08/2020 (registration until 20/07/2020), units as given. */
    public Campaign draft(String name, Long... unitIds) {
        return draft(name, null, unitIds);
    }

    /** As {@link #draft(String, Long...)}, with these classification thresholds ({@code null}: the defaults). */
    public Campaign draft(String name, Thresholds thresholds, Long... unitIds) {
        return SystemUser.runAsAdmin("test", () -> campaigns.create(new CampaignService.CampaignData(
                Fixtures.unique("CP"), name, "Chủ đề thử nghiệm", "Mục đích thử nghiệm", "Mục tiêu thử nghiệm",
                CampaignKind.THEMATIC, LocalDate.of(2020, 7, 10), LocalDate.of(2020, 8, 30),
                LocalDate.of(2020, 7, 20), thresholds, List.of(unitIds), List.of("LDTT"), null, null)));
    }

    public Criterion criterion(Campaign campaign, String code, CriterionKind kind, String maxPoints,
                               AppliesTo appliesTo) {
        return SystemUser.runAsAdmin("test", () -> criteria.add(campaign.getId(), new CriterionService.CriterionData(
                code, null, null, "Tiêu chí " + code, "Hướng dẫn chấm " + code, kind, new BigDecimal(maxPoints),
                appliesTo)));
    }

    /** A DRAFT campaign with one STANDARD criterion C1 of 100 points for everyone. */
    public Campaign withCriterion(String name, Long... unitIds) {
        Campaign campaign = draft(name, unitIds);
        criterion(campaign, "C1", CriterionKind.STANDARD, "100", AppliesTo.BOTH);
        return current(campaign);
    }

    /** Moves the campaign forward one step at a time until it reaches {@code target}. */
    public Campaign advance(Campaign campaign, CampaignStatus target) {
        Campaign current = current(campaign);
        while (current.getStatus() != target) {
            Campaign step = current;
            current = SystemUser.runAsAdmin("test", () -> campaigns.transition(step.getId(), step.getStatus().next(),
                    step.getVersion()));
        }
        return current;
    }

    public Campaign current(Campaign campaign) {
        return repository.findById(campaign.getId()).orElseThrow();
    }
}
