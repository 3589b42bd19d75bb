package vn.thidua.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionService;
import vn.thidua.campaign.CriterionService.CriterionData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed campaign (seed/chinhphu-2020-07-16-campaign.vi.txt): the Government Office's 50-day
 * campaign of 2020, its eight criteria on a 100-point scale plus a bonus for recognised
 * initiatives, opened for registration and under way. Created through the services, so the rules
 * and the audit trail apply to it as to any campaign.
 */
@Component
@Order(20)
class DemoCampaign implements DemoStep {

    static final String CODE = "VPCP-2020-50N";

    private static final String NAME = "Đợt thi đua 50 ngày chào mừng Đại hội Đảng bộ Văn phòng Chính phủ lần thứ "
            + "XXVI và kỷ niệm 75 năm Ngày Truyền thống Văn phòng Chính phủ";

    private static final String THEME = "Đẩy nhanh tiến độ, bảo đảm chất lượng, kịp thời, hiệu quả";

    private static final String PURPOSE = """
            Đẩy mạnh phong trào thi đua yêu nước trong toàn cơ quan bằng hành động cụ thể, thiết thực; phát huy \
            sáng kiến, tìm giải pháp, tiếp tục rà soát, chủ động đề xuất, kiến nghị xử lý những vấn đề quan trọng, \
            cấp thiết phát sinh, dư luận xã hội và nhân dân quan tâm; nâng cao chất lượng tham mưu tổng hợp, điều \
            phối, đẩy nhanh tiến độ, bảo đảm chất lượng, hiệu quả, thời hạn thực hiện.
            Thông qua đợt thi đua, phát huy tinh thần trách nhiệm, ý thức tự giác của cán bộ, công chức, viên chức \
            và người lao động trong thi hành công vụ, đặc biệt là quy định nêu gương.""";

    private static final String GOALS = """
            Phấn đấu 100% tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ kể cả nhiệm vụ thường xuyên và nhiệm vụ \
            đột xuất, tạo không khí sôi nổi, đoàn kết, tiếp tục đổi mới để có chuyển biến căn bản trong đợt thi đua \
            này.
            Tổ chức thành công Đại hội đại biểu Đảng bộ Văn phòng Chính phủ lần thứ XXVI nhiệm kỳ 2020-2025 và Đại \
            hội thi đua yêu nước Văn phòng Chính phủ giai đoạn 2015-2020.
            Đối tượng thi đua: các tập thể, cán bộ, công chức, viên chức và người lao động thuộc Văn phòng Chính phủ.""";

    private final CampaignRepository repository;
    private final CampaignService campaigns;
    private final CriterionService criteria;

    DemoCampaign(CampaignRepository repository, CampaignService campaigns, CriterionService criteria) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.criteria = criteria;
    }

    @Override
    public boolean alreadyLoaded() {
        return repository.existsByCode(CODE);
    }

    @Override
    public void load() {
        Campaign campaign = campaigns.create(new CampaignService.CampaignData(CODE, NAME, THEME, PURPOSE, GOALS,
                CampaignKind.THEMATIC, LocalDate.of(2020, 7, 10), LocalDate.of(2020, 8, 30),
                LocalDate.of(2020, 7, 20), null, List.of(), List.of("LDTT", "CSTDCS", "TTLDTT", "TTLDXS"),
                null, null));
        for (CriterionData criterion : criteria()) {
            criteria.add(campaign.getId(), criterion);
        }
        campaign = campaigns.transition(campaign.getId(), CampaignStatus.REGISTRATION, campaign.getVersion());
        campaigns.transition(campaign.getId(), CampaignStatus.IN_PROGRESS, campaign.getVersion());
    }

    private static List<CriterionData> criteria() {
        return List.of(
                standard("C1", "Xây dựng, chỉnh đốn Đảng; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                        "Các cấp ủy trực thuộc tiếp tục triển khai có hiệu quả Nghị quyết Trung ương 4 khóa XII về tăng "
                                + "cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi suy thoái về tư tưởng chính trị, "
                                + "đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ và "
                                + "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
                                + "tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện các quy định của Trung ương "
                                + "về nêu gương của cán bộ, đảng viên.", "15"),
                standard("C2", "Chuẩn bị tổ chức thành công Đại hội Đảng bộ Văn phòng Chính phủ lần thứ XXVI",
                        "Chuẩn bị tốt các văn kiện trình Đại hội, Đề án nhân sự, công tác hậu cần, kỹ thuật bảo đảm "
                                + "tổ chức thành công Đại hội đại biểu Đảng bộ Văn phòng Chính phủ lần thứ XXVI nhiệm kỳ "
                                + "2020-2025.", "10"),
                standard("C3", "Phát huy sáng kiến, đổi mới phương pháp làm việc, xử lý hồ sơ trên môi trường mạng",
                        "Các Vụ, Cục, đơn vị và mỗi cán bộ, công chức, viên chức, người lao động Văn phòng Chính phủ "
                                + "phát huy sáng kiến, cải tiến, đổi mới phương pháp, lề lối, phong cách làm việc chuyên "
                                + "nghiệp, xử lý hồ sơ công việc trên môi trường mạng bảo đảm đúng phương châm: “Chuyên "
                                + "nghiệp, hiện đại, chất lượng đột phá, hiệu quả”.", "15"),
                standard("C4", "Giải quyết nhiệm vụ vướng mắc, tồn đọng; không để nợ đọng văn bản, chậm tiến độ",
                        "Tham mưu giải quyết, tháo gỡ các nhiệm vụ, dự án đang vướng mắc, tồn đọng; không để nợ đọng "
                                + "các văn bản, chậm trễ tiến độ xử lý hồ sơ công việc liên quan đến Đề án, Dự án, chương "
                                + "trình công tác và các vấn đề khác thuộc thẩm quyền giải quyết của Chính phủ, Thủ tướng "
                                + "Chính phủ và của lãnh đạo Văn phòng Chính phủ.", "20"),
                standard("C5", "Phối hợp giữa các đơn vị và với các Bộ, ngành Trung ương, địa phương",
                        "Đẩy mạnh việc phối hợp giữa các đơn vị trong Văn phòng Chính phủ và giữa Văn phòng Chính phủ "
                                + "với các Bộ, ngành Trung ương và địa phương đáp ứng yêu cầu nhiệm vụ, phục vụ tốt sự "
                                + "lãnh đạo, chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ và của lãnh đạo Văn "
                                + "phòng Chính phủ.", "10"),
                standard("C6", "Chủ động tham mưu, cung cấp thông tin chính xác, kịp thời; thực hiện “mục tiêu kép”",
                        "Chủ động tham mưu, chấp hành tốt các chỉ đạo của Chính phủ, lãnh đạo Văn phòng Chính phủ, cung "
                                + "cấp thông tin chính xác, kịp thời về các chủ trương, chính sách của Đảng, pháp luật "
                                + "của nhà nước; giải pháp quản lý, điều hành của Chính phủ, Thủ tướng Chính phủ về tiếp "
                                + "tục phòng, chống dịch Covid-19 cùng các cấp, các ngành quyết liệt thực hiện “mục tiêu "
                                + "kép” vừa phòng chống dịch bệnh, vừa phục hồi và phát triển kinh tế - xã hội; đồng thời "
                                + "theo dõi, nắm bắt những khó khăn, vướng mắc trong sản xuất, kinh doanh để kịp thời có "
                                + "các giải pháp tháo gỡ, tạo thuận lợi cho doanh nghiệp phục hồi và phát triển.", "15"),
                standard("C7", "Hoạt động công đoàn, văn hóa, thể thao",
                        "Các cấp Công đoàn thi đua thực hiện tốt chức năng đại diện bảo vệ quyền, lợi ích hợp pháp, "
                                + "chính đáng cho đoàn viên công đoàn, quan tâm, chăm lo và tổ chức chu đáo cho đoàn viên "
                                + "đi nghỉ hè năm 2020; tổ chức tốt các hoạt động giao lưu văn hóa, thể thao, tích cực "
                                + "tham gia giao lưu thể thao giữa Văn phòng Chính phủ với các cơ quan Trung ương, Khối "
                                + "thi đua các Bộ, ngành tổng hợp và Liên hoan văn nghệ quần chúng Văn phòng Chính phủ "
                                + "lần thứ IX.", "10"),
                standard("C8", "Chào mừng 75 năm Ngày Truyền thống; hoạt động “đền ơn đáp nghĩa”, “về nguồn”",
                        "Tạo không khí thi đua sôi nổi chào mừng 75 năm Ngày Truyền thống Văn phòng Chính phủ, Đại hội "
                                + "Đảng bộ Văn phòng Chính phủ lần thứ XXVI, Đại hội thi đua yêu nước Văn phòng Chính phủ "
                                + "giai đoạn 2015-2020; tích cực tham gia các hoạt động “đền ơn đáp nghĩa” nhân ngày "
                                + "Thương binh Liệt sỹ 27/7, kết hợp với các hoạt động “về nguồn”, tặng quà tình nghĩa "
                                + "tại các khu căn cứ cách mạng của Chính phủ lâm thời Việt Nam tại các tỉnh Tuyên Quang, "
                                + "Thái Nguyên, Quảng Trị, Tây Ninh.", "5"),
                new CriterionData("B1", null, null, "Sáng kiến, giải pháp được công nhận",
                        "Điểm cộng cho tập thể, cá nhân có sáng kiến, giải pháp cải tiến được đơn vị hoặc Hội đồng Thi "
                                + "đua – Khen thưởng công nhận trong thời gian đợt thi đua.",
                        CriterionKind.BONUS, new BigDecimal("5"), AppliesTo.BOTH));
    }

    private static CriterionData standard(String code, String title, String description, String maxPoints) {
        return new CriterionData(code, null, null, title, description, CriterionKind.STANDARD,
                new BigDecimal(maxPoints), AppliesTo.BOTH);
    }
}
