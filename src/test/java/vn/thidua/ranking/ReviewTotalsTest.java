package vn.thidua.ranking;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;
import static vn.thidua.ranking.RankingApiTest.INDIVIDUALS;

/**
 * The ranking reads each evaluation's review total, which the database keeps from the scores
 * (migration V4). Scores saved, changed and deleted through the real review path must leave it
 * equal to the evaluation's own total (computed in Java by Scorecard) at every step.
 */
@IntegrationTest
class ReviewTotalsTest {

    static final String EVALUATION = "/api/v1/campaigns/{id}/evaluations/INDIVIDUAL/{subjectId}";

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRankedTotalFollowsEveryReviewSave() throws Exception {
        Org org = fixtures.org();
        Campaign campaign = fixtures.campaign(CampaignStatus.SCORING, org.a().getId(), org.b().getId());
        Map<String, Long> c = fixtures.criteria(campaign);
        Long person = org.mA1().getId();

        long version = review(org, campaign, person, 0, null, score(c.get("C1"), 50), score(c.get("C2"), 30.25));
        assertRanked(org, campaign, 80.25, false);
        version = review(org, campaign, person, version, null, score(c.get("B1"), 4.5), score(c.get("P1"), 0.75));
        assertRanked(org, campaign, 84.00, true);
        version = review(org, campaign, person, version, "Bổ sung minh chứng", score(c.get("P1"), 10));
        assertRanked(org, campaign, 74.75, true);
        review(org, campaign, person, version, "Xem lại", score(c.get("C1"), 0));
        assertRanked(org, campaign, 24.75, true);

        // deleting a score (never done by the application, but the database keeps the total honest)
        jdbc.sql("delete from evaluation_score where criterion_id = :c").param("c", c.get("C2")).update();
        assertRanked(org, campaign, -5.50, false);
    }

    @SafeVarargs
    private long review(Org org, Campaign campaign, Long person, long version, String reason,
                        Map<String, Object>... scores) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("version", version, "scores", List.of(scores)));
        if (reason != null) {
            body.put("reason", reason);
        }
        String json = api.put(org.hA1User(), body, EVALUATION + "/review", campaign.getId(), person)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Json.read(json).get("version").asLong();
    }

    private void assertRanked(Org org, Campaign campaign, double total, boolean complete) throws Exception {
        api.get(org.boardUser(), EVALUATION, campaign.getId(), org.mA1().getId())
                .andExpect(jsonPath("$.total").value(total));
        api.get(org.boardUser(), INDIVIDUALS, campaign.getId())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].total").value(total))
                .andExpect(jsonPath("$.items[0].complete").value(complete));
    }
}
