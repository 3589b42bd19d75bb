package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.security.AccountApiTest.json;

@IntegrationTest
class SecurityHeadersAndCsrfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        expectSecureHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
        expectSecureHeaders(mvc.perform(get("/account/password").with(fixtures.as(fixtures.board())))
                .andExpect(status().isOk()));
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() throws Exception {
        expectSecureHeaders(mvc.perform(get("/api/v1/me").with(fixtures.basic(fixtures.board())))
                .andExpect(status().isOk()));
        expectSecureHeaders(mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()));
    }

    @Test
    void pagesHaveNoInlineScriptsOrStyles() throws Exception {
        for (String page : List.of("/account/password", "/admin/accounts", "/admin/accounts/new")) {
            mvc.perform(get(page).with(fixtures.as(fixtures.admin())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(" style="))))
                    .andExpect(content().string(not(containsString("<script>"))))
                    .andExpect(content().string(not(containsString("onclick="))));
        }
    }

    private static void expectSecureHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string("Content-Security-Policy",
                        allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                                containsString("object-src 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void pageFormsWithoutTheCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        String admin = fixtures.admin();
        String username = Fixtures.unique("csrf").toLowerCase();
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(admin))
                        .param("username", username).param("password", "Mật khẩu mới 2020")
                        .param("roles", "BOARD"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/new").with(fixtures.as(admin)).with(csrf().useInvalidToken())
                        .param("username", username).param("password", "Mật khẩu mới 2020")
                        .param("roles", "BOARD"))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername(username)).isEmpty();

        String user = fixtures.board();
        mvc.perform(post("/account/password").with(fixtures.as(user))
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "Mật khẩu của kẻ gian").param("confirmPassword", "Mật khẩu của kẻ gian"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(user, "Mật khẩu của kẻ gian")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void logoutWithoutTheCsrfTokenKeepsTheSession() throws Exception {
        String user = fixtures.board();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", user).param("password", Fixtures.PASSWORD)).andExpect(authenticated());

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        String user = fixtures.board();
        mvc.perform(post("/login").param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiWithHttpBasicNeedsNoToken() throws Exception {
        String username = Fixtures.unique("basic").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", "Mật khẩu mới 2020",
                        "roles", List.of("BOARD"))).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isCreated());
        assertThat(accounts.findByUsername(username)).isPresent();
    }

    @Test
    void theApiUsedWithTheSessionNeedsTheCsrfHeader() throws Exception {
        String admin = fixtures.admin();
        String username = Fixtures.unique("session").toLowerCase();
        Map<String, Object> body = Map.of("username", username, "password", "Mật khẩu mới 2020",
                "roles", List.of("BOARD"));

        mvc.perform(json(post("/api/v1/accounts"), body).with(fixtures.as(admin)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
        assertThat(accounts.findByUsername(username)).isEmpty();

        mvc.perform(json(post("/api/v1/accounts"), body).with(fixtures.as(admin)).with(csrf().asHeader()))
                .andExpect(status().isCreated());
        assertThat(accounts.findByUsername(username)).isPresent();
    }

    @Test
    void theApiUsedWithARealSessionNeedsTheHeaderToo() throws Exception {
        String admin = fixtures.admin();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", admin).param("password", Fixtures.PASSWORD)).andExpect(authenticated());
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(admin));

        String username = Fixtures.unique("realsession").toLowerCase();
        mvc.perform(json(post("/api/v1/accounts"), Map.of("username", username, "password", "Mật khẩu mới 2020",
                        "roles", List.of("BOARD"))).session(session))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByUsername(username)).isEmpty();
    }
}
