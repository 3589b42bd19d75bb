package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.thidua.audit.AuditEvent;
import vn.thidua.audit.AuditQueries;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.security.SystemUser;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A staff member takes a submitted pledge back to DRAFT before their head decides (issue 12): on
 * the pledge's page, with a confirmation, and through the API; audited; refused once decided, to
 * anyone but the subject, and with a stale version.
 */
@IntegrationTest
class PledgeWithdrawTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    AuditQueries auditQueries;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua rút lại " + Fixtures.unique(""));
    }

    /** A submitted pledge of staffA1: {id, version}. */
    long[] submitted() throws Exception {
        JsonNode created = read(api.post(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()),
                "/api/v1/campaigns/{id}/pledges", campaign.getId()).andExpect(status().isCreated()));
        JsonNode sent = read(api.post(org.staffA1User(), Map.of("version", created.get("version").asLong()),
                "/api/v1/pledges/{id}/submit", created.get("id").asLong()).andExpect(status().isOk()));
        return new long[] {sent.get("id").asLong(), sent.get("version").asLong()};
    }

    ResultActions withdraw(String user, long id, long version) throws Exception {
        return api.post(user, Map.of("version", version), "/api/v1/pledges/{id}/withdraw", id);
    }

    static JsonNode read(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }

    List<AuditEvent> audit(long pledgeId) {
        List<AuditEvent> events = new java.util.ArrayList<>(SystemUser.runAsAdmin("test",
                () -> auditQueries.find("PLEDGE", pledgeId, PageRequest.of(0, 100)).getContent()));
        events.sort(Comparator.comparing(AuditEvent::getId));
        return events;
    }

    String page(String user, long id) throws Exception {
        return mvc.perform(get("/pledges/{id}", id).with(pledges.fixtures().as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theApiTakesASubmittedPledgeBackToDraftAuditedAndItCanBeSubmittedAgain() throws Exception {
        long[] p = submitted();

        JsonNode back = read(withdraw(org.staffA1User(), p[0], p[1]).andExpect(status().isOk()));

        assertThat(back.get("status").asString()).isEqualTo("DRAFT");
        assertThat(back.get("submittedAt").isNull()).isTrue();
        assertThat(back.get("version").asLong()).isEqualTo(p[1] + 1);
        assertThat(pledges.pledge(p[0]).getStatus()).isEqualTo(PledgeStatus.DRAFT);
        List<AuditEvent> events = audit(p[0]);
        assertThat(events).extracting(AuditEvent::getAction).containsExactly("CREATED", "SUBMITTED", "WITHDRAWN");
        AuditEvent withdrawn = events.get(2);
        assertThat(withdrawn.getActor()).isEqualTo(org.staffA1User());
        assertThat(withdrawn.getCampaignId()).isEqualTo(campaign.getId());
        assertThat(withdrawn.getOldValue()).contains("SUBMITTED");
        assertThat(withdrawn.getNewValue()).contains("DRAFT");
        // the head no longer sees it to decide
        api.post(org.phongHeadUser(), Map.of("version", back.get("version").asLong()), "/api/v1/pledges/{id}/approve",
                p[0]).andExpect(status().isConflict());
        api.post(org.staffA1User(), Map.of("version", back.get("version").asLong()), "/api/v1/pledges/{id}/submit",
                p[0]).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void aDecidedPledgeADraftAStaleVersionAndAnotherPersonAreRefused() throws Exception {
        long[] p = submitted();
        withdraw(org.staffA1bUser(), p[0], p[1]).andExpect(status().isForbidden());
        withdraw(org.phongHeadUser(), p[0], p[1]).andExpect(status().isForbidden());
        withdraw(org.staffA1User(), p[0], p[1] - 1).andExpect(status().isConflict());
        assertThat(pledges.pledge(p[0]).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);

        JsonNode approved = read(api.post(org.phongHeadUser(), Map.of("version", p[1]), "/api/v1/pledges/{id}/approve",
                p[0]).andExpect(status().isOk()));
        withdraw(org.staffA1User(), p[0], approved.get("version").asLong()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Chỉ rút lại được bản đăng ký đã gửi và chưa được duyệt; "
                        + "bản đăng ký này đang ở trạng thái \"Đã duyệt\"."));
        assertThat(pledges.pledge(p[0]).getStatus()).isEqualTo(PledgeStatus.APPROVED);
        assertThat(audit(p[0])).extracting(AuditEvent::getAction).containsExactly("CREATED", "SUBMITTED", "APPROVED");
    }

    @Test
    void theWithdrawalIsInTheOpenApiDocumentWithItsRefusals() throws Exception {
        JsonNode docs = Json.read(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode operation = docs.get("paths").get("/api/v1/pledges/{pledgeId}/withdraw").get("post");
        assertThat(operation.get("summary").asString()).isEqualTo("Withdraw a submitted pledge back to DRAFT");
        assertThat(operation.get("description").asString()).contains("before anyone has approved or returned it")
                .contains("WITHDRAWN");
        List<String> codes = new java.util.ArrayList<>();
        operation.get("responses").propertyNames().forEach(codes::add);
        assertThat(codes).containsExactlyInAnyOrder("200", "400", "403", "404", "409");
        assertThat(operation.get("responses").get("409").get("description").asString())
                .startsWith("already decided (APPROVED or RETURNED)");
    }

    @Test
    void thePledgesPageOffersWithdrawWithAConfirmationOnlyToItsSubjectWhileUndecided() throws Exception {
        long[] p = submitted();
        String mine = page(org.staffA1User(), p[0]);
        assertThat(mine).contains("id=\"withdrawPledge\"")
                .contains("data-confirm=\"Rút bản đăng ký đã gửi về trạng thái Nháp? Người duyệt sẽ không thấy "
                        + "bản này cho đến khi bạn gửi lại.\"");
        assertThat(page(org.phongHeadUser(), p[0])).doesNotContain("withdrawPledge");

        mvc.perform(post("/pledges/{id}/withdraw", p[0]).with(pledges.fixtures().as(org.staffA1User())).with(csrf())
                        .param("version", String.valueOf(p[1])))
                .andExpect(redirectedUrl("/pledges/" + p[0]))
                .andExpect(flash().attribute("flashSuccess", "Đã rút bản đăng ký về trạng thái Nháp; sửa xong hãy gửi lại."));
        String draft = page(org.staffA1User(), p[0]);
        assertThat(Html.text(draft, "pledgeStatus")).isEqualTo("Nháp");
        assertThat(draft).contains("id=\"editPledge\"").doesNotContain("withdrawPledge");
        // a second click (the old version, the pledge already DRAFT) changes nothing and says why
        mvc.perform(post("/pledges/{id}/withdraw", p[0]).with(pledges.fixtures().as(org.staffA1User())).with(csrf())
                        .param("version", String.valueOf(p[1])))
                .andExpect(flash().attribute("flashError", "Chỉ rút lại được bản đăng ký đã gửi và chưa được duyệt; "
                        + "bản đăng ký này đang ở trạng thái \"Nháp\"."));
        assertThat(audit(p[0])).extracting(AuditEvent::getAction).containsExactly("CREATED", "SUBMITTED", "WITHDRAWN");
    }
}
