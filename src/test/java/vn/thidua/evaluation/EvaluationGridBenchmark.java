package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long the review grid takes for 200 people × 12 criteria: loading the whole page, and saving
 * one cell (htmx PUT, answered with the cell, total, classification and version). In process
 * (MockMvc, real PostgreSQL, real templates), so network time is not included. Prints p50/p95.
 * Run: ./mvnw -Pbenchmark test -Dtest=EvaluationGridBenchmark
 */
@IntegrationTest
class EvaluationGridBenchmark {

    private static final int PEOPLE = 200;
    private static final int CRITERIA = 12;
    private static final int WARM_UP = 10;
    private static final int RUNS = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Autowired
    CriterionRepository criteria;

    @Autowired
    EvaluationScores scores;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void gridOf200PeopleAnd12Criteria() throws Exception {
        Unit unit = fixtures.unit("Cục Đo thời gian");
        Individual head = fixtures.individual(unit.getId(), "Trưởng Cục Đo");
        fixtures.head(unit, head);
        String headUser = fixtures.account(head.getId(), Role.STAFF);
        Campaign campaign = campaigns.draft("Đợt đo thời gian " + Fixtures.unique(""), unit.getId());
        for (int i = 1; i <= CRITERIA; i++) {
            campaigns.criterion(campaign, "K" + i, i == CRITERIA ? CriterionKind.BONUS : CriterionKind.STANDARD,
                    i == CRITERIA ? "5" : "9", AppliesTo.BOTH);
        }
        campaign = campaigns.advance(campaign, CampaignStatus.SCORING);
        List<Criterion> columns = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId());
        List<Long> people = new ArrayList<>();
        List<Long> evaluations = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            Long person = fixtures.individual(unit.getId(), "Cán bộ " + (1000 + p)).getId();
            people.add(person);
            Long evaluation = jdbc.sql("""
                            insert into evaluation (campaign_id, subject_type, subject_id, status, version)
                            values (:c, 'INDIVIDUAL', :s, 'REVIEWED', 0) returning id""")
                    .param("c", campaign.getId()).param("s", person).query(Long.class).single();
            evaluations.add(evaluation);
            List<EvaluationScores.Points> self = new ArrayList<>();
            List<EvaluationScores.Points> review = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                self.add(new EvaluationScores.Points(columns.get(k).getId(), BigDecimal.valueOf((p + k) % 5 + (k == columns.size() - 1 ? 0 : 4)), null));
                if (k < columns.size() - 1 || p % 3 == 0) {
                    review.add(new EvaluationScores.Points(columns.get(k).getId(), BigDecimal.valueOf((p * 7 + k) % 5 + (k == columns.size() - 1 ? 0 : 4)),
                            null));
                }
            }
            scores.saveSelf(evaluation, self);
            scores.saveReview(evaluation, review);
        }
        String grid = "/campaigns/" + campaign.getId() + "/review";
        byte[] page = mvc.perform(get(grid).with(fixtures.as(headUser))).andReturn().getResponse()
                .getContentAsByteArray();
        int bytes = page.length;
        java.nio.file.Files.write(java.nio.file.Path.of("target", "review-grid-200x12.html"), page);
        long[] load = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            mvc.perform(get(grid).with(fixtures.as(headUser))).andExpect(status().isOk());
            if (i >= 0) {
                load[i] = System.nanoTime() - start;
            }
        }
        long[] save = new long[RUNS];
        long[] versions = new long[PEOPLE];
        for (int i = -WARM_UP; i < RUNS; i++) {
            int p = (i + WARM_UP) % PEOPLE;
            Criterion column = columns.get((i + WARM_UP) % (columns.size() - 1));
            long start = System.nanoTime();
            mvc.perform(put(grid + "/INDIVIDUAL/" + people.get(p) + "/" + column.getId())
                            .with(fixtures.as(headUser)).with(csrf())
                            .param("version", String.valueOf(versions[p])).param("points", "8,5")
                            .param("reason", "Đo thời gian"))
                    .andExpect(status().isOk());
            versions[p]++;
            if (i >= 0) {
                save[i] = System.nanoTime() - start;
            }
        }
        System.out.printf("%nEvaluationGridBenchmark (%d people x %d criteria, %d runs each, in process):%n",
                PEOPLE, CRITERIA, RUNS);
        System.out.printf("  load the grid : p50 %6.1f ms   p95 %6.1f ms   (%d kB of HTML)%n", percentile(load, 50),
                percentile(load, 95), bytes / 1024);
        System.out.printf("  save one cell : p50 %6.1f ms   p95 %6.1f ms%n%n", percentile(save, 50), percentile(save, 95));
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
