package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/** Two reviewers (or two tabs) save the same evaluation from the same version: one wins, never silently both. */
@IntegrationTest
class EvaluationConcurrencyTest {

    static final String URL = EvaluationApiTest.URL;

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Test
    void twoHeadsReviewingTheSameCellFromTheSameVersion() throws Exception {
        for (int round = 0; round < 10; round++) {
            race("C1", "C1");
        }
    }

    @Test
    void twoHeadsReviewingDifferentCellsOfTheSameRowFromTheSameVersion() throws Exception {
        for (int round = 0; round < 10; round++) {
            race("C1", "C2");
        }
    }

    private void race(String firstCell, String secondCell) throws Exception {
        Org org = fixtures.org();
        Campaign campaign = fixtures.campaign(CampaignStatus.SCORING, org.a().getId());
        Map<String, Long> c = fixtures.criteria(campaign);
        Long person = org.mA1().getId();
        // the evaluation exists (version 1) before the race
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("B1"), 1))), URL + "/review",
                campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        String[] users = {org.hA1User(), org.hAUser()};
        String[] cells = {firstCell, secondCell};
        int[] points = {11, 22};
        for (int i = 0; i < 2; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                start.await();
                return api.put(users[n], Map.of("version", 1, "scores", List.of(score(c.get(cells[n]), points[n]))),
                        URL + "/review", campaign.getId(), "INDIVIDUAL", person).andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        int first = results.get(0).get();
        int second = results.get(1).get();
        pool.shutdown();
        assertThat(List.of(first, second)).containsExactlyInAnyOrder(200, 409);
        int winner = first == 200 ? 0 : 1;
        var stored = Json.read(api.get(org.adminUser(), URL, campaign.getId(), "INDIVIDUAL", person).andReturn()
                .getResponse().getContentAsString());
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        for (var score : stored.get("scores")) {
            String code = score.get("code").asString();
            if (code.equals(cells[winner])) {
                assertThat(score.get("reviewPoints").decimalValue()).isEqualByComparingTo(String.valueOf(points[winner]));
            } else if (code.equals(cells[1 - winner])) {
                assertThat(score.get("reviewPoints").isNull()).as("the loser's %s is not saved", code).isTrue();
            }
        }
    }
}
