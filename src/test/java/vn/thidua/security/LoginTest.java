package vn.thidua.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.SessionCookies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Real form login through the security filters, with the real password encoder. */
@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoginPageIsVietnameseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"vi\"")))
                .andExpect(content().string(containsString("Tên đăng nhập")))
                .andExpect(content().string(containsString("Mật khẩu")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Username")));
    }

    @Test
    void pagesSendTheAnonymousToTheLoginPage() throws Exception {
        mvc.perform(get("/account/password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void afterSigningInTheAnonymousGoBackToThePageTheyAskedFor() throws Exception {
        // the page asked for is kept in a cookie, not in a session
        String admin = fixtures.admin();
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(get("/admin/accounts?q=an").session(browser)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").session(browser).with(csrf())
                        .param("username", admin).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("http://localhost/admin/accounts?q=an"));
        mvc.perform(get("/admin/accounts?q=an").session(browser)).andExpect(status().isOk());
        assertThat(SessionCookies.of(browser)).doesNotContainKey("REDIRECT_URI");
    }

    @Test
    void theRightPasswordSignsInAndRedirects() throws Exception {
        String user = fixtures.board();
        mvc.perform(formLogin().user(user).password(Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user).withRoles("BOARD"));
    }

    @Test
    void theUsernameIsCaseInsensitive() throws Exception {
        String user = fixtures.board();
        mvc.perform(formLogin().user(user.toUpperCase()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user));
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        // a visitor has no session before signing in (AnonymousSessionsServerTest); a browser that
        // already has one, of an earlier sign-in, gets a new id
        String user = fixtures.board();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", fixtures.board()).param("password", Fixtures.PASSWORD)).andExpect(authenticated());
        String before = SessionCookies.of(session).get("SESSION");
        assertThat(before).isNotNull();

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user));

        String after = SessionCookies.of(session).get("SESSION");
        assertThat(after).isNotNull().isNotEqualTo(before);
        mvc.perform(get("/account/password").cookie(new Cookie("SESSION", before))).andExpect(redirectedUrl("/login"));
        // the signed-in session works for pages
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đổi mật khẩu")));
    }

    @Test
    void aWrongPasswordSaysSoInVietnameseAndSignsNobodyIn() throws Exception {
        String user = fixtures.board();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", "sai mật khẩu"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")));
    }

    @Test
    void anUnknownUserGetsTheSameMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "khong.co.ai").param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String user = fixtures.board();
        jdbc.sql("update account set enabled = false where username = ?").param(user).update();

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString(
                        "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ bộ phận Thi đua – Khen thưởng.")));

        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aDisabledAccountWithAWrongPasswordLooksLikeAnyWrongPassword() throws Exception {
        String user = fixtures.board();
        jdbc.sql("update account set enabled = false where username = ?").param(user).update();

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", "đoán bừa mật khẩu"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")))
                .andExpect(content().string(not(containsString("vô hiệu hóa"))));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String user = fixtures.board();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                .param("username", user).param("password", Fixtures.PASSWORD)).andExpect(authenticated());

        String signedIn = SessionCookies.of(session).get("SESSION");

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(SessionCookies.of(session)).doesNotContainKey("SESSION");
        mvc.perform(get("/account/password").cookie(new Cookie("SESSION", signedIn))).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(new String(
                java.util.Base64.getDecoder().decode(signedIn), java.nio.charset.StandardCharsets.UTF_8))
                .query(Long.class).single()).isZero();
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("Bạn đã đăng xuất.")))
                .andExpect(content().string(not(containsString("id=\"loginError\""))));
    }

    @Test
    void httpBasicWithAWrongPasswordIs401() throws Exception {
        String user = fixtures.board();
        mvc.perform(get("/api/v1/me").with(httpBasic(user, "sai mật khẩu")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
    }
}
