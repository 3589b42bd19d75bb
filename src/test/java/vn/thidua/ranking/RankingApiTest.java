package vn.thidua.ranking;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.IntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md *Rankings* on the hand-computed campaign of {@link RankingFixtures} (DESIGN §4, exactly). */
@IntegrationTest
class RankingApiTest {

    static final String INDIVIDUALS = "/api/v1/campaigns/{id}/rankings/individuals";
    static final String UNITS = "/api/v1/campaigns/{id}/rankings/units";

    @Autowired
    RankingFixtures fixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    JdbcClient jdbc;

    Ranked r;

    @BeforeEach
    void setUp() {
        r = fixtures.ranked(CampaignStatus.SCORING);
    }

    @Test
    void individualsAreRankedByTotalWithSharedRanksAndVietnameseOrderWithinTies() throws Exception {
        api.get(r.board(), INDIVIDUALS, r.campaign().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(10))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Văn An", "Ngô Thị Lan",
                        "Âu Thị Ánh", "Bùi Văn Cường", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh",
                        "Lê Văn Dũng", "Vũ Văn Hải")))
                .andExpect(jsonPath("$.items[*].rank").value(contains(1, 2, 3, 3, 5, 6, 6, 8, 9, 10)))
                .andExpect(jsonPath("$.items[*].unitRank").value(contains(1, 1, 1, 2, 2, 3, 3, 5, 2, 6)))
                .andExpect(jsonPath("$.items[*].total").value(contains(93.0, 90.0, 83.0, 83.0, 70.0, 65.0, 65.0, 50.0,
                        45.0, -5.0)))
                // 90.00, 70.00 and 50.00 are exactly on the default thresholds: the higher class
                .andExpect(jsonPath("$.items[*].classification").value(contains("EXCELLENT", "EXCELLENT", "GOOD",
                        "GOOD", "GOOD", "PASS", "PASS", "PASS", "FAIL", "FAIL")))
                .andExpect(jsonPath("$.items[1].classification").value("EXCELLENT"))
                .andExpect(jsonPath("$.items[4].fullName").value("Kiều Văn Phong"))
                .andExpect(jsonPath("$.items[4].classification").value("GOOD"))
                .andExpect(jsonPath("$.items[7].fullName").value("Mai Thị Oanh"))
                .andExpect(jsonPath("$.items[7].classification").value("PASS"))
                .andExpect(jsonPath("$.items[*].final").value(contains(true, false, false, false, false, false,
                        false, false, false, false)))
                .andExpect(jsonPath("$.items[8].complete").value(false))
                .andExpect(jsonPath("$.items[4].complete").value(true))
                .andExpect(jsonPath("$.items[7].complete").value(true))
                .andExpect(jsonPath("$.items[0].complete").value(true))
                .andExpect(jsonPath("$.items[0].individualId").value(r.person("Nguyễn Văn An").getId()))
                .andExpect(jsonPath("$.items[0].code").value(r.person("Nguyễn Văn An").getCode()))
                .andExpect(jsonPath("$.items[0].unitId").value(r.x().getId()))
                .andExpect(jsonPath("$.items[0].unitName").value(r.x().getName()))
                .andExpect(jsonPath("$.items[1].unitId").value(r.x1().getId()));
    }

    @Test
    void aUnitFilterKeepsTheUnitAndItsSubUnitsWithTheirOverallRanks() throws Exception {
        api.get(r.board(), INDIVIDUALS + "?unitId=" + r.x().getId(), r.campaign().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Văn An", "Ngô Thị Lan",
                        "Bùi Văn Cường", "Lê Văn Dũng")))
                .andExpect(jsonPath("$.items[*].rank").value(contains(1, 2, 3, 9)));
        api.get(r.board(), INDIVIDUALS + "?classification=GOOD", r.campaign().getId())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Âu Thị Ánh", "Bùi Văn Cường",
                        "Kiều Văn Phong")));
        api.get(r.board(), INDIVIDUALS + "?classification=PASS", r.campaign().getId())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Đỗ Văn Khánh", "Trần Thị Hoa",
                        "Mai Thị Oanh")));
    }

    @Test
    void pagesCutTheSameOrderAndCountEveryMatch() throws Exception {
        api.get(r.board(), INDIVIDUALS + "?page=1&size=3", r.campaign().getId())
                .andExpect(jsonPath("$.totalItems").value(10))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Bùi Văn Cường", "Kiều Văn Phong",
                        "Đỗ Văn Khánh")));
        api.get(r.board(), INDIVIDUALS + "?page=5&size=3", r.campaign().getId())
                .andExpect(jsonPath("$.totalItems").value(10))
                .andExpect(jsonPath("$.items.length()").value(0));
        api.get(r.board(), INDIVIDUALS + "?size=501", r.campaign().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void onlyAllowListedColumnsSortAndAnythingElseIsRefusedNamingTheField() throws Exception {
        api.get(r.board(), INDIVIDUALS + "?sort=name", r.campaign().getId())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Âu Thị Ánh", "Bùi Văn Cường",
                        "Đỗ Văn Khánh", "Kiều Văn Phong", "Lê Văn Dũng", "Mai Thị Oanh", "Ngô Thị Lan", "Nguyễn Văn An",
                        "Trần Thị Hoa", "Vũ Văn Hải")));
        api.get(r.board(), INDIVIDUALS + "?sort=total,asc", r.campaign().getId())
                .andExpect(jsonPath("$.items[0].fullName").value("Vũ Văn Hải"))
                .andExpect(jsonPath("$.items[0].rank").value(10));
        for (String sort : new String[] {"full_name", "name;drop table evaluation", "rank desc", "name,sideways",
                "(select 1)", "name,desc,asc", "s.total"}) {
            api.get(r.board(), INDIVIDUALS + "?sort={sort}", r.campaign().getId(), sort)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("sort"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("rank, unitRank, total, name, code, unit")));
        }
        api.get(r.board(), INDIVIDUALS + "?classification=BEST", r.campaign().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("classification"));
        api.get(r.board(), INDIVIDUALS, r.campaign().getId()).andExpect(jsonPath("$.totalItems").value(10));
    }

    @Test
    void unitsAreRankedByTheirOwnEvaluationWithTheirMembers() throws Exception {
        api.get(r.board(), UNITS, r.campaign().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].unitId").value(contains(r.x1().getId().intValue(), r.x().getId().intValue(),
                        r.y().getId().intValue())))
                .andExpect(jsonPath("$[*].rank").value(contains(1, 2, 2)))
                .andExpect(jsonPath("$[*].total").value(contains(90.0, 85.0, 85.0)))
                .andExpect(jsonPath("$[*].classification").value(contains("EXCELLENT", "GOOD", "GOOD")))
                .andExpect(jsonPath("$[*].final").value(contains(false, true, false)))
                .andExpect(jsonPath("$[*].members").value(contains(2, 6, 6)))
                .andExpect(jsonPath("$[*].membersScored").value(contains(2, 4, 6)))
                .andExpect(jsonPath("$[1].code").value(r.x().getCode()))
                .andExpect(jsonPath("$[1].name").value(r.x().getName()));
    }

    @Test
    void theSummaryCountsPledgesEvaluationsAndClassificationsOfEveryoneTakingPart() throws Exception {
        for (String[] pledge : new String[][] {{"Phạm Văn Em", "SUBMITTED"}, {"Nguyễn Văn An", "APPROVED"},
                {"Hoàng Thị Giang", "DRAFT"}}) {
            jdbc.sql("""
                            insert into pledge (campaign_id, subject_type, subject_id, status, submitted_at)
                            values (:c, 'INDIVIDUAL', :s, :status, case when :status <> 'DRAFT' then now() end)""")
                    .param("c", r.campaign().getId()).param("s", r.person(pledge[0]).getId())
                    .param("status", pledge[1]).update();
        }
        api.get(r.board(), "/api/v1/campaigns/{id}/summary", r.campaign().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaignId").value(r.campaign().getId()))
                .andExpect(jsonPath("$.campaignStatus").value("SCORING"))
                .andExpect(jsonPath("$.frozen").value(false))
                // X (An, Dũng, Em, Giang), X1 (Lan, Cường), Y (Ánh, Phong, Khánh, Hoa, Oanh, Hải); the outsider's
                // unit takes no part
                .andExpect(jsonPath("$.participants.INDIVIDUAL").value(12))
                .andExpect(jsonPath("$.participants.COLLECTIVE").value(3))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.NONE").value(9))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.DRAFT").value(1))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.SUBMITTED").value(1))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.APPROVED").value(1))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.RETURNED").value(0))
                .andExpect(jsonPath("$.pledgesByStatus.COLLECTIVE.NONE").value(3))
                .andExpect(jsonPath("$.evaluationsByStatus.INDIVIDUAL.NONE").value(1))
                .andExpect(jsonPath("$.evaluationsByStatus.INDIVIDUAL.OPEN").value(0))
                .andExpect(jsonPath("$.evaluationsByStatus.INDIVIDUAL.SUBMITTED").value(1))
                .andExpect(jsonPath("$.evaluationsByStatus.INDIVIDUAL.REVIEWED").value(9))
                .andExpect(jsonPath("$.evaluationsByStatus.INDIVIDUAL.FINALISED").value(1))
                .andExpect(jsonPath("$.evaluationsByStatus.COLLECTIVE.FINALISED").value(1))
                .andExpect(jsonPath("$.evaluationsByStatus.COLLECTIVE.REVIEWED").value(2))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.EXCELLENT").value(2))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.GOOD").value(3))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.PASS").value(3))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.FAIL").value(2))
                .andExpect(jsonPath("$.subjectsByClassification.COLLECTIVE.EXCELLENT").value(1))
                .andExpect(jsonPath("$.subjectsByClassification.COLLECTIVE.GOOD").value(2))
                .andExpect(jsonPath("$.notRanked.INDIVIDUAL").value(2))
                .andExpect(jsonPath("$.notRanked.COLLECTIVE").value(0));
    }
}
