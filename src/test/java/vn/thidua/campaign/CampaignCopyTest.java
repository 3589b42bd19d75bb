package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.security.SystemUser;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Next year's campaign from last year's: every field of the copy checked by hand; the original untouched. */
@IntegrationTest
class CampaignCopyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignFixtures campaignFixtures;

    @Autowired
    CampaignRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCopyIsANextYearDraftWithTheSameCriteriaUnitsTitlesAndThresholdsAndTheOriginalIsUntouched()
            throws Exception {
        Unit x = fixtures.unit("Vụ Sao Chép " + Fixtures.unique(""));
        Unit y = fixtures.unit("Cục Sao Chép " + Fixtures.unique(""));
        String p = Fixtures.unique("");
        Campaign original = SystemUser.runAsAdmin("test", () -> campaigns.create(new CampaignService.CampaignData(
                p + "-2024-TX", "Phong trào thi đua thường xuyên năm 2024 " + p, "Kỷ cương, trách nhiệm",
                "Mục đích năm 2024", "Mục tiêu năm 2024", CampaignKind.REGULAR, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2024, 2, 29),
                new Thresholds(new BigDecimal("92.5"), new BigDecimal("75"), new BigDecimal("55")),
                List.of(y.getId(), x.getId()), List.of("LDTT", "CSTDCS"), "12/QĐ-VPCP", LocalDate.of(2023, 12, 20))));
        SystemUser.runAsAdmin("test", () -> {
            add(original, "TC1", "Nhóm I. Chính trị", "Chấp hành chủ trương", "Hướng dẫn 1", CriterionKind.STANDARD,
                    "60", AppliesTo.INDIVIDUAL);
            add(original, "TC2", "Nhóm I. Chính trị", "Hoàn thành nhiệm vụ", null, CriterionKind.STANDARD, "40",
                    AppliesTo.BOTH);
            add(original, "TC3", null, "Kết quả của tập thể", "Hướng dẫn 3", CriterionKind.STANDARD, "100",
                    AppliesTo.COLLECTIVE);
            add(original, "CONG", null, "Sáng kiến được công nhận", null, CriterionKind.BONUS, "5", AppliesTo.BOTH);
            add(original, "TRU", null, "Vi phạm kỷ luật", "Mỗi lần trừ 2 điểm", CriterionKind.PENALTY, "10",
                    AppliesTo.INDIVIDUAL);
            return null;
        });
        Campaign launched = campaignFixtures.advance(original, CampaignStatus.REGISTRATION);
        String admin = fixtures.admin();
        String originalBefore = body(get("/api/v1/campaigns/{id}", original.getId()), admin);
        String criteriaBefore = body(get("/api/v1/campaigns/{id}/criteria", original.getId()), admin);

        String response = mvc.perform(post("/api/v1/campaigns/{id}/copy", original.getId())
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode copy = Json.read(response);
        assertThat(copy.get("code").asString()).isEqualTo(p + "-2025-TX");
        assertThat(copy.get("name").asString()).isEqualTo("Phong trào thi đua thường xuyên năm 2025 " + p);
        assertThat(copy.get("status").asString()).isEqualTo("DRAFT");
        assertThat(copy.get("kind").asString()).isEqualTo("REGULAR");
        assertThat(copy.get("theme").asString()).isEqualTo("Kỷ cương, trách nhiệm");
        assertThat(copy.get("purpose").asString()).isEqualTo("Mục đích năm 2024"); // wording is the admin's to edit
        assertThat(copy.get("goals").asString()).isEqualTo("Mục tiêu năm 2024");
        assertThat(copy.get("startDate").asString()).isEqualTo("2025-01-01");
        assertThat(copy.get("endDate").asString()).isEqualTo("2025-12-31");
        assertThat(copy.get("registrationDeadline").asString()).isEqualTo("2025-02-28"); // 29/02 has no 2025
        assertThat(copy.at("/thresholds/excellent").decimalValue()).isEqualByComparingTo("92.5");
        assertThat(copy.at("/thresholds/good").decimalValue()).isEqualByComparingTo("75");
        assertThat(copy.at("/thresholds/pass").decimalValue()).isEqualByComparingTo("55");
        List<Long> units = new ArrayList<>();
        copy.get("participatingUnitIds").forEach(id -> units.add(id.asLong()));
        assertThat(units).containsExactlyInAnyOrder(x.getId(), y.getId());
        List<String> titles = new ArrayList<>();
        copy.get("openTitles").forEach(code -> titles.add(code.asString()));
        assertThat(titles).containsExactly("CSTDCS", "LDTT");
        assertThat(text(copy.path("decisionNumber"))).isNull(); // the new campaign gets its own decision
        assertThat(text(copy.path("decisionDate"))).isNull();

        long copyId = copy.get("id").asLong();
        JsonNode criteria = Json.read(body(get("/api/v1/campaigns/{id}/criteria", copyId), admin));
        assertThat(criteria.size()).isEqualTo(5);
        assertCriterion(criteria.get(0), "TC1", 1, "Nhóm I. Chính trị", "Chấp hành chủ trương", "Hướng dẫn 1",
                "STANDARD", "60", "INDIVIDUAL");
        assertCriterion(criteria.get(1), "TC2", 2, "Nhóm I. Chính trị", "Hoàn thành nhiệm vụ", null, "STANDARD",
                "40", "BOTH");
        assertCriterion(criteria.get(2), "TC3", 3, null, "Kết quả của tập thể", "Hướng dẫn 3", "STANDARD", "100",
                "COLLECTIVE");
        assertCriterion(criteria.get(3), "CONG", 4, null, "Sáng kiến được công nhận", null, "BONUS", "5", "BOTH");
        assertCriterion(criteria.get(4), "TRU", 5, null, "Vi phạm kỷ luật", "Mỗi lần trừ 2 điểm", "PENALTY", "10",
                "INDIVIDUAL");

        // the original: same settings, same criteria, same status and version
        assertThat(body(get("/api/v1/campaigns/{id}", original.getId()), admin)).isEqualTo(originalBefore);
        assertThat(body(get("/api/v1/campaigns/{id}/criteria", original.getId()), admin)).isEqualTo(criteriaBefore);
        assertThat(Json.read(originalBefore).get("status").asString()).isEqualTo("REGISTRATION");
        assertThat(Json.read(originalBefore).get("version").asLong()).isEqualTo(launched.getVersion());

        // audited on the new campaign: created, its five criteria, and where it was copied from
        assertThat(jdbc.sql("""
                        select entity || ' ' || action from audit_event where campaign_id = :c order by id""")
                .param("c", copyId).query(String.class).list())
                .containsExactly("CAMPAIGN CREATED", "CRITERION CREATED", "CRITERION CREATED", "CRITERION CREATED",
                        "CRITERION CREATED", "CRITERION CREATED", "CAMPAIGN COPIED");
        assertThat(jdbc.sql("select new_value from audit_event where campaign_id = :c and action = 'COPIED'")
                .param("c", copyId).query(String.class).single()).isEqualTo("{\"copiedFrom\":\"" + p + "-2024-TX\"}");

        // copied again: the next code is taken, so the third copy gets "-2"; a code without a year gets one
        JsonNode second = Json.read(mvc.perform(post("/api/v1/campaigns/{id}/copy", original.getId())
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.get("code").asString()).isEqualTo(p + "-2025-TX-2");
        Campaign noYear = campaignFixtures.draft("Đợt thi đua không ghi năm");
        JsonNode third = Json.read(mvc.perform(post("/api/v1/campaigns/{id}/copy", noYear.getId())
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(third.get("code").asString()).isEqualTo(noYear.getCode() + "-2021");
        assertThat(third.get("name").asString()).isEqualTo("Đợt thi đua không ghi năm (bản sao)");
        assertThat(third.get("registrationDeadline").asString()).isEqualTo("2021-07-20");
    }

    @Test
    void onlyTheAdminCopiesAndThePageOpensTheNewDraftsForm() throws Exception {
        Campaign original = campaignFixtures.withCriterion("Đợt thi đua trang sao chép 2020");
        String board = fixtures.board();
        String staff = fixtures.account(null, Role.STAFF);
        long before = repository.count();
        mvc.perform(post("/api/v1/campaigns/{id}/copy", original.getId()).with(fixtures.as(board)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/{id}/copy", original.getId()).with(fixtures.as(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns/{id}/copy", 999_999_999L).with(fixtures.as(fixtures.admin())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(repository.count()).isEqualTo(before);

        String admin = fixtures.admin();
        String page = mvc.perform(get("/campaigns/{id}", original.getId()).with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vn.thidua.support.Html.text(page, "copyCampaign")).isEqualTo("Sao chép sang năm sau");
        String boardPage = mvc.perform(get("/campaigns/{id}", original.getId()).with(fixtures.as(board)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vn.thidua.support.Html.has(boardPage, "copyCampaign")).isFalse();

        mvc.perform(post("/campaigns/{id}/copy", original.getId()).with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/campaigns/*/edit"))
                .andExpect(flash().attribute("flashSuccess", "Đã tạo bản dự thảo " + original.getCode() + "-2021 từ đợt "
                        + original.getCode() + ". Hãy xem lại và sửa thông tin trước khi phát động."));
        Campaign copy = repository.findByCode(original.getCode() + "-2021").orElseThrow();
        assertThat(copy.getName()).isEqualTo("Đợt thi đua trang sao chép 2021");
        assertThat(copy.getStatus()).isEqualTo(CampaignStatus.DRAFT);
    }

    private void add(Campaign campaign, String code, String group, String title, String description,
                     CriterionKind kind, String max, AppliesTo appliesTo) {
        criterionService.add(campaign.getId(), new CriterionService.CriterionData(code, null, group, title,
                description, kind, new BigDecimal(max), appliesTo));
    }

    @Autowired
    CriterionService criterionService;

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        String user) throws Exception {
        return mvc.perform(request.with(fixtures.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertCriterion(JsonNode c, String code, int position, String group, String title,
                                        String description, String kind, String max, String appliesTo) {
        assertThat(c.get("code").asString()).isEqualTo(code);
        assertThat(c.get("position").asInt()).isEqualTo(position);
        assertThat(text(c.path("group"))).isEqualTo(group);
        assertThat(c.get("title").asString()).isEqualTo(title);
        assertThat(text(c.path("description"))).isEqualTo(description);
        assertThat(c.get("kind").asString()).isEqualTo(kind);
        assertThat(c.get("maxPoints").decimalValue()).isEqualByComparingTo(max);
        assertThat(c.get("appliesTo").asString()).isEqualTo(appliesTo);
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
