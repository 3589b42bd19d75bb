package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.SubjectType;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read, write and decide (DESIGN §2): staff only their own pledge; the head of unit B
 * nothing of unit A, whatever id is put in the path, the query or the body; a head's own pledge
 * goes to the head above, or to the board where there is none; units' pledges to the board.
 */
@IntegrationTest
class PledgeAuthorisationTest {

    @Autowired
    CampaignApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    Fixtures fixtures;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua phân quyền " + Fixtures.unique(""));
    }

    JsonNode created(String user, Map<String, Object> body) throws Exception {
        return Json.read(api.post(user, body, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    JsonNode submittedBy(String user, Individual subject) throws Exception {
        JsonNode p = created(user, pledges.individualBody(campaign, subject));
        return Json.read(api.post(user, Map.of("version", p.get("version").asLong()), "/api/v1/pledges/{id}/submit",
                p.get("id").asLong()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    ResultActions approve(String user, JsonNode p) throws Exception {
        return api.post(user, Map.of("version", p.get("version").asLong()), "/api/v1/pledges/{id}/approve",
                p.get("id").asLong());
    }

    ResultActions returnIt(String user, JsonNode p) throws Exception {
        return api.post(user, Map.of("version", p.get("version").asLong(), "reason", "Chưa đạt"),
                "/api/v1/pledges/{id}/return", p.get("id").asLong());
    }

    @Test
    void staffCannotReadOrChangeAnotherPersonsPledge() throws Exception {
        JsonNode p = created(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()));
        long id = p.get("id").asLong();
        Map<String, Object> body = new HashMap<>(pledges.individualBody(campaign, org.staffA1()));
        body.put("version", p.get("version").asLong());
        body.put("extraCommitments", "Sửa hộ");
        for (String other : new String[] {org.staffA1bUser(), org.staffBUser(), org.vuStaffUser()}) {
            api.get(other, "/api/v1/pledges/{id}", id).andExpect(status().isForbidden());
            api.put(other, body, "/api/v1/pledges/{id}", id).andExpect(status().isForbidden());
            api.post(other, Map.of("version", p.get("version").asLong()), "/api/v1/pledges/{id}/submit", id)
                    .andExpect(status().isForbidden());
        }
        // a pledge in another person's name (the id in the body)
        api.post(org.staffA1bUser(), pledges.individualBody(campaign, org.staffA1()),
                "/api/v1/campaigns/{id}/pledges", campaign.getId()).andExpect(status().isForbidden());
        assertThat(pledges.pledge(id).getExtraCommitments()).isEqualTo("Tham gia đầy đủ hoạt động công đoàn");
        assertThat(pledges.pledge(id).getStatus()).isEqualTo(PledgeStatus.DRAFT);
        api.get(org.staffA1User(), "/api/v1/pledges/{id}", 999_999_999L).andExpect(status().isNotFound());
    }

    @Test
    void evenAHeadCannotWriteTheirStaffsPledgeAndStaffCannotApprove() throws Exception {
        JsonNode p = submittedBy(org.staffA1User(), org.staffA1());
        approve(org.staffA1User(), p).andExpect(status().isForbidden());
        approve(org.staffA1bUser(), p).andExpect(status().isForbidden());
        returnIt(org.staffA1bUser(), p).andExpect(status().isForbidden());
        api.post(org.phongHeadUser(), pledges.individualBody(campaign, org.staffA1b()),
                "/api/v1/campaigns/{id}/pledges", campaign.getId()).andExpect(status().isForbidden());
        assertThat(pledges.pledge(p.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
    }

    @Test
    void theHeadOfUnitBCannotSeeApproveOrReturnUnitAsPledges() throws Exception {
        JsonNode p = submittedBy(org.staffA1User(), org.staffA1());
        long id = p.get("id").asLong();
        api.get(org.headBUser(), "/api/v1/pledges/{id}", id).andExpect(status().isForbidden());
        approve(org.headBUser(), p).andExpect(status().isForbidden());
        returnIt(org.headBUser(), p).andExpect(status().isForbidden());
        api.get(org.headBUser(), "/api/v1/campaigns/{id}/pledges?unitId={u}", campaign.getId(), org.vuA().getId())
                .andExpect(status().isForbidden());
        api.get(org.headBUser(), "/api/v1/campaigns/{id}/pledges?unitId={u}", campaign.getId(), org.phongA1().getId())
                .andExpect(status().isForbidden());
        api.get(org.headBUser(), "/api/v1/campaigns/{id}/pledges", campaign.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        assertThat(pledges.pledge(id).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        // the heads above decide: the phòng's head and the Vụ's head
        api.get(org.vuHeadUser(), "/api/v1/pledges/{id}", id).andExpect(status().isOk());
        approve(org.vuHeadUser(), p).andExpect(status().isOk());
    }

    @Test
    void aHeadsOwnPledgeGoesToTheHeadAboveOrToTheBoard() throws Exception {
        JsonNode phongHeads = submittedBy(org.phongHeadUser(), org.phongHead());
        approve(org.phongHeadUser(), phongHeads).andExpect(status().isForbidden());
        String board = fixtures.board();
        approve(board, phongHeads).andExpect(status().isForbidden());
        approve(org.vuHeadUser(), phongHeads).andExpect(status().isOk());

        JsonNode vuHeads = submittedBy(org.vuHeadUser(), org.vuHead());
        approve(org.vuHeadUser(), vuHeads).andExpect(status().isForbidden());
        approve(org.headBUser(), vuHeads).andExpect(status().isForbidden());
        approve(board, vuHeads).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void aUnitsCollectivePledgeIsWrittenByItsHeadAndDecidedByTheBoard() throws Exception {
        api.post(org.staffA1User(), pledges.collectiveBody(campaign, org.phongA1()), "/api/v1/campaigns/{id}/pledges",
                campaign.getId()).andExpect(status().isForbidden());
        api.post(org.headBUser(), pledges.collectiveBody(campaign, org.phongA1()), "/api/v1/campaigns/{id}/pledges",
                campaign.getId()).andExpect(status().isForbidden());
        assertThat(pledges.count(campaign, SubjectType.COLLECTIVE, org.phongA1().getId())).isZero();

        JsonNode p = created(org.phongHeadUser(), pledges.collectiveBody(campaign, org.phongA1()));
        assertThat(p.get("subjectType").asString()).isEqualTo("COLLECTIVE");
        JsonNode sent = Json.read(api.post(org.phongHeadUser(), Map.of("version", p.get("version").asLong()),
                "/api/v1/pledges/{id}/submit", p.get("id").asLong()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        approve(org.phongHeadUser(), sent).andExpect(status().isForbidden());
        approve(org.vuHeadUser(), sent).andExpect(status().isForbidden());
        api.get(org.vuHeadUser(), "/api/v1/pledges/{id}", p.get("id").asLong()).andExpect(status().isOk());
        api.get(org.headBUser(), "/api/v1/pledges/{id}", p.get("id").asLong()).andExpect(status().isForbidden());
        approve(fixtures.board(), sent).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

        Map<String, Object> individualTitle = new HashMap<>(pledges.collectiveBody(campaign, org.unitB()));
        individualTitle.put("targetTitle", "LDTT");
        api.post(org.headBUser(), individualTitle, "/api/v1/campaigns/{id}/pledges", campaign.getId())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("targetTitle"));
    }

    @Test
    void aBoardMemberWhoHeadsTheUnitDoesNotDecideTheUnitsOwnCollectivePledge() throws Exception {
        vn.thidua.organisation.Unit unit = fixtures.unit("Vụ Thi đua - Khen thưởng " + Fixtures.unique(""));
        Individual head = fixtures.individual(unit.getId(), "Ngô Thị Hội Đồng");
        fixtures.head(unit, head);
        String boardHead = fixtures.account(head.getId(), Role.BOARD, Role.STAFF);
        JsonNode p = created(boardHead, pledges.collectiveBody(campaign, unit));
        JsonNode sent = Json.read(api.post(boardHead, Map.of("version", p.get("version").asLong()),
                "/api/v1/pledges/{id}/submit", p.get("id").asLong()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        approve(boardHead, sent).andExpect(status().isForbidden());
        api.post(boardHead, Map.of("version", sent.get("version").asLong(), "reason", "Tự trả lại"),
                "/api/v1/pledges/{id}/return", sent.get("id").asLong()).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(boardHead))
                        .with(csrf()).param("decision", "APPROVE")
                        .param("pledge", sent.get("id").asLong() + ":" + sent.get("version").asLong()))
                .andExpect(flash().attribute("flashError", containsString("Không thực hiện được 1 bản đăng ký")));
        assertThat(pledges.pledge(sent.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        approve(fixtures.board(), sent).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void aFormerHeadDecidesNothingAtOnceAndTheNewHeadDecides() throws Exception {
        JsonNode p = submittedBy(org.staffA1User(), org.staffA1());
        fixtures.head(org.phongA1(), org.staffA1b());
        approve(org.phongHeadUser(), p).andExpect(status().isForbidden());
        api.get(org.phongHeadUser(), "/api/v1/pledges/{id}", p.get("id").asLong()).andExpect(status().isForbidden());
        approve(org.staffA1bUser(), p).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        // the former head's own pledge now goes to the new head
        JsonNode own = submittedBy(org.phongHeadUser(), org.phongHead());
        approve(org.staffA1bUser(), own).andExpect(status().isOk());
    }

    @Test
    void aBulkDecisionInOneCampaignDoesNotReachAPledgeOfAnother() throws Exception {
        JsonNode p = submittedBy(org.staffA1User(), org.staffA1());
        Campaign other = pledges.open("Đợt khác " + Fixtures.unique(""));
        mvc.perform(post("/campaigns/{id}/registrations/decide", other.getId()).with(fixtures.as(org.phongHeadUser()))
                        .with(csrf()).param("decision", "APPROVE")
                        .param("pledge", p.get("id").asLong() + ":" + p.get("version").asLong()))
                .andExpect(flash().attribute("flashError", containsString("Không thực hiện được 1 bản đăng ký")));
        assertThat(pledges.pledge(p.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
    }

    @Test
    void theListShowsEachCallerWhatTheyMaySeePaginated() throws Exception {
        JsonNode a1 = submittedBy(org.staffA1User(), org.staffA1());
        JsonNode a1b = created(org.staffA1bUser(), pledges.individualBody(campaign, org.staffA1b()));
        JsonNode vu = created(org.vuStaffUser(), pledges.individualBody(campaign, org.vuStaff()));
        JsonNode b = created(org.staffBUser(), pledges.individualBody(campaign, org.staffB()));
        String url = "/api/v1/campaigns/{id}/pledges";

        api.get(org.staffA1User(), url, campaign.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) a1.get("id").asLong())))
                .andExpect(jsonPath("$.totalItems").value(1));
        api.get(org.phongHeadUser(), url, campaign.getId())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) a1.get("id").asLong(),
                        (int) a1b.get("id").asLong())));
        api.get(org.vuHeadUser(), url, campaign.getId())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) a1.get("id").asLong(),
                        (int) a1b.get("id").asLong(), (int) vu.get("id").asLong())));
        api.get(org.vuHeadUser(), url + "?unitId={u}", campaign.getId(), org.phongA1().getId())
                .andExpect(jsonPath("$.totalItems").value(2));
        api.get(org.vuHeadUser(), url + "?status=SUBMITTED", campaign.getId())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) a1.get("id").asLong())))
                .andExpect(jsonPath("$.items[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.items[0].subjectName").value("Phạm Thị Thu Hương"));
        api.get(org.vuHeadUser(), url + "?size=2&page=0", campaign.getId())
                .andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.size").value(2)).andExpect(jsonPath("$.page").value(0));
        api.get(org.staffA1User(), url + "?unitId={u}", campaign.getId(), org.phongA1().getId())
                .andExpect(status().isForbidden());
        api.get(org.vuHeadUser(), url + "?size=501", campaign.getId()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        String board = fixtures.board();
        api.get(board, url + "?unitId={u}", campaign.getId(), org.unitB().getId())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) b.get("id").asLong())));
    }

    @Test
    void theDeadlineCannotMoveOutsideRegistrationAndInProgressNorPastTheEnd() throws Exception {
        String admin = fixtures.admin();
        Campaign scoring = pledges.campaign("Đợt đang chấm điểm " + Fixtures.unique(""), PledgeFixtures.today().minusDays(40),
                PledgeFixtures.today().plusDays(20), PledgeFixtures.today().minusDays(1),
                vn.thidua.campaign.CampaignStatus.SCORING);
        api.post(admin, Map.of("registrationDeadline", PledgeFixtures.today().plusDays(3).toString(),
                        "version", scoring.getVersion()), "/api/v1/campaigns/{id}/registration-deadline", scoring.getId())
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("\"Chấm điểm\"")));
        api.post(admin, Map.of("registrationDeadline", PledgeFixtures.today().plusDays(90).toString(),
                        "version", campaign.getVersion()), "/api/v1/campaigns/{id}/registration-deadline", campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("registrationDeadline"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ngày kết thúc")));
    }

    @Test
    void noCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}/pledges", campaign.getId())).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAnAdminMovesTheRegistrationDeadlineAndItIsAudited() throws Exception {
        Campaign late = pledges.campaign("Đợt cần gia hạn " + Fixtures.unique(""), PledgeFixtures.today().minusDays(40),
                PledgeFixtures.today().plusDays(20), PledgeFixtures.today().minusDays(1),
                vn.thidua.campaign.CampaignStatus.IN_PROGRESS);
        String url = "/api/v1/campaigns/{id}/registration-deadline";
        String newDeadline = PledgeFixtures.today().plusDays(5).toString();
        api.post(org.vuHeadUser(), Map.of("registrationDeadline", newDeadline, "version", late.getVersion()), url,
                late.getId()).andExpect(status().isForbidden());
        api.post(fixtures.board(), Map.of("registrationDeadline", newDeadline, "version", late.getVersion()), url,
                late.getId()).andExpect(status().isForbidden());
        String admin = fixtures.admin();
        api.post(admin, Map.of("registrationDeadline", PledgeFixtures.today().minusDays(1).toString(),
                        "version", late.getVersion()), url, late.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("registrationDeadline"));
        api.post(admin, Map.of("registrationDeadline", newDeadline, "version", late.getVersion() + 7), url,
                late.getId()).andExpect(status().isConflict());
        api.post(org.staffBUser(), pledges.individualBody(late, org.staffB()), "/api/v1/campaigns/{id}/pledges",
                late.getId()).andExpect(status().isConflict());
        api.post(admin, Map.of("registrationDeadline", newDeadline, "version", late.getVersion()), url, late.getId())
                .andExpect(status().isOk()).andExpect(jsonPath("$.registrationDeadline").value(newDeadline));
        api.post(org.staffBUser(), pledges.individualBody(late, org.staffB()), "/api/v1/campaigns/{id}/pledges",
                late.getId()).andExpect(status().isCreated());
        api.get(admin, "/api/v1/audit?entity=CAMPAIGN&entityId={id}", late.getId())
                .andExpect(jsonPath("$.items[0].action").value("UPDATED"))
                .andExpect(jsonPath("$.items[0].actor").value(admin))
                .andExpect(jsonPath("$.items[0].newValue", containsString(newDeadline)));
    }

}
