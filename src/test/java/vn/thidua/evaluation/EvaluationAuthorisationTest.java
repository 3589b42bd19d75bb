package vn.thidua.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures.Org;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;

/**
 * Who may do what with an evaluation (DESIGN §2): every scoring endpoint, allowed and denied.
 * Vụ A (head hA) ⊃ Phòng A1 (head hA1, member mA1); Vụ B (head hB, member mB); board; admin.
 */
@IntegrationTest
class EvaluationAuthorisationTest {

    static final String URL = EvaluationApiTest.URL;

    @Autowired
    CampaignApi api;

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    Fixtures people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Org org;
    Campaign campaign;
    Map<String, Long> c;

    @BeforeEach
    void setUp() {
        org = fixtures.org();
        campaign = fixtures.campaign(CampaignStatus.SCORING, org.a().getId(), org.b().getId());
        c = fixtures.criteria(campaign);
    }

    @Test
    void readingAPersonsEvaluation() throws Exception {
        Long person = org.mA1().getId();
        for (String user : List.of(org.mA1User(), org.hA1User(), org.hAUser(), org.boardUser(), org.adminUser())) {
            api.get(user, URL, campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk());
            api.get(user, URL + "/history", campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk());
        }
        for (String user : List.of(org.hBUser(), org.mBUser())) {
            api.get(user, URL, campaign.getId(), "INDIVIDUAL", person).andExpect(status().isForbidden());
            api.get(user, URL + "/history", campaign.getId(), "INDIVIDUAL", person).andExpect(status().isForbidden());
        }
        // staff cannot read a colleague's evaluation, even in their own unit
        Long colleague = people.individual(org.a1().getId(), "Vũ Thị Hoa").getId();
        api.get(org.mA1User(), URL, campaign.getId(), "INDIVIDUAL", colleague).andExpect(status().isForbidden());
    }

    @Test
    void selfAssessmentIsForTheSubjectOnly() throws Exception {
        Long person = org.mA1().getId();
        for (String user : List.of(org.hA1User(), org.hAUser(), org.hBUser(), org.mBUser(), org.boardUser(),
                org.adminUser())) {
            api.put(user, Map.of("version", 0, "scores", List.of(score(c.get("C1"), 10))), URL + "/self",
                    campaign.getId(), "INDIVIDUAL", person).andExpect(status().isForbidden());
            api.post(user, Map.of("version", 0), URL + "/submit", campaign.getId(), "INDIVIDUAL", person)
                    .andExpect(status().isForbidden());
        }
        assertThat(evaluations()).isZero();
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(c.get("C1"), 10))), URL + "/self",
                campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk());
        // a unit's self-assessment is its head's, not the head of the unit above nor a member
        for (String user : List.of(org.hAUser(), org.mA1User(), org.boardUser())) {
            api.put(user, Map.of("version", 0, "scores", List.of(score(c.get("T1"), 10))), URL + "/self",
                    campaign.getId(), "COLLECTIVE", org.a1().getId()).andExpect(status().isForbidden());
        }
        api.put(org.hA1User(), Map.of("version", 0, "scores", List.of(score(c.get("T1"), 10))), URL + "/self",
                campaign.getId(), "COLLECTIVE", org.a1().getId()).andExpect(status().isOk());
    }

    @Test
    void reviewingAPersonIsForAHeadAboveThemNeverForThemselves() throws Exception {
        Long person = org.mA1().getId();
        for (String user : List.of(org.mA1User(), org.mBUser(), org.hBUser(), org.boardUser(), org.adminUser())) {
            review(user, "INDIVIDUAL", person, "C1", 10).andExpect(status().isForbidden());
            api.post(user, Map.of("version", 0), URL + "/finalise", campaign.getId(), "INDIVIDUAL", person)
                    .andExpect(status().isForbidden());
        }
        assertThat(evaluations()).as("nothing is saved after a refusal").isZero();
        review(org.hA1User(), "INDIVIDUAL", person, "C1", 10).andExpect(status().isOk());
        review(org.hAUser(), "INDIVIDUAL", person, "C2", 20).andExpect(status().isOk());

        // the head of A1 is reviewed by the head of A, not by themself
        review(org.hA1User(), "INDIVIDUAL", org.hA1().getId(), "C1", 10).andExpect(status().isForbidden());
        review(org.hAUser(), "INDIVIDUAL", org.hA1().getId(), "C1", 10).andExpect(status().isOk());
        // the head of a top-level unit has no head above: the board reviews them
        review(org.hAUser(), "INDIVIDUAL", org.hA().getId(), "C1", 10).andExpect(status().isForbidden());
        review(org.hBUser(), "INDIVIDUAL", org.hA().getId(), "C1", 10).andExpect(status().isForbidden());
        review(org.boardUser(), "INDIVIDUAL", org.hA().getId(), "C1", 10).andExpect(status().isOk());
    }

    @Test
    void unitsAreReviewedByTheBoard() throws Exception {
        for (String user : List.of(org.hAUser(), org.hA1User(), org.mA1User(), org.hBUser())) {
            review(user, "COLLECTIVE", org.a1().getId(), "T1", 80).andExpect(status().isForbidden());
        }
        api.get(org.hAUser(), URL, campaign.getId(), "COLLECTIVE", org.a1().getId()).andExpect(status().isOk());
        api.get(org.mA1User(), URL, campaign.getId(), "COLLECTIVE", org.a1().getId()).andExpect(status().isForbidden());
        api.get(org.hBUser(), URL, campaign.getId(), "COLLECTIVE", org.a1().getId()).andExpect(status().isForbidden());
        assertThat(evaluations()).isZero();
        review(org.boardUser(), "COLLECTIVE", org.a1().getId(), "T1", 80).andExpect(status().isOk());
        review(org.adminUser(), "COLLECTIVE", org.b().getId(), "T1", 70).andExpect(status().isOk());
    }

    @Test
    void onlyTheBoardReopens() throws Exception {
        Long person = org.mA1().getId();
        long version = Json.read(review(org.hA1User(), "INDIVIDUAL", person, "C1", 10, "C2", 20, "B1", 0, "P1", 0)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("version").asLong();
        api.post(org.hA1User(), Map.of("version", version), URL + "/finalise", campaign.getId(), "INDIVIDUAL", person)
                .andExpect(status().isOk());
        for (String user : List.of(org.hA1User(), org.hAUser(), org.mA1User(), org.hBUser())) {
            api.post(user, Map.of("version", version + 1, "reason", "Xem lại"), URL + "/reopen", campaign.getId(),
                    "INDIVIDUAL", person).andExpect(status().isForbidden());
        }
        api.post(org.boardUser(), Map.of("version", version + 1, "reason", "Xem lại"), URL + "/reopen",
                campaign.getId(), "INDIVIDUAL", person).andExpect(status().isOk());
    }

    @Test
    void evidenceIsReadOnlyByThoseWhoMayReadTheEvaluation() throws Exception {
        Long person = org.mA1().getId();
        String json = mvc.perform(multipart(URL + "/evidence", campaign.getId(), "INDIVIDUAL", person)
                        .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
                                "%PDF-1.4 báo cáo".getBytes(StandardCharsets.UTF_8)))
                        .with(people.as(org.mA1User())).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long evidence = Json.read(json).get("id").asLong();
        String download = URL + "/evidence/" + evidence;
        for (String user : List.of(org.mA1User(), org.hA1User(), org.hAUser(), org.boardUser())) {
            mvc.perform(get(download, campaign.getId(), "INDIVIDUAL", person).with(people.as(user)))
                    .andExpect(status().isOk());
        }
        for (String user : List.of(org.mBUser(), org.hBUser())) {
            mvc.perform(get(download, campaign.getId(), "INDIVIDUAL", person).with(people.as(user)))
                    .andExpect(status().isForbidden());
        }
        // another subject's path does not open this file
        mvc.perform(get(download, campaign.getId(), "INDIVIDUAL", org.mB().getId()).with(people.as(org.mBUser())))
                .andExpect(status().isNotFound());
        // nobody but the subject adds or removes evidence
        for (String user : List.of(org.hA1User(), org.mBUser(), org.boardUser())) {
            mvc.perform(multipart(URL + "/evidence", campaign.getId(), "INDIVIDUAL", person)
                            .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                            .with(people.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            api.delete(user, download, campaign.getId(), "INDIVIDUAL", person).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from evidence e join evaluation v on v.id = e.evaluation_id "
                + "where v.campaign_id = :c").param("c", campaign.getId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDraftCampaignsEvaluationsDoNotExistForStaff() throws Exception {
        Campaign draft = fixtures.campaign(CampaignStatus.DRAFT, org.a().getId());
        api.get(org.mA1User(), URL, draft.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isNotFound());
        api.put(org.mA1User(), Map.of("version", 0, "scores", List.of(score(fixtures.criteria(draft).get("C1"), 1))),
                URL + "/self", draft.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isNotFound());
        api.get(org.boardUser(), URL, draft.getId(), "INDIVIDUAL", org.mA1().getId()).andExpect(status().isOk());
    }

    @Test
    void aHeadCannotSaveAUnitsGridCell() throws Exception {
        mvc.perform(put("/campaigns/{id}/review/COLLECTIVE/{unit}/{c}", campaign.getId(), org.a1().getId(), c.get("T1"))
                        .param("version", "0").param("points", "80").with(people.as(org.hAUser())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(evaluations()).isZero();
    }

    @Test
    void bulkFinaliseReachesNeitherAnotherUnitsPeopleNorTheHeadThemself() throws Exception {
        long person = Json.read(review(org.hA1User(), "INDIVIDUAL", org.mA1().getId(), "C1", 10, "C2", 20, "B1", 0,
                "P1", 0).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("version").asLong();
        long head = Json.read(review(org.hAUser(), "INDIVIDUAL", org.hA1().getId(), "C1", 10, "C2", 20, "B1", 0,
                "P1", 0).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("version").asLong();
        String finalise = "/campaigns/" + campaign.getId() + "/review/finalise";
        // the head of B ticks A's person by hand
        mvc.perform(post(finalise).with(people.as(org.hBUser())).with(csrf()).param("subjectType", "INDIVIDUAL")
                .param("subjects", org.mA1().getId() + ":" + person)).andExpect(status().isForbidden());
        // the head of A1 finalises their member together with their own evaluation: all refused
        mvc.perform(post(finalise).with(people.as(org.hA1User())).with(csrf()).param("subjectType", "INDIVIDUAL")
                .param("subjects", org.mA1().getId() + ":" + person, org.hA1().getId() + ":" + head))
                .andExpect(status().isForbidden());
        // and a unit (the board's) through the people grid's form
        mvc.perform(post(finalise).with(people.as(org.hA1User())).with(csrf()).param("subjectType", "COLLECTIVE")
                .param("subjects", org.a1().getId() + ":0")).andExpect(status().isForbidden());
        assertThat(statuses()).as("nothing finalised").doesNotContain("FINALISED");
    }

    @Test
    void aBoardMemberWhoHeadsAUnitDoesNotScoreItInTheUnitsGrid() throws Exception {
        // a board member who heads unit C (taking part in the campaign)
        vn.thidua.organisation.Unit unitC = people.unit("Vụ C " + Fixtures.unique(""));
        vn.thidua.organisation.Individual headC = people.individual(unitC.getId(), "Ngô Văn Chiến");
        people.head(unitC, headC);
        String boardHead = people.account(headC.getId(), vn.thidua.security.Role.BOARD);
        campaign = fixtures.campaign(CampaignStatus.SCORING, org.a().getId(), unitC.getId());
        c = fixtures.criteria(campaign);
        String grid = "/campaigns/" + campaign.getId() + "/review/units";
        String html = mvc.perform(get(grid).with(people.as(boardHead))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"row-" + org.a().getId() + "\"")
                .doesNotContain("id=\"row-" + unitC.getId() + "\"");
        mvc.perform(put("/campaigns/{id}/review/COLLECTIVE/{unit}/{c}", campaign.getId(), unitC.getId(), c.get("T1"))
                        .param("version", "0").param("points", "80").with(people.as(boardHead)).with(csrf()))
                .andExpect(status().isForbidden());
        review(boardHead, "COLLECTIVE", unitC.getId(), "T1", 80).andExpect(status().isForbidden());
        assertThat(evaluations()).isZero();
        review(boardHead, "COLLECTIVE", org.a().getId(), "T1", 80).andExpect(status().isOk());
    }

    @Test
    void evidenceOfOneEvaluationIsNotRemovedThroughAnothersAddress() throws Exception {
        Campaign open = fixtures.campaign(CampaignStatus.IN_PROGRESS, org.a().getId(), org.b().getId());
        String json = mvc.perform(multipart(URL + "/evidence", open.getId(), "INDIVIDUAL", org.mA1().getId())
                        .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .with(people.as(org.mA1User())).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long evidence = Json.read(json).get("id").asLong();
        // mB deletes or downloads it through their own evaluation's address
        api.delete(org.mBUser(), URL + "/evidence/" + evidence, open.getId(), "INDIVIDUAL", org.mB().getId())
                .andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/{id}/evaluations/INDIVIDUAL/{s}/evidence/{e}/delete", open.getId(),
                        org.mB().getId(), evidence).with(people.as(org.mBUser())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(URL + "/evidence/" + evidence, open.getId(), "INDIVIDUAL", org.mB().getId())
                .with(people.as(org.mBUser()))).andExpect(status().isNotFound());
        // nor through the right address by someone else, who is refused before the evidence is looked up
        api.delete(org.mBUser(), URL + "/evidence/" + evidence, open.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isForbidden());
        api.delete(org.mBUser(), URL + "/evidence/999999999", open.getId(), "INDIVIDUAL", org.mA1().getId())
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from evidence where id = :e").param("e", evidence).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void everyPageEndpointRefusesSomeoneOutsideTheUnit() throws Exception {
        String page = "/campaigns/" + campaign.getId() + "/evaluations/INDIVIDUAL/" + org.mA1().getId();
        for (String user : List.of(org.hBUser(), org.mBUser())) {
            mvc.perform(get(page).with(people.as(user))).andExpect(status().isForbidden());
            mvc.perform(post(page + "/self").with(people.as(user)).with(csrf()).param("version", "0")
                    .param("points-" + c.get("C1"), "10")).andExpect(status().isForbidden());
            mvc.perform(post(page + "/submit").with(people.as(user)).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(page + "/links").with(people.as(user)).with(csrf()).param("url", "https://vpcp.gov.vn"))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart(page + "/files").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                    "%PDF-1.4".getBytes())).with(people.as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(page + "/finalise").with(people.as(user)).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(page + "/reopen").with(people.as(user)).with(csrf()).param("version", "0")
                    .param("reason", "x")).andExpect(status().isForbidden());
            mvc.perform(post(page + "/evidence/1/delete").with(people.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/campaigns/{id}/review", campaign.getId()).param("unitId", org.a1().getId().toString())
                    .with(people.as(user))).andExpect(status().isForbidden());
        }
        // the person themself may not review, finalise or reopen their own evaluation from the page either
        mvc.perform(post(page + "/finalise").with(people.as(org.mA1User())).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/reopen").with(people.as(org.mA1User())).with(csrf()).param("version", "0")
                .param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(put("/campaigns/{id}/review/INDIVIDUAL/{s}/{c}", campaign.getId(), org.mA1().getId(), c.get("C1"))
                .param("version", "0").param("points", "10").with(people.as(org.mA1User())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(evaluations()).as("nothing saved").isZero();
    }

    @Test
    void unauthenticatedCallsGet401() throws Exception {
        mvc.perform(get(URL, campaign.getId(), "INDIVIDUAL", org.mA1().getId())).andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions review(String user, String type, Long subject,
                                                                      Object... codeAndPoints) throws Exception {
        long version = Json.read(api.get(org.adminUser(), URL, campaign.getId(), type, subject).andReturn()
                .getResponse().getContentAsString()).get("version").asLong();
        List<Map<String, Object>> scores = new java.util.ArrayList<>();
        for (int i = 0; i < codeAndPoints.length; i += 2) {
            scores.add(score(c.get((String) codeAndPoints[i]), codeAndPoints[i + 1]));
        }
        return api.put(user, Map.of("version", version, "scores", scores), URL + "/review", campaign.getId(), type,
                subject);
    }

    private List<String> statuses() {
        return jdbc.sql("select status from evaluation where campaign_id = :c").param("c", campaign.getId())
                .query(String.class).list();
    }

    private long evaluations() {
        return jdbc.sql("select count(*) from evaluation where campaign_id = :c").param("c", campaign.getId())
                .query(Long.class).single();
    }
}
