package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where a staff member and their head go from a pledge (issue 12): "Bản đăng ký của tôi" on the
 * campaign opens the pledge itself; the head's breadcrumb on someone's pledge leads back to the
 * registration list, not to the head's own pledges; pledges of campaigns that no longer take
 * pledges stay listed, read-only; the API documentation is linked for admins only.
 */
@IntegrationTest
class StaffNavigationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignApi api;

    @Autowired
    PledgeFixtures pledges;

    PledgeFixtures.Org org;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        org = pledges.org();
        campaign = pledges.open("Đợt thi đua điều hướng " + Fixtures.unique(""));
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(pledges.fixtures().as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** staffA1's pledge, submitted: {id, version}. */
    long[] submitted() throws Exception {
        JsonNode created = Json.read(api.post(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()),
                "/api/v1/campaigns/{id}/pledges", campaign.getId()).andReturn().getResponse().getContentAsString());
        JsonNode sent = Json.read(api.post(org.staffA1User(), Map.of("version", created.get("version").asLong()),
                "/api/v1/pledges/{id}/submit", created.get("id").asLong()).andReturn().getResponse()
                .getContentAsString());
        return new long[] {sent.get("id").asLong(), sent.get("version").asLong()};
    }

    @Test
    void myPledgeOnTheCampaignOpensTheFormThenThePledgeItself() throws Exception {
        String before = page(org.staffA1User(), "/campaigns/" + campaign.getId());
        assertThat(Html.attribute(before, "workPledge", "href"))
                .isEqualTo("/campaigns/" + campaign.getId() + "/pledges/new");
        long[] p = submitted();
        String after = page(org.staffA1User(), "/campaigns/" + campaign.getId());
        assertThat(Html.attribute(after, "workPledge", "href")).isEqualTo("/pledges/" + p[0]);
    }

    @Test
    void afterApprovingTheHeadsBreadcrumbLeadsBackToTheRegistrationList() throws Exception {
        long[] p = submitted();
        api.post(org.phongHeadUser(), Map.of("version", p[1]), "/api/v1/pledges/{id}/approve", p[0])
                .andExpect(status().isOk());
        String head = page(org.phongHeadUser(), "/pledges/" + p[0]);
        String crumbs = Html.element(head, "reviewBreadcrumb");
        assertThat(Html.attribute(head, "backToRegistrations", "href"))
                .isEqualTo("/campaigns/" + campaign.getId() + "/registrations");
        assertThat(Html.text(head, "backToRegistrations")).isEqualTo(campaign.getCode() + " · Danh sách đăng ký");
        assertThat(crumbs).contains("href=\"/registrations\"");
        assertThat(head).doesNotContain("<a href=\"/pledges\">Đăng ký thi đua</a>");
        // the subject's own breadcrumb still goes to their pledges
        String own = page(org.staffA1User(), "/pledges/" + p[0]);
        assertThat(own).doesNotContain("reviewBreadcrumb").contains("<a href=\"/pledges\">Đăng ký thi đua</a>");
    }

    @Test
    void pledgesOfCampaignsThatNoLongerTakePledgesStayListedReadOnly() throws Exception {
        long[] p = submitted();
        api.post(org.phongHeadUser(), Map.of("version", p[1]), "/api/v1/pledges/{id}/approve", p[0])
                .andExpect(status().isOk());
        assertThat(page(org.staffA1User(), "/pledges")).doesNotContain("earlier-" + campaign.getCode());

        pledges.advance(campaign, CampaignStatus.SCORING);
        String list = page(org.staffA1User(), "/pledges");
        assertThat(list).doesNotContain("id=\"my-" + campaign.getCode() + "\"");
        String row = Html.element(list, "earlier-" + campaign.getCode());
        assertThat(Html.cells(row)).containsExactly(campaign.getName(), "Chấm điểm", "Đã duyệt", "Xem bản đăng ký");
        assertThat(Html.attribute(row, "openEarlier-" + campaign.getCode(), "href")).isEqualTo("/pledges/" + p[0]);
        String pledge = page(org.staffA1User(), "/pledges/" + p[0]);
        assertThat(pledge).doesNotContain("id=\"editPledge\"").doesNotContain("id=\"withdrawPledge\"")
                .doesNotContain("id=\"submitPledge\"");

        pledges.advance(campaign, CampaignStatus.CLOSED);
        assertThat(Html.cells(Html.element(page(org.staffA1User(), "/pledges"), "earlier-" + campaign.getCode())))
                .containsExactly(campaign.getName(), "Đã kết thúc", "Đã duyệt", "Xem bản đăng ký");
        // someone else's earlier pledges are not in their list
        assertThat(page(org.staffA1bUser(), "/pledges")).doesNotContain("earlier-" + campaign.getCode())
                .contains("id=\"noEarlierPledges\"");
    }

    @Test
    void theApiDocumentationIsLinkedForAdminsOnly() throws Exception {
        assertThat(page(org.staffA1User(), "/pledges")).doesNotContain("swagger-ui").doesNotContain("apiDocsLink");
        assertThat(page(pledges.fixtures().board(), "/campaigns")).doesNotContain("swagger-ui");
        assertThat(Html.attribute(page(pledges.fixtures().admin(), "/campaigns"), "apiDocsLink", "href"))
                .isEqualTo("/swagger-ui.html");
    }
}
