package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IndividualApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganisationTestData data;

    @Autowired
    IndividualRepository individuals;

    // --- create and update -------------------------------------------------------------------

    @Test
    void anIndividualIsCreatedWithEveryField() throws Exception {
        Unit unit = fixtures.unit("Vụ Tổ chức công vụ (thử)");
        String code = Fixtures.unique("cb").toLowerCase();
        mvc.perform(post("/api/v1/individuals").with(fixtures.basic(fixtures.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "  Nguyễn   Thị Ánh Tuyết ",
                                "unitId", unit.getId(), "position", "Phó Vụ trưởng",
                                "email", "tuyet.nta@vpcp.gov.vn"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.code").value(code.toUpperCase()))
                .andExpect(jsonPath("$.fullName").value("Nguyễn Thị Ánh Tuyết"))
                .andExpect(jsonPath("$.unitId").value(unit.getId()))
                .andExpect(jsonPath("$.position").value("Phó Vụ trưởng"))
                .andExpect(jsonPath("$.email").value("tuyet.nta@vpcp.gov.vn"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(individuals.findByCode(code.toUpperCase())).isPresent();
    }

    @Test
    void badFieldsAreRefusedNamingEachFieldAndNothingIsSaved() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Văn thư (thử)");
        Unit closed = fixtures.unit("Phòng đã giải thể");
        data.deactivate(closed);

        String code = Fixtures.unique("BAD");
        mvc.perform(post("/api/v1/individuals").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "unitId", unit.getId()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message").value(hasItem("không được để trống")));

        mvc.perform(post("/api/v1/individuals").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "Trần Văn Bình", "unitId", unit.getId(),
                                "email", "binh@@vpcp"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
                        .value(hasItem("không phải địa chỉ thư điện tử hợp lệ")));

        mvc.perform(post("/api/v1/individuals").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "Trần Văn Bình", "unitId", Long.MAX_VALUE))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'unitId')].message")
                        .value(hasItem("không có đơn vị mã số " + Long.MAX_VALUE)));

        mvc.perform(post("/api/v1/individuals").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "Trần Văn Bình", "unitId", closed.getId()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'unitId')].message")
                        .value(hasItem("đơn vị Phòng đã giải thể đã ngừng hoạt động")));

        mvc.perform(post("/api/v1/individuals").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", code, "fullName", "Trần Văn Bình"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("unitId")));

        assertThat(individuals.findByCode(code)).isEmpty();
    }

    @Test
    void allBadFieldsAreReportedTogether() throws Exception {
        mvc.perform(post("/api/v1/individuals").with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", "mã sai", "email", "không-phải-thư"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("code", "fullName", "email", "unitId")));
    }

    @Test
    void aDuplicateCodeIs409() throws Exception {
        Unit unit = fixtures.unit("Vụ Thi đua (thử)");
        Individual existing = fixtures.individual(unit.getId(), "Phan Văn Khải");
        mvc.perform(post("/api/v1/individuals").with(fixtures.as(fixtures.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", existing.getCode().toLowerCase(), "fullName", "Người trùng mã",
                                "unitId", unit.getId()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Mã cán bộ \"" + existing.getCode() + "\" đã tồn tại."));
        assertThat(individuals.findByCode(existing.getCode())).get().extracting(Individual::getFullName)
                .isEqualTo("Phan Văn Khải");
    }

    @Test
    void anUpdateTakesTheVersionAndAStaleOneIs409() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Hợp tác (thử)");
        Unit other = fixtures.unit("Vụ Đối ngoại (thử)");
        Individual person = fixtures.individual(unit.getId(), "Võ Văn Kiệt");

        mvc.perform(put("/api/v1/individuals/{id}", person.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", person.getCode(), "fullName", "Võ Văn Kiệt",
                                "unitId", other.getId(), "position", "Vụ phó", "email", "kiet@vpcp.gov.vn",
                                "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(other.getId()))
                .andExpect(jsonPath("$.position").value("Vụ phó"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(put("/api/v1/individuals/{id}", person.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", person.getCode(), "fullName", "Võ Văn Kiệt (ghi đè)",
                                "unitId", unit.getId(), "version", 0))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("phiên bản hiện tại: 1")));
        Individual saved = data.reload(person);
        assertThat(saved.getFullName()).isEqualTo("Võ Văn Kiệt");
        assertThat(saved.getUnitId()).isEqualTo(other.getId());

        mvc.perform(put("/api/v1/individuals/{id}", person.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", person.getCode(), "fullName", "Võ Văn Kiệt",
                                "unitId", other.getId(), "active", false, "version", 1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void aUnitHeadCannotBeMovedOrDeactivatedAndTheMessageNamesTheUnit() throws Exception {
        String admin = fixtures.admin();
        Fixtures.Team team = fixtures.team("Vụ Kinh tế tổng hợp (thử)");
        Unit elsewhere = fixtures.unit("Vụ Công nghiệp nặng (thử)");
        Individual head = team.head();

        mvc.perform(put("/api/v1/individuals/{id}", head.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", head.getCode(), "fullName", head.getFullName(),
                                "unitId", elsewhere.getId(), "version", head.getVersion()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("thủ trưởng của Vụ Kinh tế tổng hợp (thử)")));

        mvc.perform(put("/api/v1/individuals/{id}", head.getId()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.of(Map.of("code", head.getCode(), "fullName", head.getFullName(),
                                "unitId", team.unit().getId(), "active", false, "version", head.getVersion()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("thủ trưởng của Vụ Kinh tế tổng hợp (thử)")));

        Individual saved = data.reload(head);
        assertThat(saved.getUnitId()).isEqualTo(team.unit().getId());
        assertThat(saved.isActive()).isTrue();
    }

    // --- search, order, pages ----------------------------------------------------------------------

    @Test
    void theSearchFindsNamesTypedWithoutDiacriticsAndCodesInLowerCase() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Tìm kiếm (thử)");
        Individual an = fixtures.individual(unit.getId(), "Nguyễn Văn An");
        fixtures.individual(unit.getId(), "Nguyễn Văn Bảo");
        fixtures.individual(unit.getId(), "Đoàn Thị Hương");

        mvc.perform(get("/api/v1/individuals").param("unitId", unit.getId().toString()).param("q", "nguyen van an")
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Văn An"));

        mvc.perform(get("/api/v1/individuals").param("unitId", unit.getId().toString()).param("q", "doan thi huong")
                        .with(fixtures.as(admin)))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Đoàn Thị Hương")));

        mvc.perform(get("/api/v1/individuals").param("unitId", unit.getId().toString()).param("q", "NGUYỄN VĂN")
                        .with(fixtures.as(admin)))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Nguyễn Văn An", "Nguyễn Văn Bảo")));

        mvc.perform(get("/api/v1/individuals").param("q", an.getCode().toLowerCase()).with(fixtures.as(admin)))
                .andExpect(jsonPath("$.items[*].id").value(contains(an.getId().intValue())));
    }

    @Test
    void peopleComeInVietnameseNameOrder() throws Exception {
        Unit unit = fixtures.unit("Vụ Sắp xếp (thử)");
        for (String name : List.of("Lê Ánh", "Đặng Minh Khôi", "Dương Văn Nam", "Bùi Thị Hà")) {
            fixtures.individual(unit.getId(), name);
        }
        mvc.perform(get("/api/v1/individuals").param("unitId", unit.getId().toString())
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].fullName")
                        .value(contains("Bùi Thị Hà", "Dương Văn Nam", "Đặng Minh Khôi", "Lê Ánh")));
    }

    @Test
    void theListIsPaginatedAndRefusesPagesOver500() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Phân trang (thử)");
        for (String name : List.of("Cao Văn A", "Cao Văn B", "Cao Văn C")) {
            fixtures.individual(unit.getId(), name);
        }
        mvc.perform(get("/api/v1/individuals").param("unitId", unit.getId().toString())
                        .param("page", "0").param("size", "2").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3));
        mvc.perform(get("/api/v1/individuals").param("unitId", unit.getId().toString())
                        .param("page", "1").param("size", "2").with(fixtures.as(admin)))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Cao Văn C")))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/v1/individuals").param("size", "501").with(fixtures.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message")
                        .value(hasItem("kích thước trang phải từ 1 đến 500")));
        mvc.perform(get("/api/v1/individuals").param("size", "500").param("unitId", unit.getId().toString())
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(500));
    }

    // --- who sees whom -------------------------------------------------------------------------------

    @Test
    void aUnitHeadSeesTheirUnitAndItsSubUnitsButNoOtherUnit() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Nội chính (thử)");
        Unit subUnit = fixtures.unit("Phòng An ninh (thử)", team.unit().getId());
        Individual inSubUnit = fixtures.individual(subUnit.getId(), "Mai Văn Sơn");
        Fixtures.Team otherTeam = fixtures.team("Vụ Ngoại giao (thử)");
        String head = team.headUser();

        mvc.perform(get("/api/v1/individuals").with(fixtures.basic(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(team.head().getId().intValue(),
                        team.member().getId().intValue(), inSubUnit.getId().intValue())));
        mvc.perform(get("/api/v1/individuals").param("unitId", subUnit.getId().toString()).with(fixtures.basic(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Mai Văn Sơn")));
        mvc.perform(get("/api/v1/individuals/{id}", inSubUnit.getId()).with(fixtures.basic(head)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/individuals/{id}", otherTeam.member().getId()).with(fixtures.basic(head)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/individuals").param("unitId", otherTeam.unit().getId().toString())
                        .with(fixtures.basic(head)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/individuals").param("q", "Vụ Ngoại giao (thử)").with(fixtures.basic(head)))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void staffSeeOnlyThemselves() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Công tác đảng (thử)");
        Fixtures.Team other = fixtures.team("Vụ Dân nguyện (thử)");
        String staff = team.memberUser();

        mvc.perform(get("/api/v1/individuals").with(fixtures.basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(team.member().getId()));
        mvc.perform(get("/api/v1/individuals").param("unitId", team.unit().getId().toString())
                        .with(fixtures.basic(staff)))
                .andExpect(jsonPath("$.items[*].id").value(contains(team.member().getId().intValue())));
        mvc.perform(get("/api/v1/individuals/{id}", team.member().getId()).with(fixtures.basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value(team.member().getFullName()));

        mvc.perform(get("/api/v1/individuals/{id}", team.head().getId()).with(fixtures.basic(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/individuals/{id}", other.member().getId()).with(fixtures.basic(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/individuals").param("unitId", other.unit().getId().toString())
                        .with(fixtures.basic(staff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBoardReadsEveryone() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Thống kê (thử)");
        String board = fixtures.board();
        mvc.perform(get("/api/v1/individuals/{id}", team.member().getId()).with(fixtures.basic(board)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/individuals").param("unitId", team.unit().getId().toString())
                        .with(fixtures.basic(board)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void onlyTheAdminWritesPeople() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Giám sát (thử)");
        Individual member = team.member();
        for (String user : List.of(team.memberUser(), team.headUser(), fixtures.board())) {
            String code = Fixtures.unique("DENIED");
            mvc.perform(post("/api/v1/individuals").with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("code", code, "fullName", "Người không được thêm",
                                    "unitId", team.unit().getId()))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/individuals").with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/individuals/{id}", member.getId()).with(fixtures.basic(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Json.of(Map.of("code", member.getCode(), "fullName", "Đổi tên trái phép",
                                    "unitId", team.unit().getId(), "version", member.getVersion()))))
                    .andExpect(status().isForbidden());
            assertThat(individuals.findByCode(code)).isEmpty();
        }
        assertThat(data.reload(member).getFullName()).isEqualTo(member.getFullName());
    }

    @Test
    void withoutCredentialsPeopleAnswer401() throws Exception {
        Unit unit = fixtures.unit("Vụ Ẩn danh (thử)");
        Individual person = fixtures.individual(unit.getId(), "Tạ Quang Bửu");
        mvc.perform(get("/api/v1/individuals")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/individuals/{id}", person.getId())).andExpect(status().isUnauthorized());
        Map<String, Object> body = new HashMap<>(Map.of("code", Fixtures.unique("ANON"), "fullName", "Vô danh",
                "unitId", unit.getId()));
        mvc.perform(post("/api/v1/individuals").contentType(MediaType.APPLICATION_JSON).content(Json.of(body)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAccountMadeUnitHeadByRoleAloneSeesNoOneElse() throws Exception {
        Unit unit = fixtures.unit("Vụ Vai trò (thử)");
        Individual self = fixtures.individual(unit.getId(), "Lâm Văn Tư");
        fixtures.individual(unit.getId(), "Hà Thị Năm");
        String user = fixtures.account(self.getId(), Role.UNIT_HEAD);
        mvc.perform(get("/api/v1/individuals").with(fixtures.basic(user)))
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Lâm Văn Tư")))
                .andExpect(jsonPath("$.items[*].fullName").value(not(hasItem("Hà Thị Năm"))));
    }
}
