package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;
import vn.thidua.support.QueryCounter;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A unit head's registration list: who registered, counts, filters, bulk decisions, the unit's own pledge. */
@IntegrationTest
class RegistrationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    Fixtures fixtures;

    @Autowired
    QueryCounter queries;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua duyệt " + Fixtures.unique(""));
    }

    JsonNode submitted(String user, Individual subject) throws Exception {
        JsonNode p = Json.read(api.post(user, pledges.individualBody(campaign, subject), "/api/v1/campaigns/{id}/pledges",
                campaign.getId()).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return Json.read(api.post(user, Map.of("version", p.get("version").asLong()), "/api/v1/pledges/{id}/submit",
                p.get("id").asLong()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    String list(String user, String query) throws Exception {
        return mvc.perform(get("/campaigns/{id}/registrations" + query, campaign.getId()).with(fixtures.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String value(JsonNode p) {
        return p.get("id").asLong() + ":" + p.get("version").asLong();
    }

    @Test
    void theHeadSeesEveryoneOfTheUnitWithStatusAndCounts() throws Exception {
        submitted(org.staffA1User(), org.staffA1());
        String html = list(org.phongHeadUser(), "");
        assertThat(html).contains("Phạm Thị Thu Hương").contains("Đỗ Minh Đức").contains("Trần Văn Phòng")
                .doesNotContain("Lê Thị Vân").doesNotContain("Vũ Thị Bích")
                .contains("Tổng số: 3").contains("Đã đăng ký: 1").contains("Đã gửi: 1").contains("Chưa đăng ký: 2")
                .contains("id=\"select-" + org.staffA1().getCode() + "\"")
                .contains("Lao động tiên tiến");
        String vu = list(org.vuHeadUser(), "");
        assertThat(vu).contains("Lê Thị Vân").contains("Phạm Thị Thu Hương").contains("Tổng số: 5")
                .doesNotContain("Vũ Thị Bích");
        assertThat(list(org.vuHeadUser(), "?unitId=" + org.phongA1().getId())).contains("Tổng số: 3")
                .doesNotContain("Lê Thị Vân");
        assertThat(list(org.vuHeadUser(), "?status=MISSING")).doesNotContain("Phạm Thị Thu Hương").contains("Lê Thị Vân");
        assertThat(list(org.vuHeadUser(), "?q=thu huong")).contains("Phạm Thị Thu Hương").doesNotContain("Lê Thị Vân");
    }

    @Test
    void nobodyListsAnotherUnit() throws Exception {
        mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).param("unitId", org.vuA().getId().toString())
                .with(fixtures.as(org.headBUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{id}/registrations", campaign.getId()).with(fixtures.as(org.staffA1User())))
                .andExpect(status().isForbidden());
        assertThat(list(org.headBUser(), "")).doesNotContain("Phạm Thị Thu Hương").contains("Vũ Thị Bích");
    }

    @Test
    void severalPledgesAreApprovedAtOnceAndTheRefusedOnesAreNamed() throws Exception {
        JsonNode a = submitted(org.staffA1User(), org.staffA1());
        JsonNode b = submitted(org.staffA1bUser(), org.staffA1b());
        JsonNode other = submitted(org.staffBUser(), org.staffB());
        JsonNode own = submitted(org.phongHeadUser(), org.phongHead());
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.phongHeadUser()))
                        .with(csrf()).param("decision", "APPROVE")
                        .param("pledge", value(a), value(b), value(other), value(own)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Đã duyệt 2 bản đăng ký."))
                .andExpect(flash().attribute("flashError", containsString("Không thực hiện được 2 bản đăng ký")));
        assertThat(pledges.pledge(a.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.APPROVED);
        assertThat(pledges.pledge(b.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.APPROVED);
        assertThat(pledges.pledge(other.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        assertThat(pledges.pledge(own.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        // the same click again: both are already decided, nothing changes
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.phongHeadUser()))
                        .with(csrf()).param("decision", "APPROVE").param("pledge", value(a), value(b)))
                .andExpect(flash().attribute("bulkRefusals", hasItem(
                        allOf(containsString("Phạm Thị Thu Hương"), containsString("\"Đã duyệt\"")))));
    }

    @Test
    void returningSeveralNeedsAReasonAndUsesIt() throws Exception {
        JsonNode a = submitted(org.staffA1User(), org.staffA1());
        JsonNode b = submitted(org.staffA1bUser(), org.staffA1b());
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.vuHeadUser()))
                        .with(csrf()).param("decision", "RETURN").param("reason", " ").param("pledge", value(a), value(b)))
                .andExpect(flash().attribute("flashError", containsString("cần nêu lý do trả lại")));
        assertThat(pledges.pledge(a.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.vuHeadUser()))
                        .with(csrf()).param("decision", "RETURN").param("reason", "Chưa có chỉ tiêu định lượng")
                        .param("pledge", value(a), value(b)))
                .andExpect(flash().attribute("flashSuccess", "Đã trả lại 2 bản đăng ký."));
        Pledge returned = pledges.pledge(b.get("id").asLong());
        assertThat(returned.getStatus()).isEqualTo(PledgeStatus.RETURNED);
        assertThat(returned.getReturnReason()).isEqualTo("Chưa có chỉ tiêu định lượng");
        // the head of another unit is refused
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.headBUser()))
                        .with(csrf()).param("decision", "APPROVE").param("pledge", value(a)))
                .andExpect(flash().attribute("bulkRefusals", hasItem(
                        containsString("không có quyền"))));

        // a stale version in the batch is refused on its own: Hương resubmits, the head's page still has the
        // version it had before the return; the two others of the batch are returned
        JsonNode returnedA = Json.read(api.get(org.staffA1User(), "/api/v1/pledges/{id}", a.get("id").asLong())
                .andReturn().getResponse().getContentAsString());
        JsonNode resubmitted = Json.read(api.post(org.staffA1User(), Map.of("version", returnedA.get("version").asLong()),
                "/api/v1/pledges/{id}/submit", a.get("id").asLong()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode c = submitted(org.vuStaffUser(), org.vuStaff());
        JsonNode d = submitted(org.phongHeadUser(), org.phongHead());
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.vuHeadUser()))
                        .with(csrf()).param("decision", "RETURN").param("reason", "Bổ sung minh chứng")
                        .param("pledge", value(c), value(a), value(d)))
                .andExpect(flash().attribute("flashSuccess", "Đã trả lại 2 bản đăng ký."))
                .andExpect(flash().attribute("flashError", containsString("Không thực hiện được 1 bản đăng ký")))
                .andExpect(flash().attribute("bulkRefusals", contains(
                        allOf(containsString("Phạm Thị Thu Hương"), containsString("bản đăng ký vừa được thay đổi; hãy tải lại danh sách")))));
        Pledge stale = pledges.pledge(a.get("id").asLong());
        assertThat(stale.getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        assertThat(stale.getVersion()).isEqualTo(resubmitted.get("version").asLong());
        assertThat(stale.getReturnReason()).isEqualTo("Chưa có chỉ tiêu định lượng");
        for (JsonNode other : new JsonNode[] {c, d}) {
            Pledge back = pledges.pledge(other.get("id").asLong());
            assertThat(back.getStatus()).isEqualTo(PledgeStatus.RETURNED);
            assertThat(back.getReturnReason()).isEqualTo("Bổ sung minh chứng");
            assertThat(back.getDecidedBy()).isEqualTo(org.vuHeadUser());
        }
    }

    @Test
    void aTooLongBulkReasonIsRefusedNamingTheFieldAndALineBreakCountsAsOneCharacter() throws Exception {
        JsonNode a = submitted(org.staffA1User(), org.staffA1());
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.vuHeadUser()))
                        .with(csrf()).param("decision", "RETURN").param("reason", "x".repeat(1001))
                        .param("pledge", value(a)))
                .andExpect(flash().attribute("flashError", "Lý do trả lại: tối đa 1.000 ký tự"));
        assertThat(pledges.pledge(a.get("id").asLong()).getStatus()).isEqualTo(PledgeStatus.SUBMITTED);
        // 1000 characters as the textarea counts them, 1001 as sent (CRLF)
        String reason = "y".repeat(499) + "\r\n" + "z".repeat(500);
        mvc.perform(post("/campaigns/{id}/registrations/decide", campaign.getId()).with(fixtures.as(org.vuHeadUser()))
                        .with(csrf()).param("decision", "RETURN").param("reason", reason).param("pledge", value(a)))
                .andExpect(flash().attribute("flashSuccess", "Đã trả lại 1 bản đăng ký."));
        Pledge returned = pledges.pledge(a.get("id").asLong());
        assertThat(returned.getStatus()).isEqualTo(PledgeStatus.RETURNED);
        assertThat(returned.getReturnReason()).hasSize(1000).contains("y\nz");
    }

    @Test
    void theHeadRegistersTheUnitsCollectivePledge() throws Exception {
        assertThat(list(org.phongHeadUser(), "")).contains("id=\"registerCollective-" + org.phongA1().getCode() + "\"");
        mvc.perform(get("/campaigns/{id}/pledges/new", campaign.getId()).param("unitId", org.phongA1().getId().toString())
                        .with(fixtures.as(org.phongHeadUser())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tiêu chí K1"), containsString("Tiêu chí C1"),
                        not(containsString("Tiêu chí I1")), containsString("Tập thể lao động tiên tiến"))));
        mvc.perform(get("/campaigns/{id}/pledges/new", campaign.getId()).param("unitId", org.phongA1().getId().toString())
                .with(fixtures.as(org.staffA1User()))).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/{id}/pledges/new", campaign.getId()).with(fixtures.as(org.phongHeadUser())).with(csrf())
                        .param("subjectType", "COLLECTIVE").param("subjectId", org.phongA1().getId().toString())
                        .param("targetTitle", "TTLDTT")
                        .param("commitments[0].criterionId", pledges.criterion(campaign, "K1").getId().toString())
                        .param("commitments[0].text", "100% cán bộ hoàn thành nhiệm vụ")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        assertThat(pledges.count(campaign, SubjectType.COLLECTIVE, org.phongA1().getId())).isEqualTo(1);
        assertThat(list(org.phongHeadUser(), "")).contains("id=\"openCollective-" + org.phongA1().getCode() + "\"");
        mvc.perform(post("/campaigns/{id}/pledges/new", campaign.getId()).with(fixtures.as(org.headBUser())).with(csrf())
                        .param("subjectType", "COLLECTIVE").param("subjectId", org.phongA1().getId().toString())
                        .param("action", "save"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListCostsTheSameStatementsForAFewOrManyPeople() throws Exception {
        Unit small = fixtures.unit("Phòng nhỏ " + Fixtures.unique(""));
        Unit large = fixtures.unit("Vụ lớn " + Fixtures.unique(""));
        Unit sub = fixtures.unit("Phòng của Vụ lớn " + Fixtures.unique(""), large.getId());
        Individual smallHead = fixtures.individual(small.getId(), "Trưởng phòng nhỏ");
        Individual largeHead = fixtures.individual(large.getId(), "Vụ trưởng lớn");
        fixtures.head(small, smallHead);
        fixtures.head(large, largeHead);
        for (int i = 0; i < 30; i++) {
            Individual person = fixtures.individual(i % 2 == 0 ? large.getId() : sub.getId(), "Cán bộ số " + i);
            if (i % 3 == 0) {
                String user = fixtures.account(person.getId(), Role.STAFF);
                submitted(user, person);
            }
        }
        String smallUser = fixtures.account(smallHead.getId(), Role.STAFF);
        String largeUser = fixtures.account(largeHead.getId(), Role.STAFF);
        int few = queries.count(() -> mvc.perform(get("/campaigns/{id}/registrations", campaign.getId())
                .with(fixtures.as(smallUser))).andExpect(status().isOk()));
        int many = queries.count(() -> mvc.perform(get("/campaigns/{id}/registrations", campaign.getId())
                .with(fixtures.as(largeUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng số: 31"))));
        assertThat(few).as("the counter counts the statements").isPositive();
        assertThat(many).isEqualTo(few);
        assertThat(many).isLessThan(25);
    }
}
