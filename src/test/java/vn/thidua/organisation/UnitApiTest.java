package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnitRepository units;

    @Autowired
    OrganisationTestData data;

    // --- create, read, update ------------------------------------------------------------------

    @Test
    void aUnitIsCreatedReadAndUpdatedWithItsVersion() throws Exception {
        String admin = fixtures.admin();
        Unit parent = fixtures.unit("Văn phòng Chính phủ (thử)");
        String code = Fixtures.unique("vdm").toLowerCase();

        JsonNode created = read(mvc.perform(post("/api/v1/units").with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", " " + code + " ", "name", "Vụ Đổi mới doanh nghiệp",
                                "parentId", parent.getId()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code.toUpperCase()))
                .andExpect(jsonPath("$.name").value("Vụ Đổi mới doanh nghiệp"))
                .andExpect(jsonPath("$.parentId").value(parent.getId()))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(0)));
        long id = created.get("id").asLong();

        mvc.perform(get("/api/v1/units").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].code").value(hasItem(code.toUpperCase())))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].parentId").value(hasItem(parent.getId().intValue())));

        mvc.perform(get("/api/v1/units/{id}", id).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Vụ Đổi mới doanh nghiệp"))
                .andExpect(jsonPath("$.parentId").value(parent.getId()));

        mvc.perform(put("/api/v1/units/{id}", id).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "name", "Vụ Đổi mới và Phát triển doanh nghiệp",
                                "parentId", parent.getId(), "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Vụ Đổi mới và Phát triển doanh nghiệp"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(units.findById(id)).get().extracting(Unit::getName)
                .isEqualTo("Vụ Đổi mới và Phát triển doanh nghiệp");
    }

    @Test
    void anUnknownUnitIs404() throws Exception {
        mvc.perform(get("/api/v1/units/{id}", Long.MAX_VALUE).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    // --- bad input -----------------------------------------------------------------------------

    @Test
    void aMissingNameIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        String code = Fixtures.unique("NONAME");
        mvc.perform(post("/api/v1/units").with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(Map.of("code", code))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("không được để trống")));
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aCodeWithSpacesOrDiacriticsIsRefusedNamingTheCode() throws Exception {
        mvc.perform(post("/api/v1/units").with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", "Vụ TH", "name", "Vụ Tổng hợp"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message")
                        .value(hasItem(containsString("chữ cái không dấu"))));
        assertThat(units.findByCode("VỤ TH")).isEmpty();
    }

    @Test
    void aDuplicateCodeIs409EvenInLowerCase() throws Exception {
        Unit existing = fixtures.unit("Vụ Tổ chức cán bộ");
        mvc.perform(post("/api/v1/units").with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", existing.getCode().toLowerCase(), "name", "Vụ trùng mã"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(existing.getCode())));
        assertThat(units.findByCode(existing.getCode())).get().extracting(Unit::getName)
                .isEqualTo("Vụ Tổ chức cán bộ");
    }

    @Test
    void anUnknownParentIsRefusedNamingParentId() throws Exception {
        String code = Fixtures.unique("ORPHAN");
        mvc.perform(post("/api/v1/units").with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "name", "Phòng mồ côi", "parentId", Long.MAX_VALUE))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("parentId")));
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void anActiveUnitCannotBeCreatedUnderAnInactiveParent() throws Exception {
        Unit closed = fixtures.unit("Cục đã giải thể");
        data.deactivate(closed);
        String code = Fixtures.unique("UNDERCLOSED");
        mvc.perform(post("/api/v1/units").with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "name", "Phòng mới", "parentId", closed.getId()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'parentId')].message")
                        .value(hasItem(containsString("đã ngừng hoạt động"))));
        assertThat(units.findByCode(code)).isEmpty();
    }

    @Test
    void aUnitCannotBeItsOwnParentNorSitUnderItsDescendants() throws Exception {
        String admin = fixtures.admin();
        Unit top = fixtures.unit("Cục Kiểm soát thủ tục hành chính (thử)");
        Unit child = fixtures.unit("Phòng Đổi mới", top.getId());
        Unit grandChild = fixtures.unit("Tổ Một cửa", child.getId());

        for (Long parentId : List.of(top.getId(), child.getId(), grandChild.getId())) {
            mvc.perform(put("/api/v1/units/{id}", top.getId()).with(fixtures.as(admin)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("code", top.getCode(), "name", top.getName(),
                                    "parentId", parentId, "version", top.getVersion()))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'parentId')].message")
                            .value(hasItem(containsString("không thể là chính đơn vị này"))));
        }
        assertThat(units.findById(top.getId())).get().extracting(Unit::getParentId).isNull();
    }

    // --- deactivation --------------------------------------------------------------------------

    @Test
    void aUnitWithActiveSubUnitsCannotBeDeactivated() throws Exception {
        Unit parent = fixtures.unit("Vụ Hành chính (thử)");
        fixtures.unit("Phòng Văn thư", parent.getId());
        mvc.perform(put("/api/v1/units/{id}", parent.getId()).with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", parent.getCode(), "name", parent.getName(),
                                "active", false, "version", parent.getVersion()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Vụ Hành chính (thử)")))
                .andExpect(jsonPath("$.detail").value(containsString("đơn vị trực thuộc đang hoạt động")));
        assertThat(units.findById(parent.getId())).get().extracting(Unit::isActive).isEqualTo(true);
    }

    @Test
    void aUnitWithActivePeopleCannotBeDeactivatedAndTheMessageSaysHowMany() throws Exception {
        Unit unit = fixtures.unit("Vụ Tài chính (thử)");
        fixtures.individual(unit.getId(), "Hoàng Thu Trang");
        fixtures.individual(unit.getId(), "Vũ Đức Thịnh");
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(),
                                "active", false, "version", unit.getVersion()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("còn 2 cán bộ đang hoạt động")));
        assertThat(units.findById(unit.getId())).get().extracting(Unit::isActive).isEqualTo(true);
    }

    @Test
    void anEmptyUnitIsDeactivated() throws Exception {
        Unit unit = fixtures.unit("Tổ công tác tạm thời");
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(),
                                "active", false, "version", unit.getVersion()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        // stored so: the unit reads back inactive, from the API and from the database
        mvc.perform(get("/api/v1/units/{id}", unit.getId()).with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.name").value("Tổ công tác tạm thời"))
                .andExpect(jsonPath("$.version").value(unit.getVersion() + 1));
        Unit stored = units.findById(unit.getId()).orElseThrow();
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.getName()).isEqualTo("Tổ công tác tạm thời");
    }

    // --- the head --------------------------------------------------------------------------------

    @Test
    void theHeadMustBeAnActiveMemberOfTheUnit() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Kinh tế ngành (thử)");
        Unit other = fixtures.unit("Vụ Quan hệ quốc tế (thử)");
        Individual outsider = fixtures.individual(other.getId(), "Ngô Bảo Châu");
        Individual retired = fixtures.individual(unit.getId(), "Trịnh Văn Hưu");
        data.deactivate(retired);

        for (Individual candidate : List.of(outsider, retired)) {
            mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(admin)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(),
                                    "headIndividualId", candidate.getId(), "version", unit.getVersion()))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'headIndividualId')].message")
                            .value(hasItem(candidate.getFullName()
                                    + " không phải cán bộ đang hoạt động của đơn vị này")));
        }
        assertThat(units.findById(unit.getId())).get().extracting(Unit::getHeadIndividualId).isNull();
    }

    @Test
    void settingTheHeadMakesTheirAccountAUnitHeadWithScopeOverTheUnitsPeople() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Khoa giáo – Văn xã (thử)");
        Unit subUnit = fixtures.unit("Phòng Văn hóa", unit.getId());
        Individual head = fixtures.individual(unit.getId(), "Đỗ Thị Hồng Nhung");
        Individual colleague = fixtures.individual(subUnit.getId(), "Lý Quốc Trung");
        String headUser = fixtures.account(head.getId(), Role.STAFF);

        mvc.perform(get("/api/v1/me").with(fixtures.basic(headUser)))
                .andExpect(jsonPath("$.roles").value(not(hasItem("UNIT_HEAD"))));
        mvc.perform(get("/api/v1/individuals/{id}", colleague.getId()).with(fixtures.basic(headUser)))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(),
                                "headIndividualId", head.getId(), "version", unit.getVersion()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headIndividualId").value(head.getId()));

        mvc.perform(get("/api/v1/me").with(fixtures.basic(headUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(hasItem("UNIT_HEAD")))
                .andExpect(jsonPath("$.unitId").value(unit.getId()));
        mvc.perform(get("/api/v1/individuals/{id}", colleague.getId()).with(fixtures.basic(headUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Lý Quốc Trung"));
        mvc.perform(get("/api/v1/individuals").param("unitId", unit.getId().toString())
                        .with(fixtures.basic(headUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void aHeadSetDuringTheirSessionHasScopeAtOnce() throws Exception {
        Unit unit = fixtures.unit("Vụ Phiên đăng nhập (thử)");
        Individual head = fixtures.individual(unit.getId(), "Kiều Thị Loan");
        Individual colleague = fixtures.individual(unit.getId(), "Mạc Đĩnh Chi");
        // Signed in (roles read) while still plain staff.
        RequestPostProcessor session = fixtures.as(fixtures.account(head.getId(), Role.STAFF));
        mvc.perform(get("/api/v1/individuals/{id}", colleague.getId()).with(session))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(fixtures.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", unit.getName(),
                                "headIndividualId", head.getId(), "version", unit.getVersion()))))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/individuals/{id}", colleague.getId()).with(session))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/individuals").with(session))
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void aPutWithoutHeadIndividualIdKeepsTheHeadAndAnExplicitNullRemovesIt() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Pháp luật (thử)");
        Unit unit = units.findById(team.unit().getId()).orElseThrow();

        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", "Vụ Pháp luật (đổi tên)",
                                "version", unit.getVersion()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headIndividualId").value(team.head().getId()));

        Map<String, Object> removeHead = new HashMap<>();
        removeHead.put("code", unit.getCode());
        removeHead.put("name", "Vụ Pháp luật (đổi tên)");
        removeHead.put("headIndividualId", null);
        removeHead.put("version", unit.getVersion() + 1);
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(Json.of(removeHead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headIndividualId").value(nullValue()));
        mvc.perform(get("/api/v1/me").with(fixtures.basic(team.headUser())))
                .andExpect(jsonPath("$.roles").value(not(hasItem("UNIT_HEAD"))));
    }

    // --- versions --------------------------------------------------------------------------------

    @Test
    void aStaleVersionIs409AndChangesNothing() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Công nghiệp (thử)");
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", "Vụ Công nghiệp (lần 1)",
                                "version", unit.getVersion()))))
                .andExpect(status().isOk());

        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", "Vụ Công nghiệp (ghi đè)",
                                "version", unit.getVersion()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("phiên bản hiện tại: 1")));
        assertThat(units.findById(unit.getId())).get().extracting(Unit::getName).isEqualTo("Vụ Công nghiệp (lần 1)");
    }

    @Test
    void aPutWithoutVersionIsRefusedNamingVersion() throws Exception {
        Unit unit = fixtures.unit("Vụ Nông nghiệp (thử)");
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", "Không có phiên bản"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("version")));
    }

    // --- who may ---------------------------------------------------------------------------------

    @Test
    void onlyTheAdminWritesUnitsEvenWithABadBody() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Tổng hợp (thử)");
        Unit unit = units.findById(team.unit().getId()).orElseThrow();
        for (String user : List.of(team.memberUser(), team.headUser(), fixtures.board())) {
            String code = Fixtures.unique("DENIED");
            mvc.perform(post("/api/v1/units").with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("code", code, "name", "Vụ không được tạo"))))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
            mvc.perform(post("/api/v1/units").with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("code", unit.getCode(), "name", "Đổi tên trái phép",
                                    "version", unit.getVersion()))))
                    .andExpect(status().isForbidden());
            assertThat(units.findByCode(code)).isEmpty();
        }
        assertThat(units.findById(unit.getId())).get().extracting(Unit::getName).isEqualTo("Vụ Tổng hợp (thử)");
    }

    @Test
    void everyoneSignedInReadsTheUnits() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Thư ký – Biên tập (thử)");
        for (String user : List.of(team.memberUser(), team.headUser(), fixtures.board(), fixtures.admin())) {
            mvc.perform(get("/api/v1/units").with(fixtures.basic(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].name").value(hasItem("Vụ Thư ký – Biên tập (thử)")));
            mvc.perform(get("/api/v1/units/{id}", team.unit().getId()).with(fixtures.basic(user)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void withoutCredentialsTheUnitsAnswer401() throws Exception {
        Unit unit = fixtures.unit("Vụ Địa phương (thử)");
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/units/{id}", unit.getId())).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", Fixtures.unique("ANON"), "name", "Vụ vô danh"))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", "Vụ vô danh", "version", 0))))
                .andExpect(status().isUnauthorized());
        assertThat(units.findById(unit.getId())).get().extracting(Unit::getName).isEqualTo("Vụ Địa phương (thử)");
    }

    @Test
    void aSignedInSessionWithoutTheCsrfHeaderIs403() throws Exception {
        Unit unit = fixtures.unit("Vụ Phiên làm việc (thử)");
        mvc.perform(put("/api/v1/units/{id}", unit.getId()).with(fixtures.as(fixtures.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", unit.getCode(), "name", "Không có mã CSRF", "version", 0))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
        assertThat(units.findById(unit.getId())).get().extracting(Unit::getName).isEqualTo("Vụ Phiên làm việc (thử)");
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
