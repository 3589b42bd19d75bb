package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.organisation.Individual;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCounter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/** Saving a review costs a fixed number of SQL statements, however many criteria are saved at once. */
@IntegrationTest
class EvaluationQueryCountTest {

    static final String URL = EvaluationApiTest.URL;

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    QueryCounter queries;

    @Autowired
    Fixtures people;

    @Autowired
    MockMvc mvc;

    /**
     * One cell of the review grid is one trip: the save and the row the cell answers with. A first
     * score (the evaluation created) and a change of a set score with a reason, each at most 13
     * statements, as many with 12 criteria as with 3.
     */
    @Test
    void savingACellOfTheReviewGridCostsAtMostThirteenStatements() throws Exception {
        int[] three = cellCosts(3);
        int[] twelve = cellCosts(12);
        assertThat(three[0]).as("the counter sees the statements").isPositive();
        assertThat(twelve).as("12 criteria cost what 3 cost").containsExactly(three);
        assertThat(three[0]).as("first score of a person in the grid: %s", firstStatements)
                .isLessThanOrEqualTo(13);
        assertThat(three[1]).as("changing a set score with a reason: %s", queries.lastStatements())
                .isLessThanOrEqualTo(13);
    }

    private java.util.List<String> firstStatements;

    private int[] cellCosts(int criteria) throws Exception {
        Org org = fixtures.org();
        Campaign campaign = fixtures.campaignWith(criteria, CampaignStatus.SCORING);
        Map<String, Long> c = fixtures.criteria(campaign);
        String cell = "/campaigns/" + campaign.getId() + "/review/INDIVIDUAL/" + org.mA1().getId() + "/" + c.get("K1");
        // warm up (first request of a user loads caches)
        api.get(org.hA1User(), URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        // the head signed in once (a session): their account is not read per request
        var head = people.as(org.hA1User());
        int first = queries.count(() -> mvc.perform(put(cell).with(head).with(csrf())
                .param("version", "0").param("points", "7,5")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"7,5\""))));
        firstStatements = queries.lastStatements();
        int change = queries.count(() -> mvc.perform(put(cell).with(head).with(csrf())
                .param("version", "1").param("points", "8").param("reason", "Bổ sung minh chứng"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"8\""))));
        return new int[] {first, change};
    }

    @Test
    void savingAReviewOfTwelveCriteriaCostsWhatThreeCost() throws Exception {
        int[] three = costs(3);
        int[] twelve = costs(12);
        assertThat(three[0]).as("the counter sees the statements").isPositive();
        assertThat(twelve[0]).as("first review of 12 criteria (3 took %d)", three[0]).isEqualTo(three[0]);
        assertThat(twelve[1]).as("changing 12 review scores with a reason (3 took %d)", three[1]).isEqualTo(three[1]);
        assertThat(twelve[1]).as("a bounded number of statements").isLessThanOrEqualTo(20);
    }

    /** Statements of a first review of every criterion, then of changing them all. */
    private int[] costs(int criteria) throws Exception {
        Org org = fixtures.org();
        Campaign campaign = fixtures.campaignWith(criteria, CampaignStatus.SCORING);
        Map<String, Long> c = fixtures.criteria(campaign);
        Long person = org.mA1().getId();
        // warm up (first request of a user loads caches)
        api.get(org.hA1User(), URL, campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk());
        int first = queries.count(() -> api.put(org.hA1User(), Map.of("version", 0, "scores", scores(c, criteria, 5)),
                URL + "/review", campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk()));
        int change = queries.count(() -> api.put(org.hA1User(), Map.of("version", 1, "reason", "Điều chỉnh",
                        "scores", scores(c, criteria, 7)), URL + "/review", campaign.getId(), "INDIVIDUAL", person)
                .andExpect(status().isOk()));
        return new int[] {first, change};
    }

    /**
     * "Take the self-scores" costs a bounded number of statements per row, whatever the number of
     * criteria: one row of 12 criteria costs what one of 3 costs (at most 11), a second row adds at
     * most 8 (a row of 9 cells typed one by one would cost 9 saves of up to 13).
     */
    @Test
    void takingTheSelfScoresCostsABoundedNumberOfStatementsPerRow() throws Exception {
        int[] three = takeSelfCosts(3);
        int[] twelve = takeSelfCosts(12);
        assertThat(three[0]).as("the counter sees the statements").isPositive();
        assertThat(twelve).as("12 criteria cost what 3 cost").containsExactly(three);
        assertThat(three[0]).as("one row").isLessThanOrEqualTo(11);
        // per row: is it the caller's, the subject, the evaluation, the criteria, the scores, the evaluation
        // stamped, the review points and the audit events (one insert for all the row's cells)
        assertThat(three[1] - three[0]).as("a second row (one row took %d, two %d: %s)", three[0], three[1],
                queries.lastStatements()).isLessThanOrEqualTo(8);
    }

    /** Statements of taking the self-scores of one row, then of two rows at once. */
    private int[] takeSelfCosts(int criteria) throws Exception {
        Org org = fixtures.org();
        Campaign campaign = fixtures.campaignWith(criteria, CampaignStatus.IN_PROGRESS);
        Map<String, Long> c = fixtures.criteria(campaign);
        Individual third = people.individual(org.a1().getId(), "Vũ Thị Hoa");
        String thirdUser = people.account(third.getId(), Role.STAFF);
        Map<Long, String> selfAssessing = Map.of(org.mA1().getId(), org.mA1User(), org.hA1().getId(), org.hA1User(),
                third.getId(), thirdUser);
        for (Map.Entry<Long, String> person : selfAssessing.entrySet()) {
            api.put(person.getValue(), Map.of("version", 0, "scores", scores(c, criteria, 5)), URL + "/self",
                    campaign.getId(), "INDIVIDUAL", person.getKey()).andExpect(status().isOk());
        }
        fixtures.advance(campaign, CampaignStatus.SCORING);
        String take = "/campaigns/" + campaign.getId() + "/review/take-self";
        // the head of Vụ A signed in once (a session), caches warm
        var head = people.as(org.hAUser());
        api.get(org.hAUser(), URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        int one = queries.count(() -> mvc.perform(post(take).with(head).with(csrf()).param("subjectType", "INDIVIDUAL")
                        .param("subject", org.mA1().getId() + ":1"))
                .andExpect(flash().attribute("flashSuccess", "Đã lấy điểm tự chấm vào " + criteria + " ô của 1 phiếu.")));
        int two = queries.count(() -> mvc.perform(post(take).with(head).with(csrf()).param("subjectType", "INDIVIDUAL")
                        .param("subjects", org.hA1().getId() + ":1", third.getId() + ":1"))
                .andExpect(flash().attribute("flashSuccess",
                        "Đã lấy điểm tự chấm vào " + (2 * criteria) + " ô của 2 phiếu.")));
        return new int[] {one, two};
    }

    private static List<Map<String, Object>> scores(Map<String, Long> c, int count, int points) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            scores.add(score(c.get("K" + i), points));
        }
        return scores;
    }
}
