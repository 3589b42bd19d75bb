package vn.thidua.ranking;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ranking.RankingApiTest.INDIVIDUALS;
import static vn.thidua.ranking.RankingApiTest.UNITS;

/**
 * Who reads which ranking (DESIGN §2): BOARD and ADMIN everything live; a unit head the people and
 * units of the units they head, live, with their overall ranks; staff nothing until the campaign is
 * CLOSED, then everyone reads the published ranking.
 */
@IntegrationTest
class RankingVisibilityTest {

    static final String SUMMARY = "/api/v1/campaigns/{id}/summary";

    @Autowired
    RankingFixtures fixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures people;

    @Test
    void boardAndAdminReadTheLiveRankingOfEveryone() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        for (String user : new String[] {r.board(), r.admin()}) {
            api.get(user, INDIVIDUALS, r.campaign().getId()).andExpect(jsonPath("$.totalItems").value(10));
            api.get(user, UNITS, r.campaign().getId()).andExpect(jsonPath("$.length()").value(3));
            api.get(user, SUMMARY, r.campaign().getId()).andExpect(status().isOk());
            // the rows they read: everyone reviewed, of every unit, live (the hand-worked table of RankingFixtures)
            api.get(user, INDIVIDUALS, r.campaign().getId())
                    .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Văn An", "Ngô Thị Lan",
                            "Âu Thị Ánh", "Bùi Văn Cường", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa",
                            "Mai Thị Oanh", "Lê Văn Dũng", "Vũ Văn Hải")))
                    .andExpect(jsonPath("$.items[*].rank").value(contains(1, 2, 3, 3, 5, 6, 6, 8, 9, 10)))
                    .andExpect(jsonPath("$.items[*].total").value(contains(93.0, 90.0, 83.0, 83.0, 70.0, 65.0, 65.0,
                            50.0, 45.0, -5.0)))
                    .andExpect(jsonPath("$.items[*].unitId").value(contains(r.x().getId().intValue(),
                            r.x1().getId().intValue(), r.y().getId().intValue(), r.x1().getId().intValue(),
                            r.y().getId().intValue(), r.y().getId().intValue(), r.y().getId().intValue(),
                            r.y().getId().intValue(), r.x().getId().intValue(), r.y().getId().intValue())));
            api.get(user, UNITS, r.campaign().getId())
                    .andExpect(jsonPath("$[*].unitId").value(contains(r.x1().getId().intValue(),
                            r.x().getId().intValue(), r.y().getId().intValue())))
                    .andExpect(jsonPath("$[*].rank").value(contains(1, 2, 2)))
                    .andExpect(jsonPath("$[*].total").value(contains(90.0, 85.0, 85.0)));
            api.get(user, SUMMARY, r.campaign().getId())
                    .andExpect(jsonPath("$.campaignStatus").value("REVIEW"))
                    .andExpect(jsonPath("$.frozen").value(false))
                    .andExpect(jsonPath("$.participants.INDIVIDUAL").value(12))
                    .andExpect(jsonPath("$.participants.COLLECTIVE").value(3))
                    .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.EXCELLENT").value(2))
                    .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.GOOD").value(3))
                    .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.PASS").value(3))
                    .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.FAIL").value(2))
                    .andExpect(jsonPath("$.subjectsByClassification.COLLECTIVE.EXCELLENT").value(1))
                    .andExpect(jsonPath("$.notRanked.INDIVIDUAL").value(2));
        }
    }

    @Test
    void aUnitHeadReadsOnlyTheUnitsTheyHeadWithOverallRanks() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.SCORING);
        api.get(r.headX(), INDIVIDUALS, r.campaign().getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Văn An", "Ngô Thị Lan",
                        "Bùi Văn Cường", "Lê Văn Dũng")))
                .andExpect(jsonPath("$.items[*].rank").value(contains(1, 2, 3, 9)));
        api.get(r.headX1(), INDIVIDUALS, r.campaign().getId())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Ngô Thị Lan", "Bùi Văn Cường")));
        api.get(r.headX(), INDIVIDUALS + "?unitId=" + r.x1().getId(), r.campaign().getId())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Ngô Thị Lan", "Bùi Văn Cường")));
        api.get(r.headX(), UNITS, r.campaign().getId())
                .andExpect(jsonPath("$[*].name").value(contains(r.x1().getName(), r.x().getName())));
    }

    @Test
    void aUnitHeadIsRefusedAnotherUnitWhateverTheIdAndTheSummary() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.SCORING);
        api.get(r.headX(), INDIVIDUALS + "?unitId=" + r.y().getId(), r.campaign().getId())
                .andExpect(status().isForbidden());
        api.get(r.headX1(), INDIVIDUALS + "?unitId=" + r.x().getId(), r.campaign().getId())
                .andExpect(status().isForbidden());
        api.get(r.headY(), UNITS + "?unitId=" + r.x().getId(), r.campaign().getId())
                .andExpect(status().isForbidden());
        api.get(r.headX(), SUMMARY, r.campaign().getId())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Hội đồng thi đua")));
    }

    @Test
    void staffReadNothingBeforeTheCampaignClosesAndAreToldWhy() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        api.get(r.staffEm(), INDIVIDUALS, r.campaign().getId())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Kết quả xếp hạng chỉ được công bố khi đợt thi đua kết thúc (trạng thái hiện tại: Xét duyệt)."))
                .andExpect(jsonPath("$.items").doesNotExist());
        mvc.perform(get(INDIVIDUALS, r.campaign().getId()).with(people.as(r.staffEm()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("published when the campaign is closed")));
        api.get(r.staffEm(), UNITS, r.campaign().getId()).andExpect(status().isForbidden());
        api.get(r.staffEm(), SUMMARY, r.campaign().getId()).andExpect(status().isForbidden());
    }

    @Test
    void onceClosedEveryoneWhoTakesPartReadsThePublishedRanking() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.CLOSED);
        for (String user : new String[] {r.staffEm(), r.headX1()}) {
            api.get(user, INDIVIDUALS, r.campaign().getId())
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(10))
                    .andExpect(jsonPath("$.items[*].rank").value(contains(1, 2, 3, 3, 5, 6, 6, 8, 9, 10)));
            api.get(user, UNITS, r.campaign().getId()).andExpect(jsonPath("$.length()").value(3));
            api.get(user, SUMMARY, r.campaign().getId()).andExpect(jsonPath("$.frozen").value(true));
        }
    }

    @Test
    void aCampaignTheCallerDoesNotTakePartInIsNotFoundAndNobodyAnonymousReadsAnything() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.CLOSED);
        api.get(r.outsider(), INDIVIDUALS, r.campaign().getId()).andExpect(status().isNotFound());
        api.get(r.outsider(), SUMMARY, r.campaign().getId()).andExpect(status().isNotFound());
        mvc.perform(get(INDIVIDUALS, r.campaign().getId())).andExpect(status().isUnauthorized());
        mvc.perform(get(UNITS, r.campaign().getId())).andExpect(status().isUnauthorized());
        api.get(r.board(), INDIVIDUALS, 987654321L).andExpect(status().isNotFound());
    }
}
