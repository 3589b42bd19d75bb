package vn.thidua.pledge;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.security.SystemUser;
import vn.thidua.shared.OfficeTime;
import vn.thidua.support.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Campaigns open for registration (dates relative to today, so they never go stale) and a small
 * organisation: Vụ A with its phòng A1, and a separate unit B, each with a head and staff.
 */
@Component
public class PledgeFixtures {

    private final Fixtures fixtures;
    private final CampaignFixtures campaignFixtures;
    private final CampaignService campaigns;
    private final CriterionRepository criteria;
    private final PledgeRepository pledges;
    private final TransactionTemplate transaction;

    PledgeFixtures(Fixtures fixtures, CampaignFixtures campaignFixtures, CampaignService campaigns,
                   CriterionRepository criteria, PledgeRepository pledges, TransactionTemplate transaction) {
        this.fixtures = fixtures;
        this.campaignFixtures = campaignFixtures;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.pledges = pledges;
        this.transaction = transaction;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    public static LocalDate today() {
        return OfficeTime.today();
    }

    /**
     * A campaign in REGISTRATION until today + 20 days with criteria I1 (individuals, 60), K1
     * (collectives, 60), C1 (both, 40) and B1 (bonus, both); titles LDTT, CSTDCS and TTLDTT open.
     */
    public Campaign open(String name, Long... unitIds) {
        return campaign(name, today().minusDays(10), today().plusDays(60), today().plusDays(20),
                CampaignStatus.REGISTRATION, unitIds);
    }

    public Campaign campaign(String name, LocalDate start, LocalDate end, LocalDate deadline, CampaignStatus status,
                             Long... unitIds) {
        Campaign campaign = SystemUser.runAsAdmin("test", () -> campaigns.create(new CampaignService.CampaignData(
                Fixtures.unique("DK"), name, "Đẩy nhanh tiến độ, bảo đảm chất lượng", "Mục đích", "Mục tiêu",
                CampaignKind.THEMATIC, start, end, deadline, null, List.of(unitIds),
                List.of("LDTT", "CSTDCS", "TTLDTT"), null, null)));
        campaignFixtures.criterion(campaign, "I1", CriterionKind.STANDARD, "60", AppliesTo.INDIVIDUAL);
        campaignFixtures.criterion(campaign, "K1", CriterionKind.STANDARD, "60", AppliesTo.COLLECTIVE);
        campaignFixtures.criterion(campaign, "C1", CriterionKind.STANDARD, "40", AppliesTo.BOTH);
        campaignFixtures.criterion(campaign, "B1", CriterionKind.BONUS, "5", AppliesTo.BOTH);
        return campaignFixtures.advance(campaign, status);
    }

    public Campaign advance(Campaign campaign, CampaignStatus status) {
        return campaignFixtures.advance(campaign, status);
    }

    public Criterion criterion(Campaign campaign, String code) {
        return criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).stream()
                .filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    public Pledge pledge(Long id) {
        return transaction.execute(status -> {
            Pledge p = pledges.findById(id).orElseThrow();
            p.getCommitments();
            return p;
        });
    }

    public long count(Campaign campaign, SubjectType type, Long subjectId) {
        return pledges.findByCampaignIdAndSubjectTypeAndSubjectId(campaign.getId(), type, subjectId).stream().count();
    }

    /** A request body for an individual's pledge with commitments on I1 and C1. */
    public Map<String, Object> individualBody(Campaign campaign, Individual subject) {
        return Map.of("subjectType", "INDIVIDUAL", "subjectId", subject.getId(), "targetTitle", "LDTT",
                "commitments", List.of(
                        Map.of("criterionId", criterion(campaign, "I1").getId(),
                                "text", "Hoàn thành 100% hồ sơ đúng hạn trên môi trường mạng"),
                        Map.of("criterionId", criterion(campaign, "C1").getId(),
                                "text", "Không để tồn đọng văn bản")),
                "extraCommitments", "Tham gia đầy đủ hoạt động công đoàn");
    }

    public Map<String, Object> collectiveBody(Campaign campaign, Unit subject) {
        return Map.of("subjectType", "COLLECTIVE", "subjectId", subject.getId(), "targetTitle", "TTLDTT",
                "commitments", List.of(Map.of("criterionId", criterion(campaign, "K1").getId(),
                        "text", "100% cán bộ hoàn thành tốt nhiệm vụ")));
    }

    /**
     * Vụ A (head: vuHead) with phòng A1 (head: phongHead; staff: staffA1, staffA1b) and a staff
     * member directly in Vụ A; unit B (head: headB, staff: staffB). All have STAFF accounts.
     */
    public Org org() {
        Unit vuA = fixtures.unit("Vụ Tổng hợp " + Fixtures.unique(""));
        Unit phongA1 = fixtures.unit("Phòng Tổng hợp 1 " + Fixtures.unique(""), vuA.getId());
        Unit unitB = fixtures.unit("Vụ Kinh tế ngành " + Fixtures.unique(""));
        Individual vuHead = fixtures.individual(vuA.getId(), "Nguyễn Văn Vụ");
        Individual vuStaff = fixtures.individual(vuA.getId(), "Lê Thị Vân");
        Individual phongHead = fixtures.individual(phongA1.getId(), "Trần Văn Phòng");
        Individual staffA1 = fixtures.individual(phongA1.getId(), "Phạm Thị Thu Hương");
        Individual staffA1b = fixtures.individual(phongA1.getId(), "Đỗ Minh Đức");
        Individual headB = fixtures.individual(unitB.getId(), "Hoàng Văn Bình");
        Individual staffB = fixtures.individual(unitB.getId(), "Vũ Thị Bích");
        fixtures.head(vuA, vuHead);
        fixtures.head(phongA1, phongHead);
        fixtures.head(unitB, headB);
        return new Org(vuA, phongA1, unitB, vuHead, vuStaff, phongHead, staffA1, staffA1b, headB, staffB,
                fixtures.account(vuHead.getId(), Role.STAFF), fixtures.account(vuStaff.getId(), Role.STAFF),
                fixtures.account(phongHead.getId(), Role.STAFF), fixtures.account(staffA1.getId(), Role.STAFF),
                fixtures.account(staffA1b.getId(), Role.STAFF), fixtures.account(headB.getId(), Role.STAFF),
                fixtures.account(staffB.getId(), Role.STAFF));
    }

    public record Org(Unit vuA, Unit phongA1, Unit unitB, Individual vuHead, Individual vuStaff,
                      Individual phongHead, Individual staffA1, Individual staffA1b, Individual headB,
                      Individual staffB, String vuHeadUser, String vuStaffUser, String phongHeadUser,
                      String staffA1User, String staffA1bUser, String headBUser, String staffBUser) {
    }
}
