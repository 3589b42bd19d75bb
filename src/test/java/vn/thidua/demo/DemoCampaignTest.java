package vn.thidua.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignKind;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CriteriaSums;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo data is loaded in embedded mode, which is what the tests run on. */
@IntegrationTest
class DemoCampaignTest {

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    CriterionRepository criteria;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoCampaign step;

    @Test
    void theSeedCampaignIsUnderWayWithItsEightCriteriaOnA100PointScaleAndABonus() {
        Campaign campaign = campaigns.findByCode("VPCP-2020-50N").orElseThrow();
        assertThat(campaign.getName()).isEqualTo("Đợt thi đua 50 ngày chào mừng Đại hội Đảng bộ Văn phòng Chính phủ "
                + "lần thứ XXVI và kỷ niệm 75 năm Ngày Truyền thống Văn phòng Chính phủ");
        assertThat(campaign.getTheme()).isEqualTo("Đẩy nhanh tiến độ, bảo đảm chất lượng, kịp thời, hiệu quả");
        assertThat(campaign.getGoals()).startsWith("Phấn đấu 100% tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ");
        assertThat(campaign.getPurpose()).contains("nâng cao chất lượng tham mưu tổng hợp");
        assertThat(campaign.getKind()).isEqualTo(CampaignKind.THEMATIC);
        assertThat(campaign.getStartDate()).isEqualTo(LocalDate.of(2020, 7, 10));
        assertThat(campaign.getEndDate()).isEqualTo(LocalDate.of(2020, 8, 30));
        assertThat(campaign.getRegistrationDeadline()).isEqualTo(LocalDate.of(2020, 7, 20));
        assertThat(campaign.getStatus()).as("the evaluations step moves it on").isEqualTo(CampaignStatus.SCORING);
        assertThat(campaign.getOpenTitles()).containsExactlyInAnyOrder("LDTT", "CSTDCS", "TTLDTT", "TTLDXS");
        assertThat(campaign.isOpenToAllUnits()).isTrue();

        List<Criterion> list = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId());
        assertThat(list).hasSize(9);
        assertThat(list).extracting(Criterion::getCode)
                .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "B1");
        assertThat(list).extracting(c -> c.getMaxPoints().stripTrailingZeros().toPlainString())
                .containsExactly("15", "10", "15", "20", "10", "15", "10", "5", "5");
        assertThat(list).allMatch(c -> c.getAppliesTo() == AppliesTo.BOTH);
        assertThat(list.get(8).getKind()).isEqualTo(CriterionKind.BONUS);
        assertThat(list.get(8).getTitle()).isEqualTo("Sáng kiến, giải pháp được công nhận");
        assertThat(list.get(5).getDescription()).contains("“mục tiêu kép”");

        CriteriaSums sums = CriteriaSums.of(list);
        assertThat(sums.individual()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(sums.collective()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(sums.individualWarning()).isFalse();
        assertThat(step.alreadyLoaded()).isTrue();
    }

    @Test
    void everyoneSeesTheSeedCampaignAndItsSumsWithoutAWarning() throws Exception {
        Campaign campaign = campaigns.findByCode("VPCP-2020-50N").orElseThrow();
        String staff = fixtures.team("Vụ Trình diễn").memberUser();
        mvc.perform(get("/api/v1/campaigns/{id}/criteria/sums", campaign.getId()).with(fixtures.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.individual").value(100.0))
                .andExpect(jsonPath("$.collective").value(100.0))
                .andExpect(jsonPath("$.individualWarning").value(false));
        String html = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/{id}", campaign.getId())
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html).contains("Đẩy nhanh tiến độ, bảo đảm chất lượng, kịp thời, hiệu quả")
                .contains("id=\"criterion-C8\"").contains("id=\"criterion-B1\"")
                .contains("Chấm điểm").doesNotContain("id=\"sumIndividualWarning\"")
                .contains("Chuyển sang giai đoạn Xét duyệt");
    }
}
