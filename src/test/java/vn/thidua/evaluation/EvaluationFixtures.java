package vn.thidua.evaluation;

import org.springframework.stereotype.Component;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.campaign.Thresholds;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Campaigns to score and an organisation to score them in:
 * Vụ A (head hA) ⊃ Phòng A1 (head hA1, member mA1); Vụ B (head hB, member mB); a board member.
 */
@Component
public class EvaluationFixtures {

    private final Fixtures fixtures;
    private final CampaignFixtures campaigns;
    private final CriterionRepository criteria;

    EvaluationFixtures(Fixtures fixtures, CampaignFixtures campaigns, CriterionRepository criteria) {
        this.fixtures = fixtures;
        this.campaigns = campaigns;
        this.criteria = criteria;
    }

    /**
     * A campaign in {@code status} with C1 (STANDARD 60), C2 (STANDARD 40), B1 (BONUS 5), P1 (PENALTY 10)
     * for everyone, and T1 (STANDARD 100) for collectives only.
     */
    public Campaign campaign(CampaignStatus status, Long... unitIds) {
        return campaign(status, null, unitIds);
    }

    /** As {@link #campaign(CampaignStatus, Long...)}, with these classification thresholds ({@code null}: defaults). */
    public Campaign campaign(CampaignStatus status, Thresholds thresholds, Long... unitIds) {
        Campaign campaign = campaigns.draft("Đợt chấm điểm " + Fixtures.unique(""), thresholds, unitIds);
        campaigns.criterion(campaign, "C1", CriterionKind.STANDARD, "60", AppliesTo.INDIVIDUAL);
        campaigns.criterion(campaign, "C2", CriterionKind.STANDARD, "40", AppliesTo.INDIVIDUAL);
        campaigns.criterion(campaign, "B1", CriterionKind.BONUS, "5", AppliesTo.BOTH);
        campaigns.criterion(campaign, "P1", CriterionKind.PENALTY, "10", AppliesTo.BOTH);
        campaigns.criterion(campaign, "T1", CriterionKind.STANDARD, "100", AppliesTo.COLLECTIVE);
        return campaigns.advance(campaign, status);
    }

    /** A campaign with {@code count} STANDARD criteria K1..Kn for individuals, 10 points each. */
    public Campaign campaignWith(int count, CampaignStatus status) {
        Campaign campaign = campaigns.draft("Đợt nhiều tiêu chí " + Fixtures.unique(""));
        for (int i = 1; i <= count; i++) {
            campaigns.criterion(campaign, "K" + i, CriterionKind.STANDARD, "10", AppliesTo.BOTH);
        }
        return campaigns.advance(campaign, status);
    }

    public Campaign advance(Campaign campaign, CampaignStatus status) {
        return campaigns.advance(campaign, status);
    }

    /** Criterion ids by code. */
    public Map<String, Long> criteria(Campaign campaign) {
        return criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).stream()
                .collect(Collectors.toMap(Criterion::getCode, Criterion::getId));
    }

    public Org org() {
        Unit a = fixtures.unit("Vụ A " + Fixtures.unique(""));
        Individual hA = fixtures.individual(a.getId(), "Trần Văn Hùng");
        fixtures.head(a, hA);
        Unit a1 = fixtures.unit("Phòng A1 " + Fixtures.unique(""), a.getId());
        Individual hA1 = fixtures.individual(a1.getId(), "Lê Thị Lan");
        fixtures.head(a1, hA1);
        Individual mA1 = fixtures.individual(a1.getId(), "Nguyễn Văn An");
        Unit b = fixtures.unit("Vụ B " + Fixtures.unique(""));
        Individual hB = fixtures.individual(b.getId(), "Phạm Minh Bình");
        fixtures.head(b, hB);
        Individual mB = fixtures.individual(b.getId(), "Đỗ Thị Bích");
        return new Org(a, a1, b, hA, hA1, mA1, hB, mB,
                fixtures.account(hA.getId(), Role.STAFF), fixtures.account(hA1.getId(), Role.STAFF),
                fixtures.account(mA1.getId(), Role.STAFF), fixtures.account(hB.getId(), Role.STAFF),
                fixtures.account(mB.getId(), Role.STAFF), fixtures.board(), fixtures.admin());
    }

    public record Org(Unit a, Unit a1, Unit b, Individual hA, Individual hA1, Individual mA1, Individual hB,
                      Individual mB, String hAUser, String hA1User, String mA1User, String hBUser, String mBUser,
                      String boardUser, String adminUser) {
        public List<Long> unitIds() {
            return List.of(a.getId(), b.getId());
        }
    }

    /** A score for a request body. */
    public static Map<String, Object> score(Long criterionId, Object points) {
        java.util.HashMap<String, Object> score = new java.util.HashMap<>();
        score.put("criterionId", criterionId);
        score.put("points", points);
        return score;
    }
}
