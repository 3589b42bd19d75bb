package vn.thidua.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.organisation.Individual;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;
import vn.thidua.support.QueryCounter;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The self-assessment page, the review grid (cells, filter, bulk finalise) and the evaluation page. */
@IntegrationTest
class EvaluationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    Fixtures people;

    @Autowired
    QueryCounter queries;

    Org org;
    Campaign campaign;
    Map<String, Long> c;
    String page;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        campaign = fixtures.campaign(CampaignStatus.IN_PROGRESS, org.a().getId(), org.b().getId());
        c = fixtures.criteria(campaign);
        page = "/campaigns/" + campaign.getId() + "/evaluations/INDIVIDUAL/" + org.mA1().getId();
    }

    @Test
    void staffSelfAssessWithDecimalCommasSeeTheirTotalAndSubmit() throws Exception {
        String html = html(mvc.perform(get("/evaluations").with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"navSelfAssessment\"").doesNotContain("id=\"navReview\"")
                .contains("id=\"selfAssess-" + campaign.getCode() + "\"")
                .doesNotContain("id=\"review-" + campaign.getCode() + "\"");
        html = html(mvc.perform(get(page).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("Phiếu đánh giá: Nguyễn Văn An").contains("id=\"selfForm\"")
                .contains("name=\"points-" + c.get("C1") + "\"").contains("Đang mở");

        mvc.perform(post(page + "/self").with(people.as(org.mA1User())).with(csrf())
                        .param("version", "0")
                        .param("points-" + c.get("C1"), "55,5").param("note-" + c.get("C1"), "Xử lý 40 hồ sơ trực tuyến")
                        .param("points-" + c.get("C2"), "36").param("points-" + c.get("B1"), "2,25")
                        .param("points-" + c.get("P1"), "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flashSuccess", "Đã lưu phần tự đánh giá."));
        html = html(mvc.perform(get(page).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        // 55.5 + 36 + 2.25 − 1 = 92.75
        assertThat(html).contains("id=\"selfTotal\">92,75<").contains("Hoàn thành xuất sắc nhiệm vụ")
                .contains("Xử lý 40 hồ sơ trực tuyến").contains("Tự chấm điểm").contains("C1: — → 55,50 | Xử lý 40 hồ sơ trực tuyến".replace(" → ", "</span> → <span>"));

        mvc.perform(post(page + "/submit").with(people.as(org.mA1User())).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã nộp phần tự đánh giá."));
        html = html(mvc.perform(get(page).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("Đã nộp tự đánh giá").doesNotContain("id=\"selfForm\"");
    }

    @Test
    void pointsOutOfRangeAreShownNextToTheCriterionAndNothingIsSaved() throws Exception {
        String html = html(mvc.perform(post(page + "/self").with(people.as(org.mA1User())).with(csrf())
                        .param("version", "0").param("points-" + c.get("C1"), "61").param("points-" + c.get("C2"), "abc"))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"selfError-C2\"")
                .contains("Tiêu chí C2 “Tiêu chí C2”: “abc” không phải là số điểm; điểm phải là một số trong khoảng 0–40")
                .contains("id=\"selfError-C1\"").contains("Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–60.")
                .contains("value=\"61\"");
        html = html(mvc.perform(post(page + "/self").with(people.as(org.mA1User())).with(csrf())
                        .param("version", "0").param("points-" + c.get("C1"), "61"))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"selfError-C1\"")
                .contains("Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–60.");
        api.get(org.mA1User(), EvaluationApiTest.URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void evidenceIsUploadedFromThePageAndAWrongTypeIsExplained() throws Exception {
        mvc.perform(multipart(page + "/files").file(new MockMultipartFile("file", "../bao-cao.pdf", "application/pdf",
                        "%PDF-1.4 x".getBytes())).param("criterionId", c.get("C1").toString())
                        .with(people.as(org.mA1User())).with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã thêm minh chứng."));
        mvc.perform(multipart(page + "/files").file(new MockMultipartFile("file", "virus.pdf", "application/pdf",
                        "MZ....".getBytes())).with(people.as(org.mA1User())).with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError",
                        "Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp, không theo tên)."));
        mvc.perform(post(page + "/links").param("url", "https://vpcp.gov.vn/tin-tuc").with(people.as(org.mA1User()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        String html = html(mvc.perform(get(page).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(html).contains(">bao-cao.pdf<").contains("href=\"https://vpcp.gov.vn/tin-tuc\"")
                .contains("/api/v1/campaigns/" + campaign.getId() + "/evaluations/INDIVIDUAL/" + org.mA1().getId()
                        + "/evidence/");
        // another unit's head cannot open the page
        mvc.perform(get(page).with(people.as(org.hBUser()))).andExpect(status().isForbidden());
    }

    @Test
    void theHeadsGridListsTheirPeopleWithSelfPointsAndSavesACell() throws Exception {
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 50))),
                EvaluationApiTest.URL + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isOk());
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String grid = "/campaigns/" + campaign.getId() + "/review";
        String html = html(mvc.perform(get(grid).with(people.as(org.hAUser()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"row-" + org.mA1().getId() + "\"").contains("id=\"row-" + org.hA1().getId() + "\"")
                .doesNotContain("id=\"row-" + org.hA().getId() + "\"").doesNotContain("id=\"row-" + org.mB().getId() + "\"")
                .contains("id=\"self-" + org.mA1().getId() + "-" + c.get("C1")
                        + "\">50<");
        // the head of A1 sees their member, not themself
        html = html(mvc.perform(get(grid).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"row-" + org.mA1().getId() + "\"").doesNotContain("id=\"row-" + org.hA1().getId() + "\"");

        String cell = grid + "/INDIVIDUAL/" + org.mA1().getId() + "/" + c.get("C1");
        html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                .param("version", "1").param("points", "52,5")).andExpect(status().isOk()));
        assertThat(html.strip()).startsWith("<td id=\"cell-").contains("value=\"52,5\"")
                .contains("id=\"total-" + org.mA1().getId() + "\"").contains("hx-swap-oob=\"true\"")
                .contains(">52,5<").contains("Đang thẩm định")
                .doesNotContain("Hoàn thành nhiệm vụ").doesNotContain("Đã thẩm định")
                .contains("id=\"version-" + org.mA1().getId() + "\"").contains("value=\"2\"");
        // one criterion of four scored: in review, no classification yet
        assertThat(Html.text(html, "class-" + org.mA1().getId())).isEqualTo("—");

        // out of range: refused in place, nothing saved
        html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                .param("version", "2").param("points", "70")).andExpect(status().isBadRequest()));
        assertThat(html).contains("Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–60.").contains("value=\"70\"");
        // changing a set score without a reason: refused and says so
        html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                .param("version", "2").param("points", "55")).andExpect(status().isBadRequest()));
        assertThat(html).contains("Cần nêu lý do khi thay đổi điểm thẩm định đã chấm (C1).");
        // stale: the cell shows what is stored and who stored it
        mvc.perform(put(grid + "/INDIVIDUAL/" + org.mA1().getId() + "/" + c.get("C2")).with(people.as(org.hAUser()))
                .with(csrf()).param("version", "2").param("points", "30")).andExpect(status().isOk());
        html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                .param("version", "2").param("points", "58").param("reason", "Rà soát lại")).andExpect(status().isConflict()));
        assertThat(html).contains("Trần Văn Hùng vừa lưu phiếu này trước bạn; điểm hiện tại của ô là 52,5.")
                .contains("value=\"52,5\"").contains(">82,5<");
        html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                .param("version", "3").param("points", "58").param("reason", "Rà soát lại")).andExpect(status().isOk()));
        // C1 and C2 of four: 58 + 30 = 88 so far, in review, not classified before B1 and P1 are scored
        assertThat(html).contains(">88<").contains("Đang thẩm định").doesNotContain("Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void aGridCellRefusesWordsAndExponentsInPlaceNamingTheRangeAndSavesNothing() throws Exception {
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String cell = "/campaigns/" + campaign.getId() + "/review/INDIVIDUAL/" + org.mA1().getId() + "/" + c.get("C1");
        for (String typed : List.of("abc", "1e3", "1e1", "12,5,0", "5 điểm")) {
            String html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                    .param("version", "0").param("points", typed)).andExpect(status().isBadRequest()));
            assertThat(html).as(typed).contains("Tiêu chí C1 “Tiêu chí C1”: “" + typed + "” không phải là số điểm; "
                    + "điểm phải là một số trong khoảng 0–60").contains("value=\"" + typed + "\"");
        }
        String html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                .param("version", "0").param("points", "-1")).andExpect(status().isBadRequest()));
        assertThat(html).contains("Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–60.");
        html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf())
                .param("version", "0").param("points", "12,345")).andExpect(status().isBadRequest()));
        assertThat(html).contains("tối đa hai chữ số thập phân").contains("0–60");
        api.get(org.hA1User(), EvaluationApiTest.URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(jsonPath("$.version").value(0)).andExpect(jsonPath("$.status").value("OPEN"));
        // in English too
        html = html(mvc.perform(put(cell).with(people.as(org.hA1User())).with(csrf()).param("lang", "en")
                .param("version", "0").param("points", "abc")).andExpect(status().isBadRequest()));
        assertThat(html).contains("Criterion C1 “Tiêu chí C1”: “abc” is not a number of points; points must be a "
                + "number within 0–60");
    }

    @Test
    void theGridIsFilteredBySubUnitAndClosedToOthers() throws Exception {
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String grid = "/campaigns/" + campaign.getId() + "/review";
        Individual inA = people.individual(org.a().getId(), "Hoàng Văn Cường");
        String html = html(mvc.perform(get(grid).param("unitId", org.a1().getId().toString()).with(people.as(org.hAUser())))
                .andExpect(status().isOk()));
        assertThat(html).contains("id=\"row-" + org.mA1().getId() + "\"").doesNotContain("id=\"row-" + inA.getId() + "\"");
        mvc.perform(get(grid).param("unitId", org.b().getId().toString()).with(people.as(org.hAUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get(grid).with(people.as(org.mA1User()))).andExpect(status().isForbidden());
        mvc.perform(get(grid + "/units").with(people.as(org.hAUser()))).andExpect(status().isForbidden());
        mvc.perform(put(grid + "/INDIVIDUAL/" + org.mB().getId() + "/" + c.get("C1")).with(people.as(org.hAUser()))
                .with(csrf()).param("version", "0").param("points", "1")).andExpect(status().isForbidden());
        // the board's people grid: heads of top-level units only; its units grid: the units
        html = html(mvc.perform(get(grid).with(people.as(org.boardUser()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"row-" + org.hA().getId() + "\"").contains("id=\"row-" + org.hB().getId() + "\"")
                .doesNotContain("id=\"row-" + org.mA1().getId() + "\"");
        html = html(mvc.perform(get(grid + "/units").with(people.as(org.boardUser()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"row-" + org.a().getId() + "\"").contains("id=\"row-" + org.a1().getId() + "\"")
                .contains("id=\"row-" + org.b().getId() + "\"").contains("T1");
    }

    @Test
    void completeRowsAreFinalisedTogetherAndTheBoardReopensWithAReason() throws Exception {
        fixtures.advance(campaign, CampaignStatus.SCORING);
        Individual second = people.individual(org.a1().getId(), "Bùi Thị Mai");
        long v1 = review(org.mA1().getId(), 50, 35, 0, 0);
        long v2 = review(second.getId(), 40, 20, 5, 10);
        String grid = "/campaigns/" + campaign.getId() + "/review";
        String html = html(mvc.perform(get(grid).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"finalise-" + org.mA1().getId() + "\"").contains(">85<").contains(">55<");
        mvc.perform(post(grid + "/finalise").with(people.as(org.hA1User())).with(csrf()).param("subjectType", "INDIVIDUAL")
                        .param("subjects", org.mA1().getId() + ":" + v1, second.getId() + ":" + v2))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã chốt 2 phiếu đánh giá."));
        html = html(mvc.perform(get(page).with(people.as(org.boardUser()))).andExpect(status().isOk()));
        assertThat(html).contains("Đã chốt").contains("id=\"reopenForm\"").contains("Chốt phiếu");
        mvc.perform(post(page + "/reopen").with(people.as(org.boardUser())).with(csrf()).param("version", String.valueOf(v1 + 1)))
                .andExpect(flash().attribute("flashError", "Cần nêu lý do mở lại phiếu đánh giá."));
        mvc.perform(post(page + "/reopen").with(people.as(org.boardUser())).with(csrf())
                        .param("version", String.valueOf(v1 + 1)).param("reason", "Đơn vị đề nghị xem lại C2"))
                .andExpect(flash().attribute("flashSuccess", "Đã mở lại phiếu đánh giá."));
        html = html(mvc.perform(get(page).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("Mở lại phiếu").contains("Đơn vị đề nghị xem lại C2").contains("Đã thẩm định");
        // finalising an already finalised row again is refused (a stale tab gets the stale message)
        mvc.perform(post(grid + "/finalise").with(people.as(org.hA1User())).with(csrf()).param("subjectType", "INDIVIDUAL")
                        .param("subjects", second.getId() + ":" + (v2 + 1)))
                .andExpect(flash().attribute("flashError", containsString("“Đã chốt”")));
        mvc.perform(post(grid + "/finalise").with(people.as(org.hA1User())).with(csrf()).param("subjectType", "INDIVIDUAL")
                        .param("subjects", second.getId() + ":" + v2))
                .andExpect(flash().attribute("flashError", containsString("người khác thay đổi")));
    }

    @Test
    void theGridCostsTheSameNumberOfQueriesForMorePeople() throws Exception {
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String grid = "/campaigns/" + campaign.getId() + "/review";
        review(org.mA1().getId(), 10, 10, 0, 0);
        mvc.perform(get(grid).with(people.as(org.hAUser()))).andExpect(status().isOk());
        int few = queries.count(() -> mvc.perform(get(grid).with(people.as(org.hAUser()))).andExpect(status().isOk()));
        for (int i = 0; i < 15; i++) {
            Individual person = people.individual(org.a1().getId(), "Cán bộ " + i);
            review(person.getId(), 20 + i, 10, 1, 0);
        }
        int many = queries.count(() -> mvc.perform(get(grid).with(people.as(org.hAUser()))).andExpect(status().isOk()));
        assertThat(few).isPositive();
        assertThat(many).as("statements for 17 rows (2 rows took %d)", few).isEqualTo(few);
    }

    @Test
    void aHeadSelfAssessesTheirUnitFromTheHub() throws Exception {
        String html = html(mvc.perform(get("/evaluations").with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"navReview\"").contains("id=\"unitAssess-" + campaign.getCode() + "-"
                + org.a1().getCode() + "\"").contains("Tự đánh giá tập thể: " + org.a1().getName());
        String unitPage = "/campaigns/" + campaign.getId() + "/evaluations/COLLECTIVE/" + org.a1().getId();
        mvc.perform(post(unitPage + "/self").with(people.as(org.hA1User())).with(csrf()).param("version", "0")
                        .param("points-" + c.get("T1"), "88").param("points-" + c.get("B1"), "4,5")
                        .param("points-" + c.get("P1"), "0"))
                .andExpect(flash().attribute("flashSuccess", "Đã lưu phần tự đánh giá."));
        html = html(mvc.perform(get(unitPage).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(html).contains("Tập thể").contains("id=\"selfTotal\">92,5<")
                .contains("Hoàn thành xuất sắc nhiệm vụ").doesNotContain("selfPoints-C1");
        // a member of the unit only reads their own evaluation, not the unit's
        mvc.perform(get(unitPage).with(people.as(org.mA1User()))).andExpect(status().isForbidden());
        mvc.perform(post(unitPage + "/self").with(people.as(org.mA1User())).with(csrf()).param("version", "1")
                .param("points-" + c.get("T1"), "10")).andExpect(status().isForbidden());
    }

    @Test
    void aStaleSelfAssessmentFormComesBackWithTheCurrentValues() throws Exception {
        mvc.perform(post(page + "/self").with(people.as(org.mA1User())).with(csrf()).param("version", "0")
                .param("points-" + c.get("C1"), "40")).andExpect(status().is3xxRedirection());
        String html = html(mvc.perform(post(page + "/self").with(people.as(org.mA1User())).with(csrf())
                        .param("version", "0").param("points-" + c.get("C1"), "45"))
                .andExpect(status().isOk()));
        assertThat(html).contains("Dữ liệu vừa được người khác thay đổi")
                .contains("id=\"selfPoints-C1\" value=\"40\"").doesNotContain("id=\"selfPoints-C1\" value=\"45\"");
    }

    @Test
    void theGridSpeaksEnglishToo() throws Exception {
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String html = html(mvc.perform(get("/campaigns/" + campaign.getId() + "/review").param("lang", "en")
                .with(people.as(org.hAUser()))).andExpect(status().isOk()));
        assertThat(html).contains("Score individuals").contains("Classification").contains("Open")
                .doesNotContain("Chấm điểm cá nhân");

        // in the rows of the people made here: one reviewed (55 + 35 + 3 − 0 = 93, excellent), one not yet
        review(org.mA1().getId(), 55, 35, 3, 0);
        String grid = mvc.perform(get("/campaigns/" + campaign.getId() + "/review").param("lang", "en")
                .with(people.as(org.hAUser()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(grid, "gridTitle")).isEqualTo("Score individuals");
        assertThat(Html.cells(Html.element(grid, "reviewGrid").substring(0, Html.element(grid, "reviewGrid").indexOf("</thead>"))))
                .contains("Individual", "Total", "Classification", "Status");
        String an = Html.element(grid, "row-" + org.mA1().getId());
        assertThat(Html.text(an, "name-" + org.mA1().getId())).isEqualTo("Nguyễn Văn An");
        assertThat(Html.text(an, "total-" + org.mA1().getId())).isEqualTo("93");
        assertThat(Html.text(an, "class-" + org.mA1().getId())).isEqualTo("Excellently completed tasks");
        assertThat(Html.text(an, "evaluationStatus-" + org.mA1().getId())).isEqualTo("Reviewed");
        String lan = Html.element(grid, "row-" + org.hA1().getId());
        assertThat(Html.text(lan, "name-" + org.hA1().getId())).isEqualTo("Lê Thị Lan");
        assertThat(Html.text(lan, "evaluationStatus-" + org.hA1().getId())).isEqualTo("Open");
        assertThat(Html.text(lan, "class-" + org.hA1().getId())).isEqualTo("—");
    }

    @Test
    void theEvaluationPageAndTheHubSpeakEnglishToo() throws Exception {
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 50))),
                EvaluationApiTest.URL + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isOk());
        String html = html(mvc.perform(get(page).param("lang", "en").with(people.as(org.mA1User())))
                .andExpect(status().isOk()));
        assertThat(html).contains("Evaluation: Nguyễn Văn An").contains("Review total").contains("Self-assessed total")
                .contains("Points per criterion").contains("Open").doesNotContain("Phiếu đánh giá")
                .doesNotContain("Tổng điểm").doesNotContain("Minh chứng").doesNotContain("Lịch sử thay đổi");
        html = html(mvc.perform(get("/evaluations").param("lang", "en").with(people.as(org.hA1User())))
                .andExpect(status().isOk()));
        assertThat(html).contains("Self-assessment").doesNotContain("Tự đánh giá")
                .doesNotContain("Chấm điểm cá nhân");
    }

    private long review(Long person, int c1, int c2, int b1, int p1) throws Exception {
        return Json.read(api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), c1),
                        score(c.get("C2"), c2), score(c.get("B1"), b1), score(c.get("P1"), p1))),
                EvaluationApiTest.URL + "/review", campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("version").asLong();
    }

    private static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString()).replaceAll("\\s+", " ");
    }
}
