package vn.thidua.ranking;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.Individual;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.IntegrationTest;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ranking.RankingApiTest.INDIVIDUALS;
import static vn.thidua.ranking.RankingApiTest.UNITS;

/** A closed campaign's ranking is published as it stood when it closed (DESIGN §4). */
@IntegrationTest
class RankingSnapshotTest {

    @Autowired
    RankingFixtures fixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void renamingAndMovingPeopleAfterClosingChangesNothingPublished() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.CLOSED);
        Individual an = r.person("Nguyễn Văn An");
        Individual hai = r.person("Vũ Văn Hải");
        update(r, an, "Nguyễn Văn Bê", an.getUnitId());
        update(r, hai, hai.getFullName(), r.x().getId());
        jdbc.sql("update unit set name = 'Vụ đổi tên' where id = :id").param("id", r.y().getId()).update();
        // a late score change straight in the database (bypassing the CLOSED guard) is not published either
        jdbc.sql("""
                update evaluation_score set review_points = 0 where evaluation_id =
                    (select id from evaluation where campaign_id = :c and subject_type = 'INDIVIDUAL' and subject_id = :s)""")
                .param("c", r.campaign().getId()).param("s", r.person("Ngô Thị Lan").getId()).update();

        api.get(r.board(), INDIVIDUALS, r.campaign().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Văn An", "Ngô Thị Lan",
                        "Âu Thị Ánh", "Bùi Văn Cường", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh",
                        "Lê Văn Dũng", "Vũ Văn Hải")))
                .andExpect(jsonPath("$.items[*].total").value(contains(93.0, 90.0, 83.0, 83.0, 70.0, 65.0, 65.0, 50.0,
                        45.0, -5.0)))
                .andExpect(jsonPath("$.items[*].classification").value(contains("EXCELLENT", "EXCELLENT", "GOOD",
                        "GOOD", "GOOD", "PASS", "PASS", "PASS", "FAIL", "FAIL")))
                .andExpect(jsonPath("$.items[9].unitId").value(r.y().getId()))
                .andExpect(jsonPath("$.items[9].unitName").value(r.y().getName()));
        // the unit filter follows the tree as it was: Hải is still in Y, not in X
        api.get(r.board(), INDIVIDUALS + "?unitId=" + r.x().getId(), r.campaign().getId())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Văn An", "Ngô Thị Lan",
                        "Bùi Văn Cường", "Lê Văn Dũng")));
        api.get(r.board(), UNITS, r.campaign().getId())
                .andExpect(jsonPath("$[*].name").value(contains(r.x1().getName(), r.x().getName(), r.y().getName())))
                .andExpect(jsonPath("$[*].members").value(contains(2, 6, 6)));
        api.get(r.board(), "/api/v1/campaigns/{id}/summary", r.campaign().getId())
                .andExpect(jsonPath("$.frozen").value(true))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.EXCELLENT").value(2))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.GOOD").value(3))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.PASS").value(3))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.FAIL").value(2));
    }

    @Test
    void theSnapshotIsWrittenOnceAndTheDatabaseRefusesToChangeIt() {
        Ranked r = fixtures.ranked(CampaignStatus.CLOSED);
        Map<String, Object> counts = new HashMap<>(jdbc.sql("""
                        select count(*) filter (where subject_type = 'INDIVIDUAL') as people,
                               count(*) filter (where subject_type = 'INDIVIDUAL' and rank is not null) as ranked,
                               count(*) filter (where subject_type = 'COLLECTIVE') as units
                        from ranking_snapshot where campaign_id = :c""")
                .param("c", r.campaign().getId()).query().singleRow());
        // all twelve people of X, X1 and Y take part, ten are ranked; units X, X1, Y
        assertThat(counts).containsEntry("people", 12L).containsEntry("ranked", 10L).containsEntry("units", 3L);
        assertThatThrownBy(() -> jdbc.sql("update ranking_snapshot set total = 100 where campaign_id = :c")
                .param("c", r.campaign().getId()).update()).hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.sql("delete from ranking_snapshot where campaign_id = :c")
                .param("c", r.campaign().getId()).update()).hasMessageContaining("frozen");
    }

    @Test
    void beforeClosingTheRankingIsLiveAndNothingIsFrozen() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        update(r, r.person("Nguyễn Văn An"), "Nguyễn Văn Bê", r.x().getId());
        api.get(r.board(), INDIVIDUALS, r.campaign().getId())
                .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Văn Bê"));
        assertThat(jdbc.sql("select count(*) from ranking_snapshot where campaign_id = :c")
                .param("c", r.campaign().getId()).query(Long.class).single()).isZero();
    }

    private void update(Ranked r, Individual person, String fullName, Long unitId) throws Exception {
        long version = jdbc.sql("select version from individual where id = :id").param("id", person.getId())
                .query(Long.class).single();
        Map<String, Object> body = new HashMap<>();
        body.put("code", person.getCode());
        body.put("fullName", fullName);
        body.put("unitId", unitId);
        body.put("position", person.getPosition());
        body.put("version", version);
        api.put(r.admin(), body, "/api/v1/individuals/{id}", person.getId()).andExpect(status().isOk());
    }
}
