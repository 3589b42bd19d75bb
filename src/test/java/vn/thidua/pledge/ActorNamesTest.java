package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.audit.ActorNames;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who decided or changed something is named by their full name and position, not their username (issue 12). */
@IntegrationTest
class ActorNamesTest {

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    CampaignApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActorNames actors;

    @Test
    void thePledgePageNamesTheHeadWhoApprovedItByFullNameAndPosition() throws Exception {
        PledgeFixtures.Org org = pledges.org();
        jdbc.sql("update individual set position = 'Trưởng phòng' where id = :id")
                .param("id", org.phongHead().getId()).update();
        Campaign campaign = pledges.open("Đợt ghi tên người duyệt " + Fixtures.unique(""));
        JsonNode created = Json.read(api.post(org.staffA1User(), pledges.individualBody(campaign, org.staffA1()),
                "/api/v1/campaigns/{id}/pledges", campaign.getId()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        JsonNode sent = Json.read(api.post(org.staffA1User(), Map.of("version", created.get("version").asLong()),
                "/api/v1/pledges/{id}/submit", id).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        api.post(org.phongHeadUser(), Map.of("version", sent.get("version").asLong()), "/api/v1/pledges/{id}/approve", id)
                .andExpect(status().isOk());

        String page = mvc.perform(get("/pledges/{id}", id).with(fixtures.as(org.staffA1User())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(page, "decidedBy")).startsWith("Trần Văn Phòng (Trưởng phòng) · ")
                .doesNotContain(org.phongHeadUser());
    }

    @Test
    void usernamesAreNamedWhateverTheirCaseAndAnAccountWithoutAPersonKeepsItsUsername() {
        PledgeFixtures.Org org = pledges.org();
        String upper = org.staffA1User().toUpperCase(Locale.ROOT);
        // fixtures' people are "Chuyên viên"
        assertThat(actors.names(List.of(upper, org.vuHeadUser(), "test", "nobody.here")))
                .containsOnly(Map.entry(upper, "Phạm Thị Thu Hương (Chuyên viên)"),
                        Map.entry(org.vuHeadUser(), org.vuHead().getFullName() + " (Chuyên viên)"));
        assertThat(actors.name("test")).isEqualTo("test");
        assertThat(actors.names(List.of())).isEmpty();
    }

    @Test
    void theDemoDataLoaderIsNamedAsTheSystemInTheDemoCampaignsHistory() throws Exception {
        long demo = jdbc.sql("select id from campaign where code = 'VPCP-2020-50N'").query(Long.class).single();
        String vi = mvc.perform(get("/campaigns/{id}", demo).with(fixtures.as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("<td>Hệ thống (nạp dữ liệu mẫu)</td>").doesNotContain("<td>demo</td>");
        String en = mvc.perform(get("/campaigns/{id}", demo).param("lang", "en").with(fixtures.as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("<td>System (loading the demo data)</td>");
    }
}
