package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.security.AccountApiTest.json;

/**
 * Taking rights away ends the account's open sessions before their next request: disabling it,
 * removing a role, an administrator's password reset, and (for the account's other sessions) the
 * person's own password change. Every session here is a real form login.
 */
@IntegrationTest
class SessionRevocationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Test
    void aDemotedAdministratorsOpenSessionCannotCreateAnAdministrator() throws Exception {
        String demoted = fixtures.admin();
        MockHttpSession open = signIn(demoted);
        MockHttpSession other = signIn(demoted);
        expectSignedIn(open);
        expectSignedIn(other);

        Account account = accounts.findByUsername(demoted).orElseThrow();
        mvc.perform(json(put("/api/v1/accounts/{id}", account.getId()), Map.of("roles", List.of("BOARD"),
                        "enabled", true, "version", account.getVersion())).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk());

        String username = Fixtures.unique("ke.gian").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", "Mật khẩu mới 2020",
                        "roles", List.of("ADMIN"))).session(open).with(csrf().asHeader()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        assertThat(accounts.findByUsername(username)).isEmpty();
        mvc.perform(get("/admin/accounts").session(other)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        String user = fixtures.board();
        MockHttpSession open = signIn(user);
        expectSignedIn(open);

        Account account = accounts.findByUsername(user).orElseThrow();
        mvc.perform(post("/admin/accounts/{id}/edit", account.getId()).with(fixtures.as(fixtures.admin())).with(csrf())
                        .param("roles", "BOARD").param("_roles", "on").param("_enabled", "on")
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(redirectedUrl("/admin/accounts"));

        mvc.perform(get("/account/password").session(open)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").session(open)).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSessions() throws Exception {
        String user = fixtures.board();
        MockHttpSession first = signIn(user);
        MockHttpSession second = signIn(user);
        Account account = accounts.findByUsername(user).orElseThrow();

        mvc.perform(json(post("/api/v1/accounts/{id}/password", account.getId()),
                        Map.of("password", "Mật khẩu do văn phòng đặt")).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk());

        mvc.perform(get("/account/password").session(first)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").session(second)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String user = fixtures.board();
        MockHttpSession here = signIn(user);
        MockHttpSession elsewhere = signIn(user);

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "Mật khẩu mới của tôi").param("confirmPassword", "Mật khẩu mới của tôi"))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/account/password").session(elsewhere)).andExpect(redirectedUrl("/login"));
        expectSignedIn(here);
        mvc.perform(get("/api/v1/me").session(here))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user));
    }

    @Test
    void removingOneRoleOfSeveralEndsTheSessionsAndTheNextSignInHasTheRest() throws Exception {
        String user = fixtures.account(null, Role.ADMIN, Role.BOARD);
        MockHttpSession open = signIn(user);
        Account account = accounts.findByUsername(user).orElseThrow();

        mvc.perform(json(put("/api/v1/accounts/{id}", account.getId()), Map.of("roles", List.of("BOARD"),
                        "enabled", true, "version", account.getVersion())).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/me").session(open)).andExpect(status().isUnauthorized());
        MockHttpSession again = signIn(user);
        mvc.perform(get("/api/v1/me").session(again))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("BOARD"))
                .andExpect(jsonPath("$.roles.length()").value(1));
        mvc.perform(get("/admin/accounts").session(again)).andExpect(status().isForbidden());
    }

    @Test
    void anEditThatTakesNothingAwayKeepsTheSessions() throws Exception {
        String user = fixtures.board();
        MockHttpSession open = signIn(user);
        Account account = accounts.findByUsername(user).orElseThrow();

        mvc.perform(json(put("/api/v1/accounts/{id}", account.getId()), Map.of("roles", List.of("BOARD", "ADMIN"),
                        "enabled", true, "version", account.getVersion())).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk());

        expectSignedIn(open);
        // the wrong password of a stranger for the same name ends nothing either
        mvc.perform(get("/api/v1/me").with(httpBasic(user, "đoán bừa"))).andExpect(status().isUnauthorized());
        expectSignedIn(open);
    }

    private MockHttpSession signIn(String user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user));
        return session;
    }

    private void expectSignedIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
    }
}
