package vn.thidua.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.thidua.organisation.Unit;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CampaignApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Autowired
    CampaignRepository repository;

    static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Đợt thi đua chào mừng Đại hội");
        body.put("theme", "Đẩy nhanh tiến độ, bảo đảm chất lượng");
        body.put("purpose", "Đẩy mạnh phong trào thi đua.\nPhát huy sáng kiến.");
        body.put("goals", "100% tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ");
        body.put("kind", "THEMATIC");
        body.put("startDate", "2020-07-10");
        body.put("endDate", "2020-08-30");
        body.put("registrationDeadline", "2020-07-20");
        return body;
    }

    ResultActions create(String user, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/campaigns").with(fixtures.basic(user))
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }

    @Test
    void anAdminCreatesADraftWithDefaultThresholdsAndTheCodeUpperCased() throws Exception {
        String code = Fixtures.unique("api").toLowerCase();
        Map<String, Object> body = body(" " + code + " ");
        body.put("openTitles", List.of("ldtt", "TTLDXS"));
        body.put("decisionNumber", "1234/QĐ-VPCP");
        body.put("decisionDate", "2020-07-09");
        String json = create(fixtures.admin(), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code.toUpperCase()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.kind").value("THEMATIC"))
                .andExpect(jsonPath("$.startDate").value("2020-07-10"))
                .andExpect(jsonPath("$.thresholds.excellent").value(90.0))
                .andExpect(jsonPath("$.thresholds.good").value(70.0))
                .andExpect(jsonPath("$.thresholds.pass").value(50.0))
                .andExpect(jsonPath("$.participatingUnitIds").isEmpty())
                .andExpect(jsonPath("$.openTitles[0]").value("LDTT"))
                .andExpect(jsonPath("$.openTitles[1]").value("TTLDXS"))
                .andExpect(jsonPath("$.decisionNumber").value("1234/QĐ-VPCP"))
                .andExpect(jsonPath("$.decisionDate").value("2020-07-09"))
                .andExpect(jsonPath("$.purpose").value("Đẩy mạnh phong trào thi đua.\nPhát huy sáng kiến."))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = Json.read(json).get("id").asLong();

        mvc.perform(get("/api/v1/campaigns/{id}", id).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Đợt thi đua chào mừng Đại hội"));
        mvc.perform(get("/api/v1/audit").param("entity", "CAMPAIGN").param("entityId", String.valueOf(id))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(jsonPath("$.items[0].action").value("CREATED"))
                .andExpect(jsonPath("$.items[0].campaignId").value(id));
    }

    @Test
    void thresholdsAreKeptWithTwoDecimals() throws Exception {
        String code = Fixtures.unique("THR");
        Map<String, Object> body = body(code);
        body.put("thresholds", Map.of("excellent", 87.25, "good", 70.05, "pass", 0));
        long id = Json.read(create(fixtures.admin(), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.thresholds.excellent").value(87.25))
                .andExpect(jsonPath("$.thresholds.good").value(70.05))
                .andExpect(jsonPath("$.thresholds.pass").value(0.0))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        // read again: both decimals were kept, in the API and in the database
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.thresholds.excellent").value(87.25))
                .andExpect(jsonPath("$.thresholds.good").value(70.05))
                .andExpect(jsonPath("$.thresholds.pass").value(0.0));
        Campaign stored = repository.findByCode(code).orElseThrow();
        assertThat(stored.getThresholds().excellent()).isEqualByComparingTo("87.25");
        assertThat(stored.getThresholds().good()).isEqualByComparingTo("70.05");
        assertThat(stored.getThresholds().pass()).isEqualByComparingTo("0");
    }

    @Test
    void datesOutOfOrderAreRefusedNamingTheFieldsAndNothingIsSaved() throws Exception {
        String code = Fixtures.unique("DATE");
        Map<String, Object> body = body(code);
        body.put("endDate", "2020-07-01");
        body.put("registrationDeadline", "2020-09-01");
        create(fixtures.admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'endDate')].message")
                        .value(hasItem("ngày kết thúc không được trước ngày bắt đầu")))
                .andExpect(jsonPath("$.errors[?(@.field == 'registrationDeadline')].message")
                        .value(hasItem("hạn đăng ký thi đua không được sau ngày kết thúc")));
        assertThat(repository.findByCode(code)).isEmpty();
    }

    @Test
    void thresholdsOutOfOrderAreRefused() throws Exception {
        String code = Fixtures.unique("ORD");
        Map<String, Object> body = body(code);
        body.put("thresholds", Map.of("excellent", 80, "good", 85, "pass", 90));
        create(fixtures.admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'thresholds.good')].message").value(hasItem(
                        "ngưỡng Hoàn thành tốt nhiệm vụ không được cao hơn ngưỡng Hoàn thành xuất sắc nhiệm vụ")))
                .andExpect(jsonPath("$.errors[?(@.field == 'thresholds.pass')]").isNotEmpty());

        body.put("thresholds", Map.of("excellent", 90, "good", 70.125, "pass", -1));
        create(fixtures.admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'thresholds.good')].message")
                        .value(hasItem("tối đa 2 chữ số thập phân")))
                .andExpect(jsonPath("$.errors[?(@.field == 'thresholds.pass')].message")
                        .value(hasItem("phải từ 0 trở lên")));
        assertThat(repository.findByCode(code)).isEmpty();
    }

    @Test
    void unknownTitlesAndUnitsAndMissingFieldsAreNamed() throws Exception {
        Map<String, Object> body = body("Mã có dấu");
        body.put("name", "  ");
        body.remove("kind");
        body.put("openTitles", List.of("LDTT", "HUANCHUONG"));
        body.put("participatingUnitIds", List.of(987654321L));
        create(fixtures.admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message")
                        .value(hasItem("mã chỉ gồm chữ cái không dấu, chữ số và . _ -, tối đa 32 ký tự")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("không được để trống")))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value(hasItem("không được để trống")))
                .andExpect(jsonPath("$.errors[?(@.field == 'openTitles')].message")
                        .value(hasItem("không có danh hiệu mã HUANCHUONG trong danh mục danh hiệu thi đua")))
                .andExpect(jsonPath("$.errors[?(@.field == 'participatingUnitIds')].message")
                        .value(hasItem("không có đơn vị mã số 987654321")));
    }

    @Test
    void aDateInTheWrongFormatIsRefusedNamingTheField() throws Exception {
        Map<String, Object> body = body(Fixtures.unique("FMT"));
        body.put("startDate", "10/07/2020");
        create(fixtures.admin(), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
    }

    @Test
    void aDuplicateCodeIsAConflict() throws Exception {
        String code = Fixtures.unique("DUP");
        String admin = fixtures.admin();
        create(admin, body(code)).andExpect(status().isCreated());
        create(admin, body(code.toLowerCase()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Mã đợt thi đua \"" + code + "\" đã tồn tại."));
        assertThat(repository.findAll().stream().filter(c -> c.getCode().equals(code))).hasSize(1);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() throws Exception {
        Campaign campaign = campaigns.draft("Đợt thi đua sửa đồng thời");
        String admin = fixtures.admin();
        Map<String, Object> first = body(campaign.getCode());
        first.put("name", "Tên mới lần 1");
        first.put("version", campaign.getVersion());
        mvc.perform(put("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(first)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(campaign.getVersion() + 1));

        Map<String, Object> second = body(campaign.getCode());
        second.put("name", "Tên ghi đè");
        second.put("version", campaign.getVersion());
        mvc.perform(put("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(second)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đã được người khác thay đổi")));
        assertThat(campaigns.current(campaign).getName()).isEqualTo("Tên mới lần 1");
    }

    @Test
    void onlyAdminsWriteCampaignsAndCriteria() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Tổng hợp");
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua chỉ để đọc"),
                CampaignStatus.REGISTRATION);
        Criterion criterion = criterionOf(campaign);
        Map<String, Object> update = body(campaign.getCode());
        update.put("name", "Tên do người không có quyền đặt");
        update.put("version", campaign.getVersion());
        Map<String, Object> newCriterion = Map.of("code", "C9", "title", "Tiêu chí lạ", "kind", "STANDARD",
                "maxPoints", 5, "appliesTo", "BOTH");
        Map<String, Object> criterionUpdate = Map.of("code", "C1", "title", "Tiêu chí bị sửa", "kind", "STANDARD",
                "maxPoints", 100, "appliesTo", "BOTH", "version", criterion.getVersion());

        for (String user : List.of(team.memberUser(), team.headUser(), fixtures.board())) {
            create(user, body(Fixtures.unique("NO"))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.title").value("Không có quyền"));
            mvc.perform(put("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON).content(Json.of(update)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/campaigns/{id}/transitions", campaign.getId()).with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("to", "IN_PROGRESS", "version", campaign.getVersion()))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/campaigns/{id}/criteria", campaign.getId()).with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON).content(Json.of(newCriterion)))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/campaigns/{id}/criteria/{cid}", campaign.getId(), criterion.getId())
                            .with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON).content(Json.of(criterionUpdate)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/campaigns/{id}/criteria/{cid}", campaign.getId(), criterion.getId())
                            .with(fixtures.basic(user)))
                    .andExpect(status().isForbidden());
        }
        Campaign unchanged = campaigns.current(campaign);
        assertThat(unchanged.getName()).isEqualTo("Đợt thi đua chỉ để đọc");
        assertThat(unchanged.getStatus()).isEqualTo(CampaignStatus.REGISTRATION);
        mvc.perform(get("/api/v1/campaigns/{id}/criteria", campaign.getId()).with(fixtures.basic(team.memberUser())))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Tiêu chí C1"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/campaigns")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/titles")).andExpect(status().isUnauthorized());
    }

    @Test
    void staffDoNotSeeADraftUntilItOpensRegistration() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Hành chính");
        Campaign campaign = campaigns.withCriterion("Đợt thi đua chưa công bố");
        String staff = team.memberUser();

        mvc.perform(get("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}/criteria", campaign.getId()).with(fixtures.basic(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}/criteria/sums", campaign.getId()).with(fixtures.basic(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns").with(fixtures.basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", not(hasItem(campaign.getCode()))));
        mvc.perform(get("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(fixtures.board())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/campaigns").with(fixtures.basic(fixtures.board())))
                .andExpect(jsonPath("$[*].code", hasItem(campaign.getCode())));

        campaigns.advance(campaign, CampaignStatus.REGISTRATION);

        mvc.perform(get("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTRATION"));
        mvc.perform(get("/api/v1/campaigns").with(fixtures.basic(staff)))
                .andExpect(jsonPath("$[*].code", hasItem(campaign.getCode())));
    }

    @Test
    void aCampaignOfSomeUnitsIsSeenByTheirPeopleAndSubUnitsOnly() throws Exception {
        Fixtures.Team inside = fixtures.team("Vụ Kinh tế ngành");
        Unit subUnit = fixtures.unit("Phòng Công nghiệp", inside.unit().getId());
        String subUnitStaff = fixtures.account(fixtures.individual(subUnit.getId(), "Lê Thị Hoa").getId(),
                vn.thidua.security.Role.STAFF);
        Fixtures.Team outside = fixtures.team("Vụ Quốc tế");
        Campaign campaign = campaigns.advance(campaigns.withCriterion("Đợt thi đua riêng", inside.unit().getId()),
                CampaignStatus.REGISTRATION);

        for (String user : List.of(inside.memberUser(), inside.headUser(), subUnitStaff)) {
            mvc.perform(get("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.participatingUnitIds[0]").value(inside.unit().getId()));
        }
        for (String user : List.of(outside.memberUser(), outside.headUser())) {
            mvc.perform(get("/api/v1/campaigns/{id}", campaign.getId()).with(fixtures.basic(user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/campaigns").with(fixtures.basic(user)))
                    .andExpect(jsonPath("$[*].code", not(hasItem(campaign.getCode()))));
        }
    }

    @Test
    void unknownCampaignIs404() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}", 987654321L).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theTitleCatalogueListsTheSeededTitlesInOrder() throws Exception {
        String json = mvc.perform(get("/api/v1/titles").with(fixtures.basic(fixtures.team("Vụ Thư ký").memberUser())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode titles = Json.read(json);
        // tests of the award module add titles of their own after the seeded ones
        assertThat(titles.findValuesAsString("code")).startsWith("LDTT", "CSTDCS", "CSTD_BO", "TTLDTT", "TTLDXS",
                "BK_BO", "BK_TTG", "GIAY_KHEN");
        assertThat(titles.get(0).get("name").asString()).isEqualTo("Lao động tiên tiến");
        assertThat(titles.get(4).get("subjectType").asString()).isEqualTo("COLLECTIVE");
    }

    private Criterion criterionOf(Campaign campaign) {
        return vn.thidua.security.SystemUser.runAsAdmin("test", () -> criteriaService.list(campaign.getId()).get(0));
    }

    @Autowired
    CriterionService criteriaService;
}
