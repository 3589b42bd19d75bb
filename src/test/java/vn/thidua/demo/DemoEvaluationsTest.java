package vn.thidua.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo campaign is being scored, with evaluations in every status and every classification. */
@IntegrationTest
class DemoEvaluationsTest {

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.thidua.security.AccountUserDetailsService accounts;

    @Autowired
    DemoEvaluations step;

    @Test
    void theSeedCampaignHasRealisticEvaluations() throws Exception {
        Campaign campaign = campaigns.findByCode(DemoCampaign.CODE).orElseThrow();
        Map<String, Long> byStatus = new HashMap<>();
        jdbc.sql("select status, count(*) from evaluation where campaign_id = :c and subject_type = 'INDIVIDUAL' "
                        + "group by status").param("c", campaign.getId())
                .query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder("OPEN", "SUBMITTED", "REVIEWED", "FINALISED");
        assertThat(byStatus.get("REVIEWED") + byStatus.get("FINALISED")).isGreaterThan(60);
        assertThat(jdbc.sql("select count(*) from evaluation where campaign_id = :c and subject_type = 'COLLECTIVE' "
                + "and status = 'REVIEWED'").param("c", campaign.getId()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("""
                        select count(*) from evaluation_score s join evaluation e on e.id = s.evaluation_id
                        join criterion c on c.id = s.criterion_id
                        where e.campaign_id = :c and c.kind = 'BONUS' and s.review_points > 0""")
                .param("c", campaign.getId()).query(Long.class).single()).isPositive();
        assertThat(step.alreadyLoaded()).isTrue();

        // every classification appears among the reviewed people (totals from the API, as a reader sees them)
        Long head = jdbc.sql("select individual_id from account where username = 'hoidong1'").query(Long.class).single();
        assertThat(head).isNotNull();
        var finalised = jdbc.sql("""
                        select e.subject_id from evaluation e where e.campaign_id = :c and e.subject_type = 'INDIVIDUAL'
                        and e.status = 'FINALISED' order by e.subject_id limit 1""")
                .param("c", campaign.getId()).query(Long.class).single();
        mvc.perform(get("/api/v1/campaigns/{id}/evaluations/INDIVIDUAL/{s}", campaign.getId(), finalised)
                        .with(user(accounts.loadUserByUsername("hoidong1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINALISED"))
                .andExpect(jsonPath("$.complete").value(true));
        Map<String, Long> classes = new HashMap<>();
        jdbc.sql("""
                        select case when t >= 90 then 'EXCELLENT' when t >= 70 then 'GOOD' when t >= 50 then 'PASS'
                                    else 'FAIL' end, count(*)
                        from (select e.id, sum(case when c.kind = 'PENALTY' then -s.review_points else s.review_points end) t
                              from evaluation e join evaluation_score s on s.evaluation_id = e.id
                              join criterion c on c.id = s.criterion_id
                              where e.campaign_id = :c and e.subject_type = 'INDIVIDUAL' and s.review_points is not null
                              group by e.id) totals group by 1""")
                .param("c", campaign.getId()).query((rs, n) -> classes.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(classes.keySet()).containsExactlyInAnyOrder("EXCELLENT", "GOOD", "PASS", "FAIL");

        // what the application itself says: its summary classifies exactly the reviewed people, every
        // class is there, and the counts agree with the sums of the stored review points above
        var summary = Json.read(mvc.perform(get("/api/v1/campaigns/{id}/summary", campaign.getId())
                        .with(user(accounts.loadUserByUsername("hoidong1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var shown = summary.get("subjectsByClassification").get("INDIVIDUAL");
        Map<String, Long> byTheApp = new HashMap<>();
        for (String c : new String[] {"EXCELLENT", "GOOD", "PASS", "FAIL"}) {
            assertThat(shown.get(c).asLong()).as("people the application classifies %s", c).isPositive();
            byTheApp.put(c, shown.get(c).asLong());
        }
        assertThat(byTheApp).isEqualTo(classes);
        assertThat(summary.get("evaluationsByStatus").get("INDIVIDUAL").get("REVIEWED").asLong())
                .isEqualTo(byStatus.get("REVIEWED"));
        assertThat(byTheApp.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(byStatus.get("REVIEWED") + byStatus.get("FINALISED"));
        // the ranking shows the demo's thresholds (90 / 70 / 50) at work: the first is excellent, the last failed
        var ranking = Json.read(mvc.perform(get("/api/v1/campaigns/{id}/rankings/individuals", campaign.getId())
                        .param("size", "500").with(user(accounts.loadUserByUsername("hoidong1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var items = ranking.get("items");
        assertThat(items.size()).isEqualTo(ranking.get("totalItems").asInt())
                .isEqualTo((int) (byStatus.get("REVIEWED") + byStatus.get("FINALISED")));
        var top = items.get(0);
        var bottom = items.get(items.size() - 1);
        assertThat(top.get("rank").asInt()).isEqualTo(1);
        assertThat(top.get("total").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("90"));
        assertThat(top.get("classification").asString()).isEqualTo("EXCELLENT");
        assertThat(bottom.get("total").decimalValue()).isLessThan(new java.math.BigDecimal("50"));
        assertThat(bottom.get("classification").asString()).isEqualTo("FAIL");
        for (var item : items) {
            java.math.BigDecimal total = item.get("total").decimalValue();
            String expected = total.compareTo(new java.math.BigDecimal("90")) >= 0 ? "EXCELLENT"
                    : total.compareTo(new java.math.BigDecimal("70")) >= 0 ? "GOOD"
                    : total.compareTo(new java.math.BigDecimal("50")) >= 0 ? "PASS" : "FAIL";
            assertThat(item.get("classification").asString()).as("%s with %s", item.get("fullName"), total)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aDemoHeadOpensTheGridOfTheirUnit() throws Exception {
        Campaign campaign = campaigns.findByCode(DemoCampaign.CODE).orElseThrow();
        String username = jdbc.sql("select username from account where username like 'truong.%' order by username limit 1")
                .query(String.class).single();
        String html = HtmlUtils.htmlUnescape(mvc.perform(get("/campaigns/{id}/review", campaign.getId())
                        .with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html).contains("id=\"reviewGrid\"").contains("Chấm điểm cá nhân").contains("C8").contains("B1");

        // the head of Vụ Tổng hợp (README: truong.vth, Hoàng Khắc Hiếu, NV0100) gets the seven officers of
        // Vụ Tổng hợp (demo/organisation.csv, NV0101–NV0107), not themself and nobody of another unit
        String grid = mvc.perform(get("/campaigns/{id}/review", campaign.getId())
                        .with(user(accounts.loadUserByUsername("truong.vth"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String rows = Html.element(grid, "reviewGrid");
        List<String> names = Html.ids(rows, "name-").stream().map(id -> Html.text(grid, id)).toList();
        assertThat(names).containsExactlyInAnyOrder("Nguyễn Minh Ngọc", "Huỳnh Tuấn Khánh", "Nguyễn Thanh Hòa",
                "Hồ Khánh Hạnh", "Nguyễn Hải Tâm", "Nguyễn Hải Thủy", "Nguyễn Tiến Việt");
        for (String id : Html.ids(rows, "row-")) {
            assertThat(Html.cells(Html.element(grid, id)).get(1)).as(id).endsWith("Vụ Tổng hợp");
        }
        assertThat(Html.text(grid, "gridCount")).isEqualTo("Tổng số: 7");
    }
}
