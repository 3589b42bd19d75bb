package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/**
 * {@code /actuator/prometheus}: for the administrator or a scraper with the deployment's token, with
 * the request, pool and JVM metrics and the domain's own (scores saved, pledges submitted).
 */
@IntegrationTest
class PrometheusMetricsTest {

    private static final String TOKEN = "test-scrape-token-2026"; // application-test.properties
    private static final String EVALUATION = "/api/v1/campaigns/{id}/evaluations/{type}/{subjectId}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures evaluations;

    @Autowired
    vn.thidua.pledge.PledgeFixtures pledgeCampaigns;

    @Autowired
    vn.thidua.campaign.CriterionRepository criteria;

    @Test
    void theAdministratorOrAScraperWithTheTokenReadsTheMetricsAndNobodyElse() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
                .andExpect(status().isUnauthorized());
        Fixtures.Team team = fixtures.team("Vụ Đo lường " + Fixtures.unique(""));
        mvc.perform(get("/actuator/prometheus").with(fixtures.basic(team.headUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(fixtures.basic(fixtures.board()))).andExpect(status().isForbidden());
        // the token opens the metrics only
        mvc.perform(get("/actuator/metrics").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/campaigns").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized());

        String scraped = scrape();
        assertThat(scraped).contains("http_server_requests_seconds_count", "hikaricp_connections_active",
                "jvm_memory_used_bytes", "thidua_scores_saved_total", "thidua_pledges_submitted_total");
        assertThat(mvc.perform(get("/actuator/prometheus").with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("thidua_scores_saved_total");
    }

    @Test
    void savedScoresAreCountedByCriterionAndSide() throws Exception {
        Org org = evaluations.org();
        Campaign campaign = evaluations.campaign(CampaignStatus.IN_PROGRESS, org.a().getId(), org.b().getId());
        Map<String, Long> c = evaluations.criteria(campaign);
        double self = saved("self");
        double review = saved("review");
        // two criteria self-assessed, then one of them changed: three scores saved
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 50), score(c.get("C2"), 30))),
                EVALUATION + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        api.put(org.mA1User(), Map.of("version", 1, "scores", List.of(score(c.get("C1"), 50), score(c.get("C2"), 31))),
                EVALUATION + "/self", campaign.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        evaluations.advance(campaign, CampaignStatus.SCORING);
        // four criteria reviewed at once
        api.put(org.hA1User(), Map.of("version", 2, "scores", List.of(score(c.get("C1"), 52), score(c.get("C2"), 32),
                        score(c.get("B1"), 1), score(c.get("P1"), 0))),
                EVALUATION + "/review", campaign.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
        assertThat(saved("self") - self).isEqualTo(3.0);
        assertThat(saved("review") - review).isEqualTo(4.0);
    }

    @Test
    void aSubmittedPledgeIsCountedOnce() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Cam kết " + Fixtures.unique(""));
        Campaign campaign = pledgeCampaigns.open("Đợt đếm cam kết " + Fixtures.unique(""));
        Long criterion = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId()).get(0).getId();
        double before = counter("thidua_pledges_submitted_total");
        String created = api.post(team.memberUser(), Map.of("subjectType", "INDIVIDUAL",
                        "subjectId", team.member().getId(),
                        "commitments", List.of(Map.of("criterionId", criterion, "text", "Hoàn thành 100% hồ sơ đúng hạn"))),
                "/api/v1/campaigns/{id}/pledges", campaign.getId()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long pledge = Json.read(created).get("id").asLong();
        api.post(team.memberUser(), Map.of("version", 0), "/api/v1/pledges/{id}/submit", pledge)
                .andExpect(status().isOk());
        // a second click is refused and not counted
        api.post(team.memberUser(), Map.of("version", 0), "/api/v1/pledges/{id}/submit", pledge)
                .andExpect(status().isConflict());
        assertThat(counter("thidua_pledges_submitted_total") - before).isEqualTo(1.0);
    }

    private double counter(String name) throws Exception {
        Matcher m = Pattern.compile("^" + name + "(?:\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(scrape());
        assertThat(m.find()).as("%s is published", name).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private double saved(String side) throws Exception {
        Matcher m = Pattern.compile("^thidua_scores_saved_total\\{[^}]*side=\"" + side + "\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(scrape());
        assertThat(m.find()).as("the %s counter is published", side).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
