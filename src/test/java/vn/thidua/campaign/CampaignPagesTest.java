package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.organisation.Unit;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CampaignPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Autowired
    CampaignRepository repository;

    @Autowired
    CriterionRepository criteria;

    /** The page as the reader sees its text: HTML entities (&quot;, &agrave;...) decoded. */
    static ResultMatcher page(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()),
                matcher);
    }

    /** An element with this id whose whole text is {@code text}, whatever its other attributes. */
    static Matcher<String> element(String id, String text) {
        return matchesPattern("(?s).*id=\"" + java.util.regex.Pattern.quote(id) + "\"[^>]*>"
                + java.util.regex.Pattern.quote(text) + "<.*");
    }

    @Test
    void theListShowsCampaignsInVietnameseWithANewButtonForTheAdmin() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua chào mừng ngày Quốc khánh");
        mvc.perform(get("/campaigns").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"campaignsTable\"")))
                .andExpect(page(containsString("id=\"campaign-" + campaign.getCode() + "\"")))
                .andExpect(page(containsString("Đợt thi đua chào mừng ngày Quốc khánh")))
                .andExpect(page(containsString("Theo chuyên đề, theo đợt")))
                .andExpect(page(containsString("Dự thảo")))
                .andExpect(page(containsString("10/07/2020 – 30/08/2020")))
                .andExpect(page(containsString("id=\"newCampaign\"")));
        // the row of the campaign made here says all of it (other campaigns of the list would say it too)
        String html = mvc.perform(get("/campaigns").with(fixtures.as(fixtures.admin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.cells(Html.element(html, "campaign-" + campaign.getCode()))).containsExactly(
                "Đợt thi đua chào mừng ngày Quốc khánh", campaign.getCode(), "Theo chuyên đề, theo đợt", "Dự thảo",
                "10/07/2020 – 30/08/2020");
        assertThat(Html.attribute(html, "status-" + campaign.getCode(), "data-status")).isEqualTo("DRAFT");
    }

    @Test
    void theListSpeaksEnglishWhenAsked() throws Exception {
        campaigns.draft("Đợt thi đua song ngữ");
        mvc.perform(get("/campaigns").param("lang", "en").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Emulation campaigns")))
                .andExpect(page(containsString("Thematic, time-boxed")))
                .andExpect(page(containsString(">Draft<")))
                .andExpect(page(containsString("New campaign")));
    }

    @Test
    void staffSeeNeitherDraftsNorTheNewButtonButSeeOpenCampaigns() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Văn xã");
        Campaign draft = campaigns.withCriterion("Đợt thi đua còn nháp");
        Campaign open = campaigns.advance(campaigns.withCriterion("Đợt thi đua đã mở"), CampaignStatus.REGISTRATION);
        String list = mvc.perform(get("/campaigns").with(fixtures.as(team.memberUser())))
                .andExpect(status().isOk())
                .andExpect(page(not(containsString(draft.getCode()))))
                .andExpect(page(containsString(open.getCode())))
                .andExpect(page(not(containsString("id=\"newCampaign\""))))
                .andReturn().getResponse().getContentAsString();
        // the open campaign's own row, with its stage (the navbar says "Đăng ký thi đua" on every page)
        assertThat(Html.has(list, "campaign-" + draft.getCode())).isFalse();
        String row = Html.element(list, "campaign-" + open.getCode());
        assertThat(Html.cells(row)).startsWith("Đợt thi đua đã mở", open.getCode());
        assertThat(Html.text(row, "status-" + open.getCode())).isEqualTo("Đăng ký thi đua");
        mvc.perform(get("/campaigns/{id}", draft.getId()).with(fixtures.as(team.memberUser())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/new").with(fixtures.as(team.memberUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{id}/edit", open.getId()).with(fixtures.as(team.headUser())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCampaignPageShowsItsFactsCriteriaSumsAndAdminControls() throws Exception {
        Unit unit = fixtures.unit("Vụ Tổng hợp ngành");
        Campaign campaign = campaigns.withCriterion("Đợt thi đua 50 ngày", unit.getId());
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(page(element("campaignName", "Đợt thi đua 50 ngày")))
                .andExpect(page(containsString("Chủ đề thử nghiệm")))
                .andExpect(page(matchesPattern("(?s).*class=\"[^\"]*text-prewrap[^\"]*\" id=\"campaignPurpose\">Mục đích thử nghiệm<.*")))
                .andExpect(page(containsString("Từ 10/07/2020 đến 30/08/2020")))
                .andExpect(page(containsString("20/07/2020")))
                .andExpect(page(containsString("Vụ Tổng hợp ngành")))
                .andExpect(page(containsString("Lao động tiên tiến")))
                .andExpect(page(containsString("Hoàn thành xuất sắc nhiệm vụ: từ 90 điểm")))
                .andExpect(page(containsString("Không hoàn thành nhiệm vụ: dưới 50 điểm")))
                .andExpect(page(containsString("id=\"criteriaTable\"")))
                .andExpect(page(containsString("id=\"criterion-C1\"")))
                .andExpect(page(containsString("Tiêu chí chính")))
                .andExpect(page(containsString("Cá nhân và tập thể")))
                .andExpect(page(element("sumIndividual", "100")))
                .andExpect(page(element("sumCollective", "100")))
                .andExpect(page(not(containsString("id=\"sumIndividualWarning\""))))
                .andExpect(page(containsString("id=\"addCriterion\"")))
                .andExpect(page(containsString("id=\"editCampaign\"")))
                .andExpect(page(containsString("id=\"delete-C1\"")))
                .andExpect(page(containsString("id=\"transitionButton\"")))
                .andExpect(page(containsString("Chuyển sang giai đoạn Đăng ký thi đua")))
                .andExpect(page(containsString("data-confirm=\"Chuyển đợt thi đua từ giai đoạn Dự thảo sang giai đoạn Đăng ký thi đua?")))
                .andExpect(page(containsString("name=\"version\" value=\"" + campaign.getVersion() + "\"")))
                .andExpect(page(containsString("id=\"campaignHistory\"")))
                .andExpect(page(containsString("Tạo đợt thi đua")))
                .andExpect(page(containsString("Thêm tiêu chí")));
    }

    @Test
    void staffReadAnOpenCampaignWithoutAdminControlsOrHistory() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Thư ký – Biên tập");
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua cho mọi người"),
                CampaignStatus.REGISTRATION);
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(team.memberUser())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"criterion-C1\"")))
                .andExpect(page(containsString("Tất cả đơn vị")))
                .andExpect(page(not(containsString("id=\"transitionButton\""))))
                .andExpect(page(not(containsString("id=\"addCriterion\""))))
                .andExpect(page(not(containsString("id=\"editCampaign\""))))
                .andExpect(page(not(containsString("id=\"campaignHistory\""))))
                .andExpect(page(containsString("id=\"workPledge\"")))
                .andExpect(page(not(containsString("id=\"workRegistrations\""))))
                .andExpect(page(not(containsString("id=\"workReview\""))));
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(team.headUser())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"workRegistrations\"")))
                .andExpect(page(not(containsString("id=\"workOverview\""))));
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(fixtures.board())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"workOverview\"")))
                .andExpect(page(not(containsString("id=\"workPledge\""))))
                .andExpect(page(containsString("id=\"campaignHistory\"")))
                .andExpect(page(containsString("Chuyển giai đoạn")))
                .andExpect(page(containsString("<span class=\"text-prewrap\">Dự thảo</span> → <span class=\"text-prewrap\">Đăng ký thi đua</span>")))
                .andExpect(page(not(containsString("id=\"transitionButton\""))));
    }

    @Test
    void aSumOf95IsShownWithAWarning() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua thiếu điểm");
        campaigns.criterion(campaign, "C1", CriterionKind.STANDARD, "60", AppliesTo.BOTH);
        campaigns.criterion(campaign, "C2", CriterionKind.STANDARD, "35", AppliesTo.INDIVIDUAL);
        campaigns.criterion(campaign, "C3", CriterionKind.STANDARD, "40", AppliesTo.COLLECTIVE);
        campaigns.criterion(campaign, "B1", CriterionKind.BONUS, "12.5", AppliesTo.BOTH);
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(page(element("sumIndividual", "95")))
                .andExpect(page(element("sumCollective", "100")))
                .andExpect(page(containsString("id=\"sumIndividualWarning\"")))
                .andExpect(page(containsString(
                        "Tổng điểm tối đa các tiêu chí chính áp dụng cho cá nhân là 95, không phải 100")))
                .andExpect(page(not(containsString("id=\"sumCollectiveWarning\""))))
                .andExpect(page(containsString(">12,5<")))
                .andExpect(page(containsString("Điểm cộng")));
        mvc.perform(get("/campaigns/{id}", campaign.getId()).param("lang", "en").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("The main criteria for individuals add up to 95, not 100")))
                .andExpect(page(containsString("Main criterion")))
                .andExpect(page(containsString("Bonus points")))
                .andExpect(page(containsString(">12.5<")))
                .andExpect(page(containsString("Move to the Registration stage")));
    }

    @Test
    void theFormOfANewCampaignOffersDefaultsUnitsAndTitles() throws Exception {
        Unit parent = fixtures.unit("Cục Hành chính – Quản trị");
        fixtures.unit("Phòng Quản trị", parent.getId());
        mvc.perform(get("/campaigns/new").with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"campaignForm\"")))
                .andExpect(page(containsString("value=\"90\"")))
                .andExpect(page(containsString("value=\"70\"")))
                .andExpect(page(containsString("Cục Hành chính – Quản trị")))
                .andExpect(page(containsString("\u2003Phòng Quản trị")))
                .andExpect(page(containsString("Không chọn đơn vị nào nghĩa là tất cả đơn vị")))
                .andExpect(page(containsString("id=\"openTitle-TTLDXS\"")))
                .andExpect(page(containsString("placeholder=\"dd/mm/yyyy\"")));
    }

    @Test
    void aCampaignIsCreatedFromTheFormWithVietnameseDatesAndDecimals() throws Exception {
        String code = Fixtures.unique("form");
        mvc.perform(post("/campaigns/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", code.toLowerCase()).param("name", "Đợt thi đua nhập từ biểu mẫu")
                        .param("theme", "Kỷ cương, trách nhiệm").param("purpose", "Dòng một\r\nDòng hai")
                        .param("kind", "REGULAR")
                        .param("startDate", "01/01/2021").param("endDate", "31/12/2021")
                        .param("registrationDeadline", "31/01/2021")
                        .param("thresholds.excellent", "87,5").param("thresholds.good", "70")
                        .param("thresholds.pass", "50.25")
                        .param("openTitles", "LDTT", "TTLDTT").param("_openTitles", "on")
                        .param("decisionNumber", "15/QĐ-VPCP").param("decisionDate", "28/12/2020"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã tạo đợt thi đua Đợt thi đua nhập từ biểu mẫu."));
        Campaign saved = repository.findByCode(code.toUpperCase()).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(saved.getKind()).isEqualTo(CampaignKind.REGULAR);
        assertThat(saved.getStartDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(saved.getThresholds().excellent()).isEqualByComparingTo(new BigDecimal("87.5"));
        assertThat(saved.getThresholds().pass()).isEqualByComparingTo(new BigDecimal("50.25"));
        assertThat(saved.getOpenTitles()).containsExactly("LDTT", "TTLDTT");
        assertThat(saved.getParticipatingUnitIds()).isEmpty();
        assertThat(saved.getPurpose()).isEqualTo("Dòng một\nDòng hai");
        assertThat(saved.getDecisionDate()).isEqualTo(LocalDate.of(2020, 12, 28));
    }

    @Test
    void badInputComesBackOnTheFormNextToTheFieldAndNothingIsSaved() throws Exception {
        String code = Fixtures.unique("bad");
        mvc.perform(post("/campaigns/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", code).param("name", "Đợt thi đua sai ngày").param("kind", "THEMATIC")
                        .param("startDate", "10/07/2020").param("endDate", "01/07/2020")
                        .param("registrationDeadline", "20/07/2020")
                        .param("thresholds.excellent", "80").param("thresholds.good", "85")
                        .param("thresholds.pass", "50"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Vui lòng sửa các lỗi được đánh dấu bên dưới.")))
                .andExpect(page(containsString("id=\"endDateError\"")))
                .andExpect(page(containsString("ngày kết thúc không được trước ngày bắt đầu")))
                .andExpect(page(containsString("id=\"thresholdsGoodError\"")))
                .andExpect(page(containsString(
                        "ngưỡng Hoàn thành tốt nhiệm vụ không được cao hơn ngưỡng Hoàn thành xuất sắc nhiệm vụ")))
                .andExpect(page(containsString("value=\"Đợt thi đua sai ngày\"")));
        mvc.perform(post("/campaigns/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", code).param("name", "Đợt thi đua ngày không có thật").param("kind", "THEMATIC")
                        .param("startDate", "31/02/2020").param("endDate", "30/08/2020")
                        .param("registrationDeadline", "20/07/2020")
                        .param("thresholds.excellent", "chín mươi").param("thresholds.good", "70")
                        .param("thresholds.pass", "50"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"startDateError\"")))
                .andExpect(page(containsString("Ngày 31/02/2020 không tồn tại")))
                .andExpect(page(containsString("phải là số (ví dụ 12,5)")));
        assertThat(repository.findByCode(code)).isEmpty();
    }

    @Test
    void everyProblemOfTheFormComesInOneSubmitAndADateThatDoesNotExistSaysSo() throws Exception {
        String code = Fixtures.unique("once");
        String html = mvc.perform(post("/campaigns/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("code", code).param("name", "   ").param("kind", "THEMATIC")
                        .param("startDate", "31/02/2028").param("endDate", "30-08-2028")
                        .param("registrationDeadline", "20/07/2029")
                        .param("thresholds.excellent", "80").param("thresholds.good", "85")
                        .param("thresholds.pass", "năm mươi"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the two dates that could not be read, each with its own reason
        assertThat(Html.text(html, "startDateError")).isEqualTo("Ngày 31/02/2028 không tồn tại");
        assertThat(Html.text(html, "endDateError")).isEqualTo("phải là ngày theo dạng dd/mm/yyyy");
        assertThat(Html.text(html, "thresholdsPassError")).isEqualTo("phải là số (ví dụ 12,5)");
        // and, in the same round, what the service's rules say of the fields that could be read
        assertThat(Html.text(html, "nameError")).isEqualTo("không được để trống");
        assertThat(Html.text(html, "thresholdsGoodError"))
                .isEqualTo("ngưỡng Hoàn thành tốt nhiệm vụ không được cao hơn ngưỡng Hoàn thành xuất sắc nhiệm vụ");
        assertThat(Html.has(html, "registrationDeadlineError")).isFalse(); // its end date is unknown: no cross-check
        assertThat(repository.findByCode(code)).isEmpty();

        String english = mvc.perform(post("/campaigns/new").with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("lang", "en")
                        .param("code", code).param("name", "Đợt thi đua").param("kind", "THEMATIC")
                        .param("startDate", "29/02/2027").param("endDate", "30/08/2027")
                        .param("registrationDeadline", "20/07/2027")
                        .param("thresholds.excellent", "90").param("thresholds.good", "70")
                        .param("thresholds.pass", "50"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.text(english, "startDateError")).isEqualTo("The date 29/02/2027 does not exist");
        assertThat(repository.findByCode(code)).isEmpty();
    }

    @Test
    void afterDraftTheFormLocksTheStructureAndTheDeadlineExtensionIsSavedAndShownInTheHistory() throws Exception {
        String admin = fixtures.admin();
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua gia hạn"),
                CampaignStatus.IN_PROGRESS);
        mvc.perform(get("/campaigns/{id}/edit", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"lockNotice\"")))
                .andExpect(page(containsString("Đợt thi đua đang ở giai đoạn Đang triển khai")))
                .andExpect(page(matchesPattern("(?s).*<input[^>]*id=\"code\"[^>]*readonly.*")))
                .andExpect(page(matchesPattern("(?s).*<select[^>]*id=\"participatingUnitIds\"[^>]*disabled.*")))
                .andExpect(page(containsString("value=\"20/07/2020\"")));

        // locked controls are not submitted; a tampered code is ignored, the deadline is extended
        mvc.perform(post("/campaigns/{id}/edit", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", "KHAC").param("name", campaign.getName())
                        .param("theme", campaign.getTheme()).param("purpose", campaign.getPurpose())
                        .param("goals", campaign.getGoals())
                        .param("endDate", "30/08/2020").param("registrationDeadline", "31/07/2020")
                        .param("thresholds.excellent", "90").param("thresholds.good", "70")
                        .param("thresholds.pass", "50").param("_openTitles", "on")
                        .param("version", String.valueOf(campaign.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign.getId()));
        Campaign saved = campaigns.current(campaign);
        assertThat(saved.getRegistrationDeadline()).isEqualTo(LocalDate.of(2020, 7, 31));
        assertThat(saved.getCode()).isEqualTo(campaign.getCode());
        assertThat(saved.getOpenTitles()).containsExactly("LDTT");

        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(page(containsString("Sửa thông tin đợt thi đua")))
                .andExpect(page(containsString("Hạn đăng ký thi đua</span>:")))
                .andExpect(page(containsString("<span class=\"text-prewrap\">20/07/2020</span> → <span class=\"text-prewrap\">31/07/2020</span>")))
                .andExpect(page(matchesPattern("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*")))
                .andExpect(page(containsString(admin)));
    }

    @Test
    void aStaleEditShowsTheFormAgainWithTheCurrentValues() throws Exception {
        String admin = fixtures.admin();
        Campaign campaign = campaigns.draft("Đợt thi đua hai người sửa");
        mvc.perform(post("/campaigns/{id}/edit", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", campaign.getCode()).param("name", "Tên lần 1").param("kind", "THEMATIC")
                        .param("startDate", "10/07/2020").param("endDate", "30/08/2020")
                        .param("registrationDeadline", "20/07/2020").param("thresholds.excellent", "90")
                        .param("thresholds.good", "70").param("thresholds.pass", "50")
                        .param("version", String.valueOf(campaign.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/campaigns/{id}/edit", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", campaign.getCode()).param("name", "Tên ghi đè").param("kind", "THEMATIC")
                        .param("startDate", "10/07/2020").param("endDate", "30/08/2020")
                        .param("registrationDeadline", "20/07/2020").param("thresholds.excellent", "90")
                        .param("thresholds.good", "70").param("thresholds.pass", "50")
                        .param("version", String.valueOf(campaign.getVersion())))
                .andExpect(status().isOk())
                .andExpect(page(containsString("vừa được người khác thay đổi")))
                .andExpect(page(containsString("value=\"Tên lần 1\"")))
                .andExpect(page(not(containsString("value=\"Tên ghi đè\""))));
        assertThat(campaigns.current(campaign).getName()).isEqualTo("Tên lần 1");
    }

    @Test
    void aClosedCampaignCannotBeEdited() throws Exception {
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua đã tổng kết"),
                CampaignStatus.CLOSED);
        String admin = fixtures.admin();
        mvc.perform(get("/campaigns/{id}/edit", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(status().isConflict())
                .andExpect(page(containsString(
                        "Đợt thi đua đang ở trạng thái Đã kết thúc; không thể thay đổi gì nữa.")));
        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(page(containsString("id=\"campaignClosed\"")))
                .andExpect(page(not(containsString("id=\"editCampaign\""))))
                .andExpect(page(not(containsString("id=\"edit-C1\""))));
    }

    @Test
    void theTransitionButtonMovesOneStepAndRefusalsComeBackAsAMessage() throws Exception {
        String admin = fixtures.admin();
        Campaign empty = campaigns.draft("Đợt thi đua chưa có tiêu chí");
        mvc.perform(post("/campaigns/{id}/transition", empty.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("to", "REGISTRATION").param("version", String.valueOf(empty.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", containsString("chưa có tiêu chí nào")));
        assertThat(campaigns.current(empty).getStatus()).isEqualTo(CampaignStatus.DRAFT);

        Campaign campaign = campaigns.withCriterion("Đợt thi đua mở đăng ký");
        mvc.perform(post("/campaigns/{id}/transition", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("to", "REGISTRATION").param("version", String.valueOf(campaign.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign.getId()))
                .andExpect(flash().attribute("flashSuccess", "Đã chuyển đợt thi đua sang giai đoạn Đăng ký thi đua."));
        assertThat(campaigns.current(campaign).getStatus()).isEqualTo(CampaignStatus.REGISTRATION);

        // the same click again (stale page) changes nothing
        mvc.perform(post("/campaigns/{id}/transition", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("to", "REGISTRATION").param("version", String.valueOf(campaign.getVersion())))
                .andExpect(flash().attribute("flashError", containsString("vừa được người khác thay đổi")));
        assertThat(campaigns.current(campaign).getStatus()).isEqualTo(CampaignStatus.REGISTRATION);

        Fixtures.Team team = fixtures.team("Vụ Đổi mới doanh nghiệp");
        Campaign current = campaigns.current(campaign);
        for (String user : List.of(team.memberUser(), team.headUser(), fixtures.board())) {
            mvc.perform(post("/campaigns/{id}/transition", campaign.getId()).with(fixtures.as(user)).with(csrf())
                            .param("to", "IN_PROGRESS").param("version", String.valueOf(current.getVersion())))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/campaigns/{id}/transition", campaign.getId()).with(fixtures.as(admin))
                        .param("to", "IN_PROGRESS").param("version", String.valueOf(current.getVersion())))
                .andExpect(status().isForbidden());
        assertThat(campaigns.current(campaign).getStatus()).isEqualTo(CampaignStatus.REGISTRATION);
    }

    @Test
    void criteriaAreAddedMovedAndDeletedFromThePagesInDraft() throws Exception {
        String admin = fixtures.admin();
        Campaign campaign = campaigns.draft("Đợt thi đua soạn tiêu chí");
        mvc.perform(get("/campaigns/{id}/criteria/new", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"criterionForm\"")))
                .andExpect(page(containsString("Cá nhân và tập thể")));
        mvc.perform(post("/campaigns/{id}/criteria/new", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", "c1").param("title", "Chấp hành kỷ luật, kỷ cương hành chính")
                        .param("description", "Đi làm đúng giờ\r\nKhông vi phạm quy chế")
                        .param("kind", "STANDARD").param("maxPoints", "12,5").param("appliesTo", "INDIVIDUAL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã thêm tiêu chí C1."));
        mvc.perform(post("/campaigns/{id}/criteria/new", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", "C2").param("title", "Tham gia phong trào")
                        .param("kind", "BONUS").param("maxPoints", "0").param("appliesTo", "BOTH"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"maxPointsError\"")))
                .andExpect(page(containsString("phải lớn hơn 0")));
        mvc.perform(post("/campaigns/{id}/criteria/new", campaign.getId()).with(fixtures.as(admin)).with(csrf())
                        .param("code", "C1").param("title", "Trùng mã")
                        .param("kind", "BONUS").param("maxPoints", "5").param("appliesTo", "BOTH"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Mã tiêu chí \"C1\" đã có trong đợt thi đua này.")));
        campaigns.criterion(campaign, "C2", CriterionKind.STANDARD, "87.5", AppliesTo.BOTH);

        List<Criterion> list = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId());
        assertThat(list).extracting(Criterion::getCode).containsExactly("C1", "C2");
        assertThat(list.get(0).getMaxPoints()).isEqualByComparingTo("12.5");
        assertThat(list.get(0).getDescription()).isEqualTo("Đi làm đúng giờ\nKhông vi phạm quy chế");

        Criterion c2 = list.get(1);
        mvc.perform(post("/campaigns/{id}/criteria/{cid}/move", campaign.getId(), c2.getId())
                        .with(fixtures.as(admin)).with(csrf())
                        .param("direction", "up").param("version", String.valueOf(c2.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()))
                .extracting(Criterion::getCode).containsExactly("C2", "C1");

        Criterion c1 = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).get(1);
        mvc.perform(post("/campaigns/{id}/criteria/{cid}/delete", campaign.getId(), c1.getId())
                        .with(fixtures.as(admin)).with(csrf()).param("version", String.valueOf(c1.getVersion())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã xóa tiêu chí C1."));
        assertThat(criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()))
                .extracting(Criterion::getCode, Criterion::getPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C2", 1));

        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(page(allOf(containsString("Xóa tiêu chí"), containsString("Đổi thứ tự tiêu chí"),
                        containsString("Thêm tiêu chí"))));
    }

    @Test
    void afterDraftOnlyTheWordingOfACriterionChangesFromItsForm() throws Exception {
        String admin = fixtures.admin();
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua sửa lời tiêu chí"),
                CampaignStatus.REGISTRATION);
        Criterion c1 = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).get(0);
        mvc.perform(get("/campaigns/{id}/criteria/new", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(status().isConflict())
                .andExpect(page(containsString(
                        "Đợt thi đua đang ở trạng thái Đăng ký thi đua; chỉ thêm được tiêu chí khi ở trạng thái Dự thảo.")));
        mvc.perform(get("/campaigns/{id}/criteria/{cid}/edit", campaign.getId(), c1.getId()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(page(containsString("id=\"lockNotice\"")))
                .andExpect(page(matchesPattern("(?s).*<input[^>]*id=\"maxPoints\"[^>]*readonly.*")))
                .andExpect(page(containsString("value=\"100\"")));
        mvc.perform(post("/campaigns/{id}/criteria/{cid}/edit", campaign.getId(), c1.getId())
                        .with(fixtures.as(admin)).with(csrf())
                        .param("code", "C1").param("title", "Hoàn thành nhiệm vụ được giao đúng hạn")
                        .param("group", "Chuyên môn").param("maxPoints", "50")
                        .param("version", String.valueOf(c1.getVersion())))
                .andExpect(status().is3xxRedirection());
        Criterion saved = criteria.findById(c1.getId()).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Hoàn thành nhiệm vụ được giao đúng hạn");
        assertThat(saved.getGroup()).isEqualTo("Chuyên môn");
        assertThat(saved.getMaxPoints()).isEqualByComparingTo("100");
        assertThat(saved.getKind()).isEqualTo(CriterionKind.STANDARD);

        mvc.perform(get("/campaigns/{id}", campaign.getId()).with(fixtures.as(admin)))
                .andExpect(page(containsString("Sửa tiêu chí")))
                .andExpect(page(containsString("<span class=\"text-prewrap\">Tiêu chí C1</span> → <span class=\"text-prewrap\">Hoàn thành nhiệm vụ được giao đúng hạn</span>")))
                .andExpect(page(not(containsString("id=\"delete-C1\""))))
                .andExpect(page(not(containsString("id=\"addCriterion\""))))
                .andExpect(page(containsString("id=\"edit-C1\"")));
    }
}
