package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Test
    void theAdministratorCreatesAnAccountForAPerson() throws Exception {
        Unit unit = fixtures.unit("Vụ Tổng hợp");
        Individual person = fixtures.individual(unit.getId(), "Phạm Minh Chính");
        String username = Fixtures.unique("chinh").toLowerCase();

        String body = mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username,
                                "password", "Mật khẩu mới 2020", "roles", List.of("STAFF", "UNIT_HEAD"),
                                "individualId", person.getId()))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles", hasSize(2)))
                .andExpect(jsonPath("$.roles[0]").value("UNIT_HEAD"))
                .andExpect(jsonPath("$.roles[1]").value("STAFF"))
                .andExpect(jsonPath("$.individualId").value(person.getId()))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = Json.read(body).get("id").asLong();

        Account saved = accounts.findById(id).orElseThrow();
        assertThat(saved.getPasswordHash()).startsWith("{pbkdf2@SpringSecurity_v5_8}")
                .doesNotContain("Mật khẩu mới 2020");
        mvc.perform(get("/api/v1/accounts/{id}", id).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.version").isNumber());
        mvc.perform(get("/api/v1/accounts").param("q", username.toUpperCase()).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void aUsernameDifferingOnlyInCaseIsADuplicate() throws Exception {
        String existing = fixtures.board();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", existing.toUpperCase(),
                                "password", "Mật khẩu mới 2020", "roles", List.of("BOARD")))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Tên đăng nhập \"" + existing.toUpperCase() + "\" đã tồn tại."));
        assertThat(accounts.findAll().stream().filter(a -> a.getUsername().equalsIgnoreCase(existing))).hasSize(1);
    }

    @Test
    void anUnknownIndividualIsRefusedNamingTheField() throws Exception {
        String username = Fixtures.unique("ghost").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username,
                                "password", "Mật khẩu mới 2020", "roles", List.of("STAFF"), "individualId", 987654321L))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("individualId"))
                .andExpect(jsonPath("$.errors[0].message").value("không có cá nhân mã số 987654321"));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void staffAndUnitHeadAccountsNeedAnIndividual() throws Exception {
        for (String role : List.of("STAFF", "UNIT_HEAD")) {
            String username = Fixtures.unique("noperson").toLowerCase();
            mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username,
                                    "password", "Mật khẩu mới 2020", "roles", List.of(role)))
                            .with(fixtures.basic(fixtures.admin())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("individualId"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("vai trò Cán bộ, công chức hoặc Thủ trưởng đơn vị cần gắn với một cá nhân"));
            assertThat(accounts.findByUsername(username)).isEmpty();
        }
    }

    @Test
    void atLeastOneRoleIsNeeded() throws Exception {
        String username = Fixtures.unique("norole").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username,
                                "password", "Mật khẩu mới 2020", "roles", List.of()))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username,
                                "password", "Mật khẩu mới 2020", "roles", List.of("KING")))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(containsString("roles")));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void onlyTheAdministratorManagesAccounts() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Thư ký – Biên tập");
        Account target = accounts.findByUsername(team.memberUser()).orElseThrow();
        String username = Fixtures.unique("denied").toLowerCase();
        Map<String, Object> create = Map.of("username", username, "password", "Mật khẩu mới 2020",
                "roles", List.of("ADMIN"));
        Map<String, Object> update = Map.of("roles", List.of("ADMIN", "STAFF"),
                "individualId", team.member().getId(), "enabled", true, "version", target.getVersion());

        for (String user : List.of(team.memberUser(), team.headUser(), fixtures.board())) {
            mvc.perform(get("/api/v1/accounts").with(fixtures.basic(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Không có quyền"));
            mvc.perform(get("/api/v1/accounts/{id}", target.getId()).with(fixtures.basic(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/accounts"), create).with(fixtures.basic(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(put("/api/v1/accounts/{id}", target.getId()), update).with(fixtures.basic(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/accounts/{id}/password", target.getId()),
                            Map.of("password", "Mật khẩu của kẻ gian")).with(fixtures.basic(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/accounts/{id}/unlock", target.getId()).with(fixtures.basic(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(accounts.findByUsername(username)).isEmpty();
        Account unchanged = accounts.findById(target.getId()).orElseThrow();
        assertThat(unchanged.getRoles()).containsExactly(Role.STAFF);
        assertThat(unchanged.getVersion()).isEqualTo(target.getVersion());
        mvc.perform(get("/api/v1/me").with(fixtures.basic(team.memberUser()))).andExpect(status().isOk());
    }

    @Test
    void withoutCredentialsItIs401ProblemDetailsNotARedirect() throws Exception {
        mvc.perform(get("/api/v1/accounts"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", "x", "password", "y", "roles", List.of("ADMIN"))))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void anAdministratorCannotDisableThemself() throws Exception {
        String admin = fixtures.admin();
        Account me = accounts.findByUsername(admin).orElseThrow();
        mvc.perform(json(put("/api/v1/accounts/{id}", me.getId()), Map.of("roles", List.of("ADMIN"),
                                "enabled", false, "version", me.getVersion()))
                        .with(fixtures.basic(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Bạn không thể tự vô hiệu hóa hoặc bỏ vai trò quản trị của chính mình."));
        mvc.perform(json(put("/api/v1/accounts/{id}", me.getId()), Map.of("roles", List.of("BOARD"),
                                "enabled", true, "version", me.getVersion()))
                        .with(fixtures.basic(admin)))
                .andExpect(status().isConflict());
        Account unchanged = accounts.findById(me.getId()).orElseThrow();
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(unchanged.getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anUpdateWithAStaleVersionIs409AndChangesNothing() throws Exception {
        String user = fixtures.board();
        Account account = accounts.findByUsername(user).orElseThrow();
        String admin = fixtures.admin();
        mvc.perform(json(put("/api/v1/accounts/{id}", account.getId()), Map.of("roles", List.of("BOARD", "ADMIN"),
                                "enabled", true, "version", account.getVersion()))
                        .with(fixtures.basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
                .andExpect(jsonPath("$.version").value(account.getVersion() + 1));

        mvc.perform(json(put("/api/v1/accounts/{id}", account.getId()), Map.of("roles", List.of("BOARD"),
                                "enabled", false, "version", account.getVersion()))
                        .with(fixtures.basic(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("phiên bản hiện tại: " + (account.getVersion() + 1))));
        Account saved = accounts.findById(account.getId()).orElseThrow();
        assertThat(saved.getRoles()).containsExactlyInAnyOrder(Role.BOARD, Role.ADMIN);
        assertThat(saved.isEnabled()).isTrue();

        mvc.perform(json(put("/api/v1/accounts/{id}", account.getId()), Map.of("roles", List.of("BOARD"),
                                "enabled", true))
                        .with(fixtures.basic(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aDisabledAccountCannotUseTheApi() throws Exception {
        String user = fixtures.board();
        Account account = accounts.findByUsername(user).orElseThrow();
        mvc.perform(json(put("/api/v1/accounts/{id}", account.getId()), Map.of("roles", List.of("BOARD"),
                                "enabled", false, "version", account.getVersion()))
                        .with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anUnknownAccountIs404() throws Exception {
        mvc.perform(get("/api/v1/accounts/{id}", 987654321L).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(Json.of(body));
    }
}
