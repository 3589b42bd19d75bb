package vn.thidua.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.support.IntegrationTest;

import java.util.HashMap;
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
    }
}
