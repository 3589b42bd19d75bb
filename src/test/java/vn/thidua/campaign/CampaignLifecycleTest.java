package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.organisation.Unit;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CampaignLifecycleTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Autowired
    CampaignApi api;

    /** The campaign as a PUT body: its current values and version. */
    static Map<String, Object> asBody(Campaign c) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", c.getCode());
        body.put("name", c.getName());
        body.put("theme", c.getTheme());
        body.put("purpose", c.getPurpose());
        body.put("goals", c.getGoals());
        body.put("kind", c.getKind().name());
        body.put("startDate", c.getStartDate().toString());
        body.put("endDate", c.getEndDate().toString());
        body.put("registrationDeadline", c.getRegistrationDeadline().toString());
        body.put("thresholds", Map.of("excellent", c.getThresholds().excellent(), "good", c.getThresholds().good(),
                "pass", c.getThresholds().pass()));
        body.put("participatingUnitIds", List.copyOf(c.getParticipatingUnitIds()));
        body.put("openTitles", List.copyOf(c.getOpenTitles()));
        body.put("version", c.getVersion());
        return body;
    }

    @Test
    void everyLegalStepMovesOneStatusForwardAndIsAudited() throws Exception {
        String admin = fixtures.admin();
        Campaign campaign = campaigns.withCriterion("Đợt thi đua đi hết vòng đời");
        long version = campaign.getVersion();
        for (String to : List.of("REGISTRATION", "IN_PROGRESS", "SCORING", "REVIEW", "CLOSED")) {
            String json = api.transition(admin, campaign, to, version)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value(to))
                    .andReturn().getResponse().getContentAsString();
            long next = Json.read(json).get("version").asLong();
            assertThat(next).isGreaterThan(version);
            version = next;
        }
        String history = api.get(admin, "/api/v1/audit?entity=CAMPAIGN&entityId=" + campaign.getId())
                .andReturn().getResponse().getContentAsString();
        JsonNode items = Json.read(history).get("items");
        List<String> transitions = new java.util.ArrayList<>();
        items.forEach(item -> {
            if ("STATUS_CHANGED".equals(item.get("action").asString())) {
                transitions.add(item.get("oldValue").asString() + " → " + item.get("newValue").asString());
            }
        });
        assertThat(transitions).containsExactly(
                "{\"status\":\"REVIEW\"} → {\"status\":\"CLOSED\"}",
                "{\"status\":\"SCORING\"} → {\"status\":\"REVIEW\"}",
                "{\"status\":\"IN_PROGRESS\"} → {\"status\":\"SCORING\"}",
                "{\"status\":\"REGISTRATION\"} → {\"status\":\"IN_PROGRESS\"}",
                "{\"status\":\"DRAFT\"} → {\"status\":\"REGISTRATION\"}");
    }

    @Test
    void aJumpIsRefusedNamingTheCurrentStatus() throws Exception {
        Campaign campaign = campaigns.withCriterion("Đợt thi đua nhảy cóc");
        api.transition(fixtures.admin(), campaign, "SCORING", campaign.getVersion())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Đợt thi đua đang ở trạng thái Dự thảo; không thể chuyển sang Chấm điểm."));
        assertThat(campaigns.current(campaign).getStatus()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void aStepBackIsRefusedNamingTheCurrentStatus() throws Exception {
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua lùi lại"),
                CampaignStatus.IN_PROGRESS);
        api.transition(fixtures.admin(), campaign, "REGISTRATION", campaign.getVersion())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Đợt thi đua đang ở trạng thái Đang triển khai; không thể chuyển sang Đăng ký thi đua."));
        api.transition(fixtures.admin(), campaign, "IN_PROGRESS", campaign.getVersion())
                .andExpect(status().isConflict());
        assertThat(campaigns.current(campaign).getStatus()).isEqualTo(CampaignStatus.IN_PROGRESS);
    }

    @Test
    void aClosedCampaignGoesNowhere() throws Exception {
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua đã xong"), CampaignStatus.CLOSED);
        api.transition(fixtures.admin(), campaign, "DRAFT", campaign.getVersion())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Đợt thi đua đang ở trạng thái Đã kết thúc; không thể chuyển sang Dự thảo."));
    }

    @Test
    void registrationDoesNotOpenWithoutCriteria() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua chưa có tiêu chí");
        api.transition(fixtures.admin(), campaign, "REGISTRATION", campaign.getVersion())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đợt thi đua đang ở trạng thái Dự thảo và chưa có tiêu chí nào; "
                        + "cần thêm ít nhất một tiêu chí trước khi chuyển sang Đăng ký thi đua."));
        assertThat(campaigns.current(campaign).getStatus()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void aTransitionWithAStaleVersionOrWithoutTargetIsRefused() throws Exception {
        Campaign campaign = campaigns.withCriterion("Đợt thi đua bấm hai lần");
        String admin = fixtures.admin();
        api.transition(admin, campaign, "REGISTRATION", campaign.getVersion()).andExpect(status().isOk());
        api.transition(admin, campaign, "IN_PROGRESS", campaign.getVersion())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đã được người khác thay đổi")));
        api.post(admin, Map.of("version", campaign.getVersion() + 1), "/api/v1/campaigns/{id}/transitions",
                        campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        api.post(admin, Map.of("to", "FINISHED", "version", campaign.getVersion() + 1),
                        "/api/v1/campaigns/{id}/transitions", campaign.getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        assertThat(campaigns.current(campaign).getStatus()).isEqualTo(CampaignStatus.REGISTRATION);
    }

    @Test
    void inDraftEverythingMayChange() throws Exception {
        Unit unit = fixtures.unit("Vụ Tổ chức cán bộ");
        Campaign campaign = campaigns.draft("Đợt thi đua nháp");
        Map<String, Object> body = asBody(campaign);
        String code = Fixtures.unique("RENAMED");
        body.put("code", code);
        body.put("kind", "REGULAR");
        body.put("startDate", "2020-07-01");
        body.put("participatingUnitIds", List.of(unit.getId()));
        body.put("openTitles", List.of("TTLDTT", "TTLDXS"));
        body.put("thresholds", Map.of("excellent", 95, "good", 80, "pass", 60));
        api.put(fixtures.admin(), body, "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.kind").value("REGULAR"))
                .andExpect(jsonPath("$.startDate").value("2020-07-01"))
                .andExpect(jsonPath("$.participatingUnitIds[0]").value(unit.getId()))
                .andExpect(jsonPath("$.openTitles.length()").value(2))
                .andExpect(jsonPath("$.thresholds.excellent").value(95.0));
        // what is stored, read again
        api.get(fixtures.admin(), "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.kind").value("REGULAR"))
                .andExpect(jsonPath("$.startDate").value("2020-07-01"))
                .andExpect(jsonPath("$.participatingUnitIds.length()").value(1))
                .andExpect(jsonPath("$.participatingUnitIds[0]").value(unit.getId()))
                .andExpect(jsonPath("$.openTitles[0]").value("TTLDTT"))
                .andExpect(jsonPath("$.openTitles[1]").value("TTLDXS"))
                .andExpect(jsonPath("$.thresholds.excellent").value(95.0))
                .andExpect(jsonPath("$.thresholds.good").value(80.0))
                .andExpect(jsonPath("$.thresholds.pass").value(60.0));
        Campaign stored = campaigns.current(campaign);
        assertThat(stored.getCode()).isEqualTo(code);
        assertThat(stored.getKind()).isEqualTo(CampaignKind.REGULAR);
        assertThat(stored.getStartDate()).isEqualTo(java.time.LocalDate.of(2020, 7, 1));
        assertThat(stored.getParticipatingUnitIds()).containsExactly(unit.getId());
        assertThat(stored.getOpenTitles()).containsExactly("TTLDTT", "TTLDXS");
        assertThat(stored.getThresholds().excellent()).isEqualByComparingTo("95");
        assertThat(stored.getThresholds().good()).isEqualByComparingTo("80");
        assertThat(stored.getThresholds().pass()).isEqualByComparingTo("60");
        assertThat(stored.getStatus()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void afterDraftTheStructureIsRefusedNamingTheStatus() throws Exception {
        Unit unit = fixtures.unit("Vụ Pháp chế");
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua đã mở đăng ký"),
                CampaignStatus.REGISTRATION);
        String admin = fixtures.admin();
        Map<String, Map.Entry<String, Object>> changes = Map.of(
                "mã đợt thi đua", Map.entry("code", Fixtures.unique("OTHER")),
                "hình thức thi đua", Map.entry("kind", "REGULAR"),
                "ngày bắt đầu", Map.entry("startDate", "2020-07-11"),
                "đơn vị tham gia", Map.entry("participatingUnitIds", List.of(unit.getId())),
                "danh hiệu được đăng ký", Map.entry("openTitles", List.of("LDTT", "CSTDCS")));
        for (Map.Entry<String, Map.Entry<String, Object>> change : changes.entrySet()) {
            Map<String, Object> body = asBody(campaign);
            body.put(change.getValue().getKey(), change.getValue().getValue());
            api.put(admin, body, "/api/v1/campaigns/{id}", campaign.getId())
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value("Đợt thi đua đang ở trạng thái Đăng ký thi đua; không thể "
                            + "thay đổi " + change.getKey() + " (chỉ sửa được khi ở trạng thái Dự thảo)."));
        }
        Campaign unchanged = campaigns.current(campaign);
        assertThat(unchanged.getVersion()).isEqualTo(campaign.getVersion());
        assertThat(unchanged.getOpenTitles()).containsExactly("LDTT");

        // the same values sent back unchanged are fine
        api.put(admin, asBody(campaign), "/api/v1/campaigns/{id}", campaign.getId()).andExpect(status().isOk());
    }

    @Test
    void anAdminMayExtendTheRegistrationDeadlineAfterDraftAndItIsAudited() throws Exception {
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua gia hạn đăng ký"),
                CampaignStatus.IN_PROGRESS);
        String admin = fixtures.admin();
        Map<String, Object> body = asBody(campaign);
        body.put("registrationDeadline", "2020-07-31");
        body.put("endDate", "2020-09-05");
        body.put("name", "Đợt thi đua gia hạn đăng ký (sửa tên)");
        api.put(admin, body, "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrationDeadline").value("2020-07-31"))
                .andExpect(jsonPath("$.endDate").value("2020-09-05"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        assertThat(campaigns.current(campaign).getRegistrationDeadline()).isEqualTo(LocalDate.of(2020, 7, 31));

        api.get(admin, "/api/v1/audit?entity=CAMPAIGN&entityId=" + campaign.getId())
                .andExpect(jsonPath("$.items[0].action").value("UPDATED"))
                .andExpect(jsonPath("$.items[0].campaignId").value(campaign.getId()))
                .andExpect(jsonPath("$.items[0].oldValue", containsString("\"registrationDeadline\":\"2020-07-20\"")))
                .andExpect(jsonPath("$.items[0].newValue", containsString("\"registrationDeadline\":\"2020-07-31\"")))
                .andExpect(jsonPath("$.items[0].newValue", containsString("\"endDate\":\"2020-09-05\"")))
                .andExpect(jsonPath("$.items[0].actor").value(admin));
    }

    @Test
    void thresholdsChangeUntilScoringButNotInReview() throws Exception {
        String admin = fixtures.admin();
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua đổi ngưỡng"),
                CampaignStatus.SCORING);
        Map<String, Object> body = asBody(campaign);
        body.put("thresholds", Map.of("excellent", 92.5, "good", 75, "pass", 50));
        String json = api.put(admin, body, "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.thresholds.excellent").value(92.5))
                .andReturn().getResponse().getContentAsString();
        assertThat(Json.read(json).get("version").asLong()).isGreaterThan(campaign.getVersion());

        campaign = campaigns.advance(campaign, CampaignStatus.REVIEW);
        body = asBody(campaign);
        body.put("thresholds", Map.of("excellent", 90, "good", 75, "pass", 50));
        api.put(admin, body, "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đợt thi đua đang ở trạng thái Xét duyệt; ngưỡng xếp loại chỉ "
                        + "sửa được đến hết giai đoạn Chấm điểm."));

        body = asBody(campaign);
        body.put("goals", "Mục tiêu được viết lại khi xét duyệt");
        api.put(admin, body, "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals").value("Mục tiêu được viết lại khi xét duyệt"))
                .andExpect(jsonPath("$.thresholds.excellent").value(92.5));
    }

    @Test
    void nothingChangesInAClosedCampaign() throws Exception {
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua khép lại"), CampaignStatus.CLOSED);
        Map<String, Object> body = asBody(campaign);
        body.put("name", "Tên sửa sau khi kết thúc");
        api.put(fixtures.admin(), body, "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Đợt thi đua đang ở trạng thái Đã kết thúc; không thể thay đổi gì nữa."));
        assertThat(campaigns.current(campaign).getName()).isEqualTo("Đợt thi đua khép lại");
    }
}
