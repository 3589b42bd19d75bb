package vn.thidua.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.campaign.CriterionService;
import vn.thidua.campaign.CriterionService.CriterionData;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeRepository;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.pledge.RegistrationWindow;
import vn.thidua.security.Account;
import vn.thidua.security.AccountRepository;
import vn.thidua.shared.OfficeTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Registration in the demo: (a) the Office's regular yearly campaign, open for registration until
 * 30 days after the day the demo is loaded, so registration can be tried at once; (b) the pledges
 * people made in the 50-day campaign of 2020 (most approved, some submitted or returned, a few
 * drafts, some missing, a few units' collective pledges), written straight through the repository
 * because the registration deadline of 2020 is long past. Does not depend on, or change, the
 * 50-day campaign's status.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
class DemoPledges implements DemoStep {

    static final String REGULAR_PREFIX = "VPCP-";
    static final String REGULAR_SUFFIX = "-TX";

    private static final Pattern DEMO_CODE = Pattern.compile("^NV\\d{4}$");
    /** The board account that decides where no head is above (the head of the Office's own pledge). */
    static final String BOARD_ACCOUNT = "hoidong1";

    private final CampaignRepository campaignRepository;
    private final CampaignService campaigns;
    private final CriterionService criteria;
    private final CriterionRepository criterionRepository;
    private final PledgeRepository pledges;
    private final IndividualRepository individuals;
    private final UnitRepository units;
    private final RegistrationWindow window;
    private final AccountRepository accounts;

    DemoPledges(CampaignRepository campaignRepository, CampaignService campaigns, CriterionService criteria,
                CriterionRepository criterionRepository, PledgeRepository pledges, IndividualRepository individuals,
                UnitRepository units, RegistrationWindow window, AccountRepository accounts) {
        this.campaignRepository = campaignRepository;
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.criterionRepository = criterionRepository;
        this.pledges = pledges;
        this.individuals = individuals;
        this.units = units;
        this.window = window;
        this.accounts = accounts;
    }

    /** The yearly campaign's year: the year of the registration deadline (today + 30 days). */
    LocalDate regularDeadline() {
        return window.today().plusDays(30);
    }

    String regularCode() {
        return REGULAR_PREFIX + regularDeadline().getYear() + REGULAR_SUFFIX;
    }

    @Override
    public boolean alreadyLoaded() {
        return campaignRepository.existsByCode(regularCode()) && historyLoaded();
    }

    private boolean historyLoaded() {
        return campaignRepository.findByCode(DemoCampaign.CODE).map(c -> pledges.existsByCampaignId(c.getId()))
                .orElse(true);
    }

    @Override
    public void load() {
        if (!campaignRepository.existsByCode(regularCode())) {
            regularCampaign();
        }
        if (!historyLoaded()) {
            campaignRepository.findByCode(DemoCampaign.CODE).ifPresent(this::history);
        }
    }

    private void regularCampaign() {
        LocalDate deadline = regularDeadline();
        int year = deadline.getYear();
        Campaign campaign = campaigns.create(new CampaignService.CampaignData(regularCode(),
                "Phong trào thi đua thường xuyên năm " + year,
                "Kỷ cương, trách nhiệm, chuyên nghiệp, hiệu quả",
                "Động viên cán bộ, công chức, viên chức và người lao động Văn phòng Chính phủ thi đua hoàn thành "
                        + "xuất sắc nhiệm vụ chính trị năm " + year + "; làm căn cứ bình xét danh hiệu thi đua cuối năm.",
                "100% tập thể, cá nhân đăng ký thi đua và đăng ký danh hiệu thi đua; phấn đấu 100% hoàn thành tốt "
                        + "nhiệm vụ trở lên, trong đó ít nhất 70% hoàn thành xuất sắc nhiệm vụ.",
                CampaignKind.REGULAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), deadline, null,
                List.of(), List.of("LDTT", "CSTDCS", "TTLDTT", "TTLDXS"), null, null));
        for (CriterionData criterion : List.of(
                criterion("TX1", "Chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước",
                        "Gương mẫu chấp hành; thực hiện nghiêm quy chế làm việc, quy định về đạo đức công vụ.",
                        "20", AppliesTo.BOTH),
                criterion("TX2", "Kết quả thực hiện nhiệm vụ chuyên môn được giao",
                        "Khối lượng, chất lượng, tiến độ công việc theo chương trình công tác; không để chậm, muộn.",
                        "40", AppliesTo.INDIVIDUAL),
                criterion("TX3", "Tinh thần trách nhiệm, thái độ phục vụ, ý thức tổ chức kỷ luật",
                        "Chấp hành nội quy cơ quan, thời giờ làm việc; phối hợp tốt với đồng nghiệp.",
                        "20", AppliesTo.INDIVIDUAL),
                criterion("TX4", "Học tập nâng cao trình độ; ứng dụng công nghệ thông tin, chuyển đổi số",
                        "Xử lý hồ sơ công việc trên môi trường mạng; tham gia bồi dưỡng chuyên môn, nghiệp vụ.",
                        "20", AppliesTo.BOTH),
                criterion("TX5", "Kết quả thực hiện chương trình công tác năm của đơn vị",
                        "Tỷ lệ nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng trên tổng số nhiệm vụ được giao.",
                        "40", AppliesTo.COLLECTIVE),
                criterion("TX6", "Xây dựng tập thể đoàn kết; cải cách hành chính, thực hành tiết kiệm",
                        "Nội bộ đoàn kết; thực hiện tốt quy chế dân chủ cơ sở, cải cách hành chính, chống lãng phí.",
                        "20", AppliesTo.COLLECTIVE),
                new CriterionData("TXB", null, null, "Sáng kiến, đề tài, giải pháp được công nhận",
                        "Điểm cộng cho sáng kiến, đề tài khoa học, giải pháp cải tiến được cấp có thẩm quyền công nhận.",
                        CriterionKind.BONUS, new BigDecimal("5"), AppliesTo.BOTH))) {
            criteria.add(campaign.getId(), criterion);
        }
        campaigns.transition(campaign.getId(), CampaignStatus.REGISTRATION, campaign.getVersion());
    }

    private static CriterionData criterion(String code, String title, String description, String maxPoints,
                                           AppliesTo appliesTo) {
        return new CriterionData(code, null, null, title, description, CriterionKind.STANDARD,
                new BigDecimal(maxPoints), appliesTo);
    }

    private static final List<String[]> COMMITMENTS = List.of(
            new String[] {"C3", "Xử lý 100% hồ sơ công việc trên môi trường mạng; đề xuất ít nhất một cải tiến quy trình."},
            new String[] {"C4", "Không để nợ đọng văn bản; hoàn thành đúng hạn các nhiệm vụ được giao trong đợt thi đua."},
            new String[] {"C6", "Chủ động tham mưu, cung cấp thông tin chính xác, kịp thời phục vụ chỉ đạo, điều hành."},
            new String[] {"C7", "Tham gia đầy đủ các hoạt động công đoàn, văn hóa, thể thao của cơ quan."});

    private void history(Campaign campaign) {
        Map<String, Criterion> byCode = criterionRepository.findByCampaignIdOrderByPositionAsc(campaign.getId()).stream()
                .collect(Collectors.toMap(Criterion::getCode, Function.identity()));
        Map<Long, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        Map<Long, String> usernames = accounts.findAll().stream().filter(a -> a.getIndividualId() != null)
                .collect(Collectors.toMap(Account::getIndividualId, Account::getUsername, (a, b) -> a));
        List<Individual> people = individuals.findAll().stream()
                .filter(i -> i.isActive() && DEMO_CODE.matcher(i.getCode()).matches())
                .sorted(Comparator.comparing(Individual::getCode)).toList();
        List<Pledge> batch = new ArrayList<>();
        int returned = 0;
        for (int i = 0; i < people.size(); i++) {
            Individual person = people.get(i);
            int slot = i % 12;
            if (slot == 10) {
                continue; // not registered
            }
            PledgeStatus status = slot < 8 ? PledgeStatus.APPROVED : slot < 10 ? PledgeStatus.SUBMITTED
                    : PledgeStatus.DRAFT;
            if (status == PledgeStatus.APPROVED && i % 40 == 5 && returned < 2) {
                status = PledgeStatus.RETURNED;
                returned++;
            }
            String title = i % 9 == 4 ? null : i % 7 == 3 ? "CSTDCS" : "LDTT";
            Map<Long, String> commitments = new LinkedHashMap<>();
            for (int c = 0; c < COMMITMENTS.size(); c++) {
                if ((i + c) % 4 != 3 && byCode.containsKey(COMMITMENTS.get(c)[0])) {
                    commitments.put(byCode.get(COMMITMENTS.get(c)[0]).getId(), COMMITMENTS.get(c)[1]);
                }
            }
            Pledge pledge = new Pledge(campaign.getId(), SubjectType.INDIVIDUAL, person.getId());
            pledge.pledge(title, commitments, i % 5 == 0 ? "Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao." : null);
            Instant submitted = at(13 + i % 7, 8 + i % 9);
            String approver = approver(person, unitsById, usernames);
            switch (status) {
                case APPROVED -> pledge.restore(status, submitted, null, approver, at(21 + i % 4, 10));
                case SUBMITTED -> pledge.restore(status, submitted, null, null, null);
                case RETURNED -> pledge.restore(status, submitted,
                        "Đề nghị cụ thể hóa chỉ tiêu tiêu chí 3 (số hồ sơ xử lý trên môi trường mạng) và bổ sung thời hạn hoàn thành.",
                        approver, at(21, 15));
                default -> pledge.restore(status, null, null, null, null);
            }
            batch.add(pledge);
        }
        List<Unit> departments = units.findAllOrdered().stream()
                .filter(u -> u.getParentId() != null && u.getHeadIndividualId() != null)
                .filter(u -> unitsById.containsKey(u.getParentId()) && unitsById.get(u.getParentId()).getParentId() == null)
                .limit(5).toList();
        PledgeStatus[] unitStatuses = {PledgeStatus.APPROVED, PledgeStatus.APPROVED, PledgeStatus.SUBMITTED,
                PledgeStatus.RETURNED, PledgeStatus.SUBMITTED};
        for (int u = 0; u < departments.size(); u++) {
            Pledge pledge = new Pledge(campaign.getId(), SubjectType.COLLECTIVE, departments.get(u).getId());
            Map<Long, String> commitments = new LinkedHashMap<>();
            if (byCode.containsKey("C4")) {
                commitments.put(byCode.get("C4").getId(),
                        "100% nhiệm vụ của đơn vị hoàn thành đúng hạn, không để tồn đọng hồ sơ.");
            }
            if (byCode.containsKey("C5")) {
                commitments.put(byCode.get("C5").getId(),
                        "Phối hợp chặt chẽ với các Vụ, Cục và các Bộ, ngành trong xử lý công việc.");
            }
            pledge.pledge(u % 2 == 0 ? "TTLDXS" : "TTLDTT", commitments, null);
            PledgeStatus status = unitStatuses[u];
            pledge.restore(status, at(17, 9), status == PledgeStatus.RETURNED
                            ? "Đề nghị bổ sung cam kết về chuyển đổi số của đơn vị." : null,
                    status == PledgeStatus.SUBMITTED ? null : BOARD_ACCOUNT,
                    status == PledgeStatus.SUBMITTED ? null : at(22, 14));
            batch.add(pledge);
        }
        pledges.saveAll(batch);
    }

    /**
     * Who decides about a person's pledge (organisation Supervision): the head of the first active unit
     * from theirs upwards that is headed by someone else, or the board where there is none.
     */
    private static String approver(Individual person, Map<Long, Unit> unitsById, Map<Long, String> usernames) {
        for (Unit unit = unitsById.get(person.getUnitId()); unit != null; unit = unitsById.get(unit.getParentId())) {
            Long head = unit.getHeadIndividualId();
            if (unit.isActive() && head != null && !head.equals(person.getId())) {
                return usernames.getOrDefault(head, BOARD_ACCOUNT);
            }
            if (unit.getParentId() == null) {
                break;
            }
        }
        return BOARD_ACCOUNT;
    }

    /** A moment of July 2020 in Viet Nam's time. */
    private static Instant at(int day, int hour) {
        return LocalDateTime.of(2020, 7, day, hour, 30).atZone(OfficeTime.ZONE).toInstant();
    }
}
