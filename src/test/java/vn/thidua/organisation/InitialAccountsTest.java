package vn.thidua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts with one-time initial passwords (issue 12): made by the import's API and by "accounts
 * for everyone without one" of a unit; the first sign-in may do nothing but change the password.
 */
@IntegrationTest
class InitialAccountsTest {

    private static final String NEW_PASSWORD = "Mật khẩu riêng của tôi 2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndividualRepository individuals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theImportApiAnswersTheInitialPasswordsOnceAndTheyOnlyLetThePersonChangeTheirPassword() throws Exception {
        String admin = fixtures.admin();
        String p = Fixtures.unique("");
        byte[] file = ("Mã đơn vị,Tên đơn vị,Mã cán bộ,Họ và tên,Trưởng đơn vị\n"
                + p + "VKT,Vụ Kinh tế," + p + "NV01,Phạm Thu Trang,x\n"
                + p + "VKT,," + p + "NV02,Hoàng Văn Đức,\n").getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/v1/imports/organisation")
                        .file(new MockMultipartFile("file", "kt.csv", "text/csv", file))
                        .param("createAccounts", "true").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.individualsCreated").value(2))
                .andExpect(jsonPath("$.accountsCreated").value(2))
                .andExpect(jsonPath("$.accounts[0].username").value(p + "NV01"))
                .andExpect(jsonPath("$.accounts[0].fullName").value("Phạm Thu Trang"))
                .andExpect(jsonPath("$.accounts[0].roles.length()").value(2))
                .andExpect(jsonPath("$.accounts[1].username").value(p + "NV02"))
                .andExpect(jsonPath("$.accounts[1].roles[0]").value("STAFF"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String password = Json.read(body).get("accounts").get(1).get("initialPassword").asString();
        assertThat(password).hasSize(19);
        // nothing kept to show again: the API answer was the one time
        assertThat(jdbc.sql("select count(*) from initial_password_list l join account a on a.id = l.owner_account_id "
                + "where a.username = ?").param(admin).query(Long.class).single()).isZero();

        // the API, with the initial password: 403 saying the password must be changed, whatever the call
        mvc.perform(get("/api/v1/me").with(httpBasic(p + "NV02", password)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Cần đổi mật khẩu"))
                .andExpect(jsonPath("$.detail").value(containsString("đổi mật khẩu tại /account/password")));
        mvc.perform(get("/api/v1/campaigns").with(httpBasic(p + "NV02", password)))
                .andExpect(status().isForbidden());

        // the pages: signed in, sent to the password page from anywhere, the API refused in the session too
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", p + "NV02").param("password", password))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/campaigns").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/campaigns").session(session).with(csrf())).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Cần đổi mật khẩu"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Bạn đang dùng mật khẩu ban đầu")));

        // keeping the initial password is not a change
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", password)
                        .param("newPassword", password).param("confirmPassword", password))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("mật khẩu mới phải khác mật khẩu ban đầu")));
        mvc.perform(get("/campaigns").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", password)
                        .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/campaigns"))
                .andExpect(flash().attribute("flashSuccess", "Đã đổi mật khẩu. Từ nay hãy đăng nhập bằng mật khẩu mới."));
        mvc.perform(get("/campaigns").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(p + "NV02", NEW_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(p + "NV02"));
        mvc.perform(get("/api/v1/me").with(httpBasic(p + "NV02", password))).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select must_change_password from account where username = ?").param(p + "NV02")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void accountsForEveryoneWithoutOneLeaveExistingAccountsAndReportTakenUsernames() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Tổng hợp");
        Unit sub = fixtures.unit("Phòng Thư ký", unit.getId());
        Individual head = fixtures.individual(unit.getId(), "Nguyễn Văn Trưởng");
        Individual withAccount = fixtures.individual(unit.getId(), "Lê Thị Có");
        Individual clashing = fixtures.individual(unit.getId(), "Trần Văn Trùng");
        Individual inSub = fixtures.individual(sub.getId(), "Đỗ Minh Phòng");
        fixtures.head(unit, head);
        String existing = fixtures.account(withAccount.getId(), Role.STAFF, Role.BOARD);
        String hashBefore = hashOf(existing);
        // somebody else's account already has the clashing person's code as username (any case)
        String other = fixtures.account(null, Role.ADMIN);
        jdbc.sql("update account set username = ? where username = ?").param(clashing.getCode().toLowerCase())
                .param(other).update();

        String body = mvc.perform(post("/api/v1/units/{id}/accounts", unit.getId()).with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accountsCreated").value(2))
                .andExpect(jsonPath("$.usernamesTaken[0]").value(clashing.getCode()))
                .andExpect(jsonPath("$.usernamesTaken.length()").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> made = new ArrayList<>();
        for (JsonNode account : Json.read(body).get("accounts")) {
            made.add(account.get("username").asString() + ":" + account.get("roles").toString());
        }
        assertThat(made).containsExactlyInAnyOrder(head.getCode() + ":[\"UNIT_HEAD\",\"STAFF\"]",
                inSub.getCode() + ":[\"STAFF\"]");
        assertThat(hashOf(existing)).isEqualTo(hashBefore);
        assertThat(jdbc.sql("select count(*) from account where individual_id = ?").param(withAccount.getId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select individual_id from account where lower(username) = lower(?)")
                .param(clashing.getCode()).query(Long.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'ACCOUNT' and action = 'CREATED' "
                + "and new_value like ?").param("%" + inSub.getCode() + "%initialPassword%").query(Long.class)
                .single()).isEqualTo(1);

        // again: everyone has one now (or is still taken)
        mvc.perform(post("/api/v1/units/{id}/accounts", unit.getId()).with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accountsCreated").value(0))
                .andExpect(jsonPath("$.usernamesTaken[0]").value(clashing.getCode()));
    }

    @Test
    void onlyTheEmulationOfficeMakesAccountsForAUnit() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Pháp chế");
        Individual newcomer = fixtures.individual(team.unit().getId(), "Vũ Thị Mới");
        mvc.perform(post("/api/v1/units/{id}/accounts", team.unit().getId()).with(fixtures.as(team.headUser()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/{id}/accounts", team.unit().getId()).with(fixtures.as(team.headUser()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from account where individual_id = ?").param(newcomer.getId())
                .query(Long.class).single()).isZero();
        mvc.perform(post("/api/v1/units/{id}/accounts", 987_654_321L).with(fixtures.as(fixtures.admin())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theUnitPageMakesTheAccountsAndLinksTheOneTimeList() throws Exception {
        String admin = fixtures.admin();
        Unit unit = fixtures.unit("Vụ Văn xã");
        Individual person = fixtures.individual(unit.getId(), "Bùi Thị Hoa");
        MvcResult result = mvc.perform(post("/admin/units/{id}/accounts", unit.getId()).with(fixtures.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/units/" + unit.getId() + "/edit"))
                .andReturn();
        var link = (vn.thidua.organisation.web.NewAccountsLink) result.getFlashMap().get("newAccounts");
        assertThat(link.created()).isEqualTo(1);
        assertThat(link.downloadPath()).startsWith("/admin/initial-passwords/");
        String page = mvc.perform(get("/admin/units/{id}/edit", unit.getId()).with(fixtures.as(admin))
                        .flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vn.thidua.support.Html.text(page, "accountsCreated"))
                .isEqualTo("Đã tạo 1 tài khoản mới với mật khẩu ban đầu.");
        assertThat(jdbc.sql("select username from account where individual_id = ?").param(person.getId())
                .query(String.class).single()).isEqualTo(person.getCode());
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username)
                .query(String.class).single();
    }
}
