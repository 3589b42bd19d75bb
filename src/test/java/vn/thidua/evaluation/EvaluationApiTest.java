package vn.thidua.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/** API.md *Evaluations*: the flow, the rules of DESIGN §4 and what a refusal looks like. */
@IntegrationTest
class EvaluationApiTest {

    static final String URL = "/api/v1/campaigns/{id}/evaluations/{type}/{subjectId}";

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures2;

    Org org;
    Campaign campaign;
    Map<String, Long> c;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        campaign = fixtures.campaign(CampaignStatus.IN_PROGRESS, org.a().getId(), org.b().getId());
        c = fixtures.criteria(campaign);
    }

    @Test
    void anUntouchedEvaluationIsOpenWithEmptyPointsAndVersionZeroAndNothingIsWritten() throws Exception {
        api.get(org.mA1User(), URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectType").value("INDIVIDUAL"))
                .andExpect(jsonPath("$.subjectId").value(org.mA1().getId()))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.classification").doesNotExist())
                .andExpect(jsonPath("$.scores.length()").value(4))
                .andExpect(jsonPath("$.scores[0].criterionId").value(c.get("C1")))
                .andExpect(jsonPath("$.scores[0].selfPoints").doesNotExist())
                .andExpect(jsonPath("$.scores[0].reviewPoints").doesNotExist());
        // lower case works too; a unit's evaluation lists the collective criteria
        api.get(org.hAUser(), URL, campaign.getId(), "collective", org.a().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scores[*].code").value(contains("B1", "P1", "T1")));
        assertThat(evaluationCount()).isZero();
    }

    @Test
    void selfAssessSubmitReviewFinaliseAndReopen() throws Exception {
        long campaignId = campaign.getId();
        Long person = org.mA1().getId();
        JsonNode saved = body(api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(
                        selfScore(c.get("C1"), 55, "Hoàn thành 12 hồ sơ"), selfScore(c.get("C2"), 38.5, null),
                        selfScore(c.get("B1"), 2, null), selfScore(c.get("P1"), 0, null))),
                URL + "/self", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.selfTotal").value(95.5))
                .andExpect(jsonPath("$.selfClassification").value("EXCELLENT"))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.scores[0].selfNote").value("Hoàn thành 12 hồ sơ")));
        long version = saved.get("version").asLong();
        assertThat(version).isEqualTo(1);

        version = body(api.post(org.mA1User(), Map.of("version", version), URL + "/submit", campaignId, "INDIVIDUAL",
                person).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))).get("version")
                .asLong();
        api.put(org.mA1User(), Map.of("version", version, "scores", List.of(score(c.get("C1"), 60))),
                        URL + "/self", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Đã nộp tự đánh giá")));

        fixtures.advance(campaign, CampaignStatus.SCORING);
        // the head of the sub-unit reviews; C1 and C2 only: incomplete, but REVIEWED
        JsonNode reviewed = body(api.put(org.hA1User(), Map.of("version", version, "scores", List.of(
                        score(c.get("C1"), 50), score(c.get("C2"), 30.25))),
                URL + "/review", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.total").value(80.25))
                .andExpect(jsonPath("$.classification").value("GOOD"))
                .andExpect(jsonPath("$.complete").value(false)));
        version = reviewed.get("version").asLong();
        api.post(org.hA1User(), Map.of("version", version), URL + "/finalise", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("B1, P1")));

        version = body(api.put(org.hA1User(), Map.of("version", version, "scores", List.of(
                        score(c.get("B1"), 5), score(c.get("P1"), 0.5))),
                URL + "/review", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(84.75))
                .andExpect(jsonPath("$.complete").value(true))).get("version").asLong();

        // changing a set score needs a reason
        api.put(org.hA1User(), Map.of("version", version, "scores", List.of(score(c.get("C1"), 56))),
                        URL + "/review", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("C1")));
        version = body(api.put(org.hA1User(), Map.of("version", version, "reason", "Bổ sung minh chứng hồ sơ trực tuyến",
                        "scores", List.of(score(c.get("C1"), 56))), URL + "/review", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(90.75))
                .andExpect(jsonPath("$.classification").value("EXCELLENT"))).get("version").asLong();

        version = body(api.post(org.hA1User(), Map.of("version", version), URL + "/finalise", campaignId, "INDIVIDUAL",
                person).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINALISED"))).get("version")
                .asLong();
        api.put(org.hA1User(), Map.of("version", version, "reason", "x", "scores", List.of(score(c.get("C1"), 10))),
                        URL + "/review", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Đã chốt")));

        // reopening: the board only, with a reason
        api.post(org.hA1User(), Map.of("version", version, "reason", "Sai sót"), URL + "/reopen", campaignId,
                "INDIVIDUAL", person).andExpect(status().isForbidden());
        api.post(org.boardUser(), Map.of("version", version), URL + "/reopen", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post(org.boardUser(), Map.of("version", version, "reason", "Đơn vị đề nghị xem lại tiêu chí C2"),
                        URL + "/reopen", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.total").value(90.75));

        // every change is in the history, newest first
        JsonNode history = body(api.get(org.mA1User(), URL + "/history", campaignId, "INDIVIDUAL", person)
                .andExpect(status().isOk()));
        List<String> actions = history.valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("REOPENED", "FINALISED", "REVIEW_SCORED", "REVIEW_SCORED",
                "REVIEW_SCORED", "STATUS_CHANGED", "REVIEW_SCORED", "REVIEW_SCORED", "SUBMITTED",
                "SELF_SCORED", "SELF_SCORED", "SELF_SCORED", "SELF_SCORED");
        JsonNode change = history.get(2);
        assertThat(change.get("oldValue").asString()).isEqualTo("C1: 50.00");
        assertThat(change.get("newValue").asString()).isEqualTo("C1: 56.00");
        assertThat(change.get("reason").asString()).isEqualTo("Bổ sung minh chứng hồ sơ trực tuyến");
        assertThat(change.get("actor").asString()).isEqualTo(org.hA1User());
        assertThat(history.get(0).get("reason").asString()).isEqualTo("Đơn vị đề nghị xem lại tiêu chí C2");
        // and in the audit API for the board
        api.get(org.boardUser(), "/api/v1/audit?entity=EVALUATION&entityId=" + saved.get("id").asLong())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(13));
    }

    @Test
    void pointsOutsideTheRangeOrWithThreeDecimalsAreRefusedNamingTheCriterionAndNothingIsSaved() throws Exception {
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 60.5), score(c.get("C2"), -1),
                        score(c.get("B1"), 1.255))), URL + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].points"))
                .andExpect(jsonPath("$.errors[0].message").value("Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–60."))
                .andExpect(jsonPath("$.errors[1].field").value("scores[1].points"))
                .andExpect(jsonPath("$.errors[1].message").value("Tiêu chí C2 “Tiêu chí C2”: điểm phải trong khoảng 0–40."))
                .andExpect(jsonPath("$.errors[2].field").value("scores[2].points"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("hai chữ số thập phân")));
        assertThat(evaluationCount()).isZero();
        // the boundaries themselves are fine
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 60), score(c.get("C2"), 0),
                        score(c.get("B1"), 4.99))), URL + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfTotal").value(64.99));
    }

    @Test
    void pointsThatAreNotNumbersAreRefusedNamingTheCriterionAndTheRange() throws Exception {
        String body = """
                {"version": 0, "scores": [
                  {"criterionId": %d, "points": "abc"},
                  {"criterionId": %d, "points": "1e3"},
                  {"criterionId": %d, "points": true},
                  {"criterionId": %d, "points": 1e3}]}""".formatted(c.get("C1"), c.get("C2"), c.get("B1"), c.get("P1"));
        mvc.perform(put(URL + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                        .with(fixtures2.basic(org.mA1User())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].points"))
                .andExpect(jsonPath("$.errors[0].message").value("Tiêu chí C1 “Tiêu chí C1”: “abc” không phải là số "
                        + "điểm; điểm phải là một số trong khoảng 0–60, tối đa hai chữ số thập phân."))
                .andExpect(jsonPath("$.errors[1].field").value("scores[1].points"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("“1e3” không phải là số điểm")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("0–40")))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("Tiêu chí B1")))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("0–5")))
                .andExpect(jsonPath("$.errors[3].message").value("Tiêu chí P1 “Tiêu chí P1”: điểm phải trong khoảng 0–10."));
        // three decimals name the range too; a review is refused the same way
        fixtures.advance(campaign, CampaignStatus.SCORING);
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 12.345))), URL + "/review",
                        campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].points"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Tiêu chí C1 “Tiêu chí C1”: điểm phải trong khoảng 0–60 và chỉ được có tối đa hai chữ số thập phân."));
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), "abc"))), URL + "/review",
                        campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("0–60")));
        assertThat(evaluationCount()).isZero();
        // a number written as a string of digits is still read
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), "12.5"))), URL + "/review",
                        campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(12.5));
    }

    @Test
    void savingTheSameReviewValueAgainNeedsNoReasonAndWritesNothing() throws Exception {
        fixtures.advance(campaign, CampaignStatus.SCORING);
        Long person = org.mA1().getId();
        long version = body(api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 52.5))),
                URL + "/review", campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk())).get("version")
                .asLong();
        long events = auditEvents();
        // 52.50 is 52.5: no reason asked, no new version, no audit event
        api.put(org.hA1User(), Map.of("version", version, "scores", List.of(score(c.get("C1"), "52.50"))),
                        URL + "/review", campaign.getId(), "INDIVIDUAL", person)
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version));
        String cell = "/campaigns/" + campaign.getId() + "/review/INDIVIDUAL/" + person + "/" + c.get("C1");
        mvc.perform(put(cell).with(fixtures2.as(org.hA1User()))
                        .with(csrf())
                        .param("version", String.valueOf(version)).param("points", "52,50"))
                .andExpect(status().isOk());
        assertThat(auditEvents()).isEqualTo(events);
        // a different value does need one, and then both values and the reason are audited
        api.put(org.hA1User(), Map.of("version", version, "scores", List.of(score(c.get("C1"), 53))),
                URL + "/review", campaign.getId(), "INDIVIDUAL", person).andExpect(status().isBadRequest());
        assertThat(auditEvents()).isEqualTo(events);
        api.put(org.hA1User(), Map.of("version", version, "reason", "Rà soát", "scores", List.of(score(c.get("C1"), 53))),
                URL + "/review", campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk());
        JsonNode last = body(api.get(org.hA1User(), URL + "/history", campaign.getId(), "INDIVIDUAL", person)).get(0);
        assertThat(last.get("oldValue").asString()).isEqualTo("C1: 52.50");
        assertThat(last.get("newValue").asString()).isEqualTo("C1: 53.00");
        assertThat(last.get("reason").asString()).isEqualTo("Rà soát");
        assertThat(last.get("actor").asString()).isEqualTo(org.hA1User());
    }

    @Test
    void unknownOrInapplicableCriteriaAreRefused() throws Exception {
        Campaign other = fixtures.campaign(CampaignStatus.IN_PROGRESS);
        Long foreign = fixtures.criteria(other).get("C1");
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(foreign, 1), score(c.get("T1"), 5))),
                        URL + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scores[0].criterionId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("không thuộc đợt thi đua này")))
                .andExpect(jsonPath("$.errors[1].field").value("scores[1].criterionId"))
                .andExpect(jsonPath("$.errors[1].message").value("Tiêu chí T1 không áp dụng cho cá nhân."));
        assertThat(evaluationCount()).isZero();
    }

    @Test
    void englishCallersReadEnglish() throws Exception {
        mvc.perform(put(URL + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                        .with(fixtures2.basic(org.mA1User())).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("version", 0, "scores", List.of(score(c.get("C2"), 41))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Criterion C2 “Tiêu chí C2”: points must be within 0–40."));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsSaved() throws Exception {
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 10))), URL + "/self",
                campaign.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 20))), URL + "/self",
                        campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("phiên bản hiện tại: 1")));
        api.get(org.mA1User(), URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(jsonPath("$.scores[0].selfPoints").value(10.0))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void theCampaignStatusDecidesWhatIsAllowedAndTheMessageNamesIt() throws Exception {
        Campaign registration = fixtures.campaign(CampaignStatus.REGISTRATION, org.a().getId());
        Map<String, Long> rc = fixtures.criteria(registration);
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(rc.get("C1"), 10))), URL + "/self",
                        registration.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("“Đăng ký thi đua”")));
        // review of people only in SCORING
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 10))), URL + "/review",
                        campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("“Đang triển khai”")));
        // the board scores units in REVIEW too, but nobody self-assesses or reviews people then
        Campaign review = fixtures.campaign(CampaignStatus.REVIEW, org.a().getId());
        Map<String, Long> vc = fixtures.criteria(review);
        api.put(org.boardUser(), Map.of("version", 0, "scores", List.of(score(vc.get("T1"), 80))), URL + "/review",
                review.getId(), "COLLECTIVE", org.a().getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(80));
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(vc.get("C1"), 10))), URL + "/review",
                        review.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("“Xét duyệt”")));
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(vc.get("C1"), 10))), URL + "/self",
                        review.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isConflict());
        // nothing at all once CLOSED
        Campaign closed = fixtures.advance(review, CampaignStatus.CLOSED);
        api.put(org.boardUser(), Map.of("version", 1, "scores", List.of(score(vc.get("T1"), 81))), URL + "/review",
                        closed.getId(), "COLLECTIVE", org.a().getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("“Đã kết thúc”")));
        api.post(org.boardUser(), Map.of("version", 1), URL + "/finalise", closed.getId(), "COLLECTIVE",
                org.a().getId()).andExpect(status().isConflict());
        api.get(org.boardUser(), URL, closed.getId(), "COLLECTIVE", org.a().getId())
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(80));
    }

    @Test
    void unknownCampaignOrSubjectIs404AndABadSubjectTypeIs400() throws Exception {
        api.get(org.adminUser(), URL, 999_999_999L, "INDIVIDUAL", org.mA1().getId()).andExpect(status().isNotFound());
        api.get(org.adminUser(), URL, campaign.getId(), "INDIVIDUAL", 999_999_999L).andExpect(status().isNotFound());
        api.get(org.adminUser(), URL, campaign.getId(), "COLLECTIVE", 999_999_999L).andExpect(status().isNotFound());
        api.get(org.adminUser(), URL, campaign.getId(), "PERSON", org.mA1().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectType"));
    }

    @Test
    void aSubjectOutsideTheParticipatingUnitsIsRefused() throws Exception {
        Campaign onlyB = fixtures.campaign(CampaignStatus.IN_PROGRESS, org.b().getId());
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(fixtures.criteria(onlyB).get("C1"), 1))),
                        URL + "/self", onlyB.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("không thuộc các đơn vị tham gia")));
    }

    @Test
    void theSelfAssessmentIsSubmittedOnlyWhenEveryCriterionHasPoints() throws Exception {
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 10))), URL + "/self",
                campaign.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        api.post(org.mA1User(), Map.of("version", 1), URL + "/submit", campaign.getId(), "INDIVIDUAL",
                        org.mA1().getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Chưa tự chấm các tiêu chí: C2, B1, P1."));
    }

    @Test
    void theHeadSelfAssessesTheUnitAndTheBoardReviewsIt() throws Exception {
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("T1"), 92), score(c.get("B1"), 3),
                        score(c.get("P1"), 0))), URL + "/self", campaign.getId(), "COLLECTIVE", org.a1().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfTotal").value(95));
        fixtures.advance(campaign, CampaignStatus.SCORING);
        api.put(org.boardUser(), Map.of("version", 1, "scores", List.of(score(c.get("T1"), 85), score(c.get("B1"), 0),
                        score(c.get("P1"), 1.5))), URL + "/review", campaign.getId(), "COLLECTIVE", org.a1().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(83.5))
                .andExpect(jsonPath("$.classification").value("GOOD"))
                .andExpect(jsonPath("$.complete").value(true));
    }

    @Test
    void theDatabaseRefusesPointsAboveTheMaximumEvenWithoutTheService() {

        Long evaluation = jdbc.sql("""
                        insert into evaluation (campaign_id, subject_type, subject_id) values (:c, 'INDIVIDUAL', :s)
                        returning id""")
                .param("c", campaign.getId()).param("s", org.mB().getId()).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into evaluation_score (evaluation_id, criterion_id, max_points, review_points)
                        values (:e, :c, 999, 60.01)""")
                        .param("e", evaluation).param("c", c.get("C1")).update())
                .hasMessageContaining("ck_evaluation_score_review_points");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into evaluation_score (evaluation_id, criterion_id, max_points, self_points)
                        values (:e, :c, 0, -0.01)""")
                        .param("e", evaluation).param("c", c.get("C1")).update())
                .hasMessageContaining("ck_evaluation_score_self_points");
        // a third decimal is refused, not rounded away
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into evaluation_score (evaluation_id, criterion_id, max_points, review_points)
                        values (:e, :c, 0, 12.345)""")
                        .param("e", evaluation).param("c", c.get("C1")).update())
                .hasMessageContaining("ck_evaluation_score_review_points");
        jdbc.sql("""
                        insert into evaluation_score (evaluation_id, criterion_id, max_points, review_points)
                        values (:e, :c, 0, 12.34)""").param("e", evaluation).param("c", c.get("C1")).update();
        assertThat(jdbc.sql("select review_points from evaluation_score where evaluation_id = :e")
                .param("e", evaluation).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("12.34");
    }

    @Test
    void theEvaluationEndpointsAreInTheOpenApiDocument() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/v1/campaigns/{id}/evaluations/{subjectType}/{subjectId}/review")
                .contains("/api/v1/campaigns/{id}/evaluations/{subjectType}/{subjectId}/evidence/{evidenceId}");
        // what a missing classification means, and that points are numbers
        JsonNode schemas = Json.read(docs).get("components").get("schemas");
        assertThat(schemas.get("EvaluationResponse").get("properties").get("classification").get("description")
                .asString()).contains("null while no criterion has review points");
        assertThat(schemas.get("ScoreRequest").get("properties").get("points").get("type").asString())
                .isEqualTo("number");
    }

    private long auditEvents() {
        return jdbc.sql("select count(*) from audit_event where entity = 'EVALUATION' and campaign_id = :c")
                .param("c", campaign.getId()).query(Long.class).single();
    }

    private long evaluationCount() {
        return jdbc.sql("select count(*) from evaluation where campaign_id = :c").param("c", campaign.getId())
                .query(Long.class).single();
    }

    private static Map<String, Object> selfScore(Long criterionId, Object points, String note) {
        Map<String, Object> score = new HashMap<>(score(criterionId, points));
        score.put("note", note);
        return score;
    }

    private static JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }
}
