package vn.thidua.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/**
 * Issue 12, first real use of the grid and the evaluation page: "in review" until every criterion
 * is scored, no classification of half a form, the two hubs, the pledge beside the scores, and
 * "take the self-scores" (one audited change per cell, refusals named).
 * The campaign: C1 (60), C2 (40), B1 (bonus 5), P1 (penalty 10) for individuals.
 */
@IntegrationTest
class ReviewGridFirstUseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    Fixtures people;

    @Autowired
    JdbcClient jdbc;

    Org org;
    Campaign campaign;
    Map<String, Long> c;
    String grid;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        campaign = fixtures.campaign(CampaignStatus.IN_PROGRESS, org.a().getId(), org.b().getId());
        c = fixtures.criteria(campaign);
        grid = "/campaigns/" + campaign.getId() + "/review";
    }

    @Test
    void aPartlyScoredPersonIsInReviewWithNoClassificationAndNoTotalBeforeAnyReviewScore() throws Exception {
        long version = self(org.mA1().getId(), org.mA1User(), 0, Map.of("C1", "50"));
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String id = org.mA1().getId().toString();
        String page = evaluationPage(org.mA1().getId());

        // nothing reviewed: no total "0", no classification
        String html = html(mvc.perform(get(grid).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "total-" + id)).isEqualTo("—");
        assertThat(Html.text(html, "class-" + id)).isEqualTo("—");
        assertThat(Html.text(html, "evaluationStatus-" + id)).isEqualTo("Đang mở");
        html = html(mvc.perform(get(page).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "reviewTotal")).isEqualTo("—");
        assertThat(Html.text(html, "reviewClassification")).isEqualTo("—");

        // two criteria of four reviewed: in review, the total so far, still no classification
        version = review(org.mA1().getId(), version, Map.of("C1", "50", "C2", "30"));
        html = html(mvc.perform(get(grid).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "total-" + id)).isEqualTo("80");
        assertThat(Html.text(html, "class-" + id)).isEqualTo("—");
        assertThat(Html.text(html, "evaluationStatus-" + id)).isEqualTo("Đang thẩm định");
        html = html(mvc.perform(get(page).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "evaluationStatus")).isEqualTo("Đang thẩm định");
        assertThat(Html.text(html, "reviewTotal")).isEqualTo("80");
        assertThat(Html.text(html, "reviewClassification")).isEqualTo("—");

        // every criterion reviewed: 50 + 30 + 0 − 0 = 80, good
        review(org.mA1().getId(), version, Map.of("B1", "0", "P1", "0"));
        html = html(mvc.perform(get(grid).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "class-" + id)).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(Html.text(html, "evaluationStatus-" + id)).isEqualTo("Đã thẩm định");
        html = html(mvc.perform(get(page).param("lang", "en").with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "evaluationStatus")).isEqualTo("Reviewed");
        assertThat(Html.text(html, "reviewClassification")).isEqualTo("Well completed tasks");
    }

    @Test
    void inReviewSpeaksEnglish() throws Exception {
        long version = self(org.mA1().getId(), org.mA1User(), 0, Map.of("C1", "50"));
        fixtures.advance(campaign, CampaignStatus.SCORING);
        review(org.mA1().getId(), version, Map.of("C1", "50"));
        String html = html(mvc.perform(get(grid).param("lang", "en").with(people.as(org.hA1User())))
                .andExpect(status().isOk()));
        assertThat(Html.text(html, "evaluationStatus-" + org.mA1().getId())).isEqualTo("In review");
    }

    @Test
    void aHalfFilledSelfAssessmentHasNoClassification() throws Exception {
        long version = self(org.mA1().getId(), org.mA1User(), 0, Map.of("C1", "20"));
        String page = evaluationPage(org.mA1().getId());
        String html = html(mvc.perform(get(page).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "selfTotal")).isEqualTo("20");
        assertThat(Html.text(html, "selfClassification")).isEqualTo("—");
        assertThat(Html.text(html, "selfIncomplete")).isEqualTo("Chưa tự chấm đủ các tiêu chí: chưa xếp loại.");

        self(org.mA1().getId(), org.mA1User(), version, Map.of("C2", "10", "B1", "0", "P1", "0"));
        html = html(mvc.perform(get(page).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "selfClassification")).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(Html.has(html, "selfIncomplete")).isFalse();
    }

    @Test
    void selfAssessmentAndScoringAreTwoPagesForAHead() throws Exception {
        String code = campaign.getCode();
        String html = html(mvc.perform(get("/evaluations").with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "hubTitle")).isEqualTo("Tự đánh giá");
        assertThat(html).contains("id=\"selfAssess-" + code + "\"")
                .contains("id=\"unitAssess-" + code + "-" + org.a1().getCode() + "\"")
                .doesNotContain("id=\"review-" + code + "\"");
        html = html(mvc.perform(get("/evaluations/review").with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "hubTitle")).isEqualTo("Chấm điểm");
        assertThat(html).contains("id=\"review-" + code + "\"").doesNotContain("id=\"selfAssess-" + code + "\"")
                .doesNotContain("id=\"unitAssess-" + code);
        // the menu's two entries go to the two pages
        assertThat(Html.attribute(html, "navSelfAssessment", "href")).isEqualTo("/evaluations");
        assertThat(Html.attribute(html, "navReview", "href")).isEqualTo("/evaluations/review");
        // a member scores nobody
        html = html(mvc.perform(get("/evaluations/review").param("lang", "en").with(people.as(org.mA1User())))
                .andExpect(status().isOk()));
        assertThat(Html.text(html, "hubTitle")).isEqualTo("Scoring");
        assertThat(Html.text(html, "noReviews")).isEqualTo("You score nobody in the campaigns under way.");
        assertThat(html).doesNotContain("id=\"selfAssess-" + code + "\"");
    }

    @Test
    void theGridAndTheEvaluationPageShowThePledgeAndTheCriteriaTitles() throws Exception {
        long pledge = jdbc.sql("insert into pledge (campaign_id, subject_type, subject_id, status, submitted_at, "
                        + "extra_commitments) values (?, 'INDIVIDUAL', ?, 'APPROVED', now(), 'Không để hồ sơ trễ hạn') returning id")
                .params(campaign.getId(), org.mA1().getId()).query(Long.class).single();
        jdbc.sql("insert into pledge_commitment (pledge_id, criterion_id, text) values (?, ?, 'Xử lý 40 hồ sơ trực tuyến')")
                .params(pledge, c.get("C1")).update();
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String id = org.mA1().getId().toString();

        String html = html(mvc.perform(get(grid).param("unitId", org.a1().getId().toString())
                .with(people.as(org.hAUser()))).andExpect(status().isOk()));
        assertThat(Html.attribute(html, "pledge-" + id, "href")).isEqualTo("/pledges/" + pledge);
        assertThat(Html.has(html, "pledge-" + org.hA1().getId())).as("no pledge, no link").isFalse();
        // each criterion's title in the header, with its maximum
        assertThat(Html.text(html, "columnTitle-C1")).isEqualTo("Tiêu chí C1");
        assertThat(Html.attribute(html, "column-C1", "title")).isEqualTo("C1. Tiêu chí C1 (Tối đa 60 điểm)");
        // the name opens the evaluation page, which comes back to the same place of the grid
        String evaluation = Html.attribute(html, "name-" + id, "href");
        assertThat(evaluation).isEqualTo(evaluationPage(org.mA1().getId()) + "?fromGrid=true&gridUnit=" + org.a1().getId());

        html = html(mvc.perform(get(evaluation).with(people.as(org.hAUser()))).andExpect(status().isOk()));
        assertThat(Html.attribute(html, "openGrid", "href"))
                .isEqualTo(grid + "?unitId=" + org.a1().getId() + "#row-" + id);
        assertThat(Html.text(html, "openGrid")).isEqualTo("Quay lại bảng chấm điểm");
        assertThat(Html.attribute(html, "pledgeLink", "href")).isEqualTo("/pledges/" + pledge);
        assertThat(Html.text(html, "pledgeStatus")).isEqualTo("Đã duyệt");
        assertThat(Html.text(html, "commitment-C1")).isEqualTo("Đăng ký: Xử lý 40 hồ sơ trực tuyến");
        assertThat(Html.text(html, "pledgeExtra")).isEqualTo("Cam kết khác: Không để hồ sơ trễ hạn");
        // the person sees their own pledge beside their self-assessment; someone without one is told so
        html = html(mvc.perform(get(evaluationPage(org.mA1().getId())).with(people.as(org.mA1User()))).andExpect(status().isOk()));
        assertThat(Html.attribute(html, "pledgeLink", "href")).isEqualTo("/pledges/" + pledge);
        html = html(mvc.perform(get(evaluationPage(org.hA1().getId())).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "pledgeNone")).isEqualTo("Chưa có bản đăng ký thi đua trong đợt này.");
    }

    @Test
    void takingTheSelfScoresOfARowReviewsEveryEmptyCellOneAuditedChangeEach() throws Exception {
        Long an = org.mA1().getId();
        long version = self(an, org.mA1User(), 0, Map.of("C1", "50", "C2", "30", "B1", "2"));
        fixtures.advance(campaign, CampaignStatus.SCORING);
        version = review(an, version, Map.of("C2", "25"));
        // the row's button
        mvc.perform(post(grid + "/take-self").with(people.as(org.hA1User())).with(csrf())
                        .param("subjectType", "INDIVIDUAL").param("subject", an + ":" + version))
                .andExpect(redirectedUrl(grid + "#row-" + an))
                .andExpect(flash().attribute("flashSuccess", "Đã lấy điểm tự chấm vào 2 ô của 1 phiếu."));
        // C1 and B1 taken, C2 kept as the head scored it, P1 (no self-score) left empty
        assertThat(reviewPoints(an)).isEqualTo(Map.of("C1", new BigDecimal("50.00"), "C2", new BigDecimal("25.00"),
                "B1", new BigDecimal("2.00")));
        assertThat(events(an, "REVIEW_SCORED")).containsExactlyInAnyOrder("C2: 25.00", "C1: 50.00", "B1: 2.00");
        String html = html(mvc.perform(get(grid).with(people.as(org.hA1User()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "total-" + an)).isEqualTo("77");
        assertThat(Html.text(html, "evaluationStatus-" + an)).isEqualTo("Đang thẩm định");
        assertThat(Html.has(html, "takeSelf-" + an)).as("nothing left to take").isFalse();

        // the version the grid showed is old now: refused, named, nothing changed
        mvc.perform(post(grid + "/take-self").with(people.as(org.hA1User())).with(csrf())
                        .param("subjectType", "INDIVIDUAL").param("subject", an + ":" + version))
                .andExpect(flash().attribute("flashError",
                        "Không lấy được: Nguyễn Văn An (phiếu vừa được người khác thay đổi, hãy tải lại trang)."));
        assertThat(events(an, "REVIEW_SCORED")).hasSize(3);
    }

    @Test
    void aSelfScoreTheReviewRefusesIsNamedAndTheRestOfTheRowIsTaken() throws Exception {
        Long lan = org.hA1().getId();
        long version = self(lan, org.hA1User(), 0, Map.of("C1", "50", "C2", "30"));
        fixtures.advance(campaign, CampaignStatus.SCORING);
        // C1's maximum corrected below the self-score after it was given
        jdbc.sql("update criterion set max_points = 40 where id = ?").param(c.get("C1")).update();
        mvc.perform(post(grid + "/take-self").with(people.as(org.hAUser())).with(csrf())
                        .param("subjectType", "INDIVIDUAL").param("subject", lan + ":" + version))
                .andExpect(flash().attribute("flashSuccess", "Đã lấy điểm tự chấm vào 1 ô của 1 phiếu."))
                .andExpect(flash().attribute("flashError",
                        "Không lấy được: Lê Thị Lan, tiêu chí C1 (Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–40.)."));
        assertThat(reviewPoints(lan)).isEqualTo(Map.of("C2", new BigDecimal("30.00")));
        assertThat(events(lan, "REVIEW_SCORED")).containsExactly("C2: 30.00");
    }

    @Test
    void takingTheSelfScoresOfEveryoneNotYetReviewedLeavesTheReviewedAndTheFinalisedAlone() throws Exception {
        Long an = org.mA1().getId();
        Long lan = org.hA1().getId();
        long anVersion = self(an, org.mA1User(), 0, Map.of("C1", "50", "C2", "30"));
        long lanVersion = self(lan, org.hA1User(), 0, Map.of("C1", "40", "C2", "35", "B1", "1", "P1", "0"));
        fixtures.advance(campaign, CampaignStatus.SCORING);
        anVersion = review(an, anVersion, Map.of("C2", "20"), org.hAUser());

        String html = html(mvc.perform(get(grid).with(people.as(org.hAUser()))).andExpect(status().isOk()));
        assertThat(Html.text(html, "takeSelfAll")).isEqualTo("Lấy điểm tự chấm cho những người chưa thẩm định (1)");
        assertThat(html).contains("name=\"subjects\" class=\"take-self-version\" value=\"" + lan + ":" + lanVersion + "\"")
                .doesNotContain("value=\"" + an + ":" + anVersion + "\" data-subject");
        // the page sent both (say An was reviewed in another tab meanwhile): An, reviewed, is left alone
        mvc.perform(post(grid + "/take-self").with(people.as(org.hAUser())).with(csrf())
                        .param("subjectType", "INDIVIDUAL")
                        .param("subjects", lan + ":" + lanVersion, an + ":" + anVersion))
                .andExpect(redirectedUrl(grid))
                .andExpect(flash().attribute("flashSuccess", "Đã lấy điểm tự chấm vào 4 ô của 1 phiếu."));
        assertThat(reviewPoints(lan)).isEqualTo(Map.of("C1", new BigDecimal("40.00"), "C2", new BigDecimal("35.00"),
                "B1", new BigDecimal("1.00"), "P1", new BigDecimal("0.00")));
        assertThat(reviewPoints(an)).isEqualTo(Map.of("C2", new BigDecimal("20.00")));
        assertThat(events(lan, "REVIEW_SCORED")).hasSize(4);
        assertThat(events(lan, "STATUS_CHANGED")).containsExactly("REVIEWED");
        html = html(mvc.perform(get(grid).with(people.as(org.hAUser()))).andExpect(status().isOk()));
        // 40 + 35 + 1 − 0 = 76: good
        assertThat(Html.text(html, "total-" + lan)).isEqualTo("76");
        assertThat(Html.text(html, "class-" + lan)).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(Html.text(html, "evaluationStatus-" + lan)).isEqualTo("Đã thẩm định");
        assertThat(Html.has(html, "takeSelfAll")).isFalse();

        // finalised: refused and named
        long version = jdbc.sql("select version from evaluation where campaign_id = ? and subject_id = ? "
                + "and subject_type = 'INDIVIDUAL'").params(campaign.getId(), lan).query(Long.class).single();
        mvc.perform(post(grid + "/finalise").with(people.as(org.hAUser())).with(csrf())
                .param("subjectType", "INDIVIDUAL").param("subjects", lan + ":" + version))
                .andExpect(flash().attribute("flashSuccess", "Đã chốt 1 phiếu đánh giá."));
        mvc.perform(post(grid + "/take-self").with(people.as(org.hAUser())).with(csrf())
                        .param("subjectType", "INDIVIDUAL").param("subject", lan + ":" + version))
                .andExpect(flash().attribute("flashError", "Không lấy được: Lê Thị Lan (phiếu đã chốt)."));
    }

    @Test
    void onlyTheReviewerTakesTheSelfScoresAndOnlyWhileReviewIsOpen() throws Exception {
        Long an = org.mA1().getId();
        long version = self(an, org.mA1User(), 0, Map.of("C1", "50"));
        fixtures.advance(campaign, CampaignStatus.SCORING);
        for (String user : List.of(org.hBUser(), org.mA1User())) {
            mvc.perform(post(grid + "/take-self").with(people.as(user)).with(csrf())
                            .param("subjectType", "INDIVIDUAL").param("subject", an + ":" + version))
                    .andExpect(status().isForbidden());
        }
        fixtures.advance(campaign, CampaignStatus.REVIEW);
        mvc.perform(post(grid + "/take-self").with(people.as(org.hA1User())).with(csrf())
                        .param("subjectType", "INDIVIDUAL").param("subject", an + ":" + version))
                .andExpect(flash().attribute("flashError",
                        "Không thể chấm điểm thẩm định khi đợt thi đua đang ở giai đoạn “Xét duyệt”."));
        assertThat(reviewPoints(an)).isEmpty();
    }

    private String evaluationPage(Long person) {
        return "/campaigns/" + campaign.getId() + "/evaluations/INDIVIDUAL/" + person;
    }

    private long self(Long person, String user, long version, Map<String, String> points) throws Exception {
        return Json.read(api.put(user, Map.of("version", version, "scores", scores(points)),
                        EvaluationApiTest.URL + "/self", campaign.getId(), "INDIVIDUAL", person)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("version").asLong();
    }

    private long review(Long person, long version, Map<String, String> points) throws Exception {
        return review(person, version, points, org.hA1User());
    }

    private long review(Long person, long version, Map<String, String> points, String user) throws Exception {
        return Json.read(api.put(user, Map.of("version", version, "scores", scores(points)),
                        EvaluationApiTest.URL + "/review", campaign.getId(), "INDIVIDUAL", person)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("version").asLong();
    }

    private List<Map<String, Object>> scores(Map<String, String> points) {
        return points.entrySet().stream().map(e -> score(c.get(e.getKey()), new BigDecimal(e.getValue()))).toList();
    }

    /** Review points stored, by criterion code. */
    private Map<String, BigDecimal> reviewPoints(Long person) {
        return jdbc.sql("""
                        select cr.code, s.review_points from evaluation_score s
                        join evaluation e on e.id = s.evaluation_id join criterion cr on cr.id = s.criterion_id
                        where e.campaign_id = ? and e.subject_type = 'INDIVIDUAL' and e.subject_id = ?
                          and s.review_points is not null""")
                .params(campaign.getId(), person)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The new values of this person's evaluation's audit events of one action. */
    private List<String> events(Long person, String action) {
        return jdbc.sql("""
                        select a.new_value from audit_event a join evaluation e on e.id = a.entity_id
                        where a.entity = 'EVALUATION' and a.action = ? and e.campaign_id = ?
                          and e.subject_type = 'INDIVIDUAL' and e.subject_id = ? order by a.id""")
                .params(action, campaign.getId(), person).query(String.class).list();
    }

    private static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString()).replaceAll("\\s+", " ");
    }
}
