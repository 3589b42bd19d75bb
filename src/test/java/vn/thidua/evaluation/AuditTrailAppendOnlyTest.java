package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/** Score changes are audited, and the database refuses to update or delete audit rows. */
@IntegrationTest
class AuditTrailAppendOnlyTest {

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditRowsOfAScoreChangeCannotBeUpdatedOrDeleted() throws Exception {
        Org org = fixtures.org();
        Campaign campaign = fixtures.campaign(CampaignStatus.SCORING, org.a().getId());
        Map<String, Long> c = fixtures.criteria(campaign);
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 12))),
                EvaluationApiTest.URL + "/review", campaign.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isOk());
        Long event = jdbc.sql("select id from audit_event where entity = 'EVALUATION' and campaign_id = :c "
                        + "and action = 'REVIEW_SCORED'").param("c", campaign.getId()).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set new_value = 'C1: 60.00' where id = :id")
                .param("id", event).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", event).update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select new_value from audit_event where id = :id").param("id", event)
                .query(String.class).single()).isEqualTo("C1: 12.00");
    }
}
