package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

/** Five wrong passwords lock a username for a while (app.security.*: 5 and 15 minutes by default). */
@IntegrationTest
class LoginThrottleTest {

    private static final String WRONG = "mật khẩu sai";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String user = fixtures.board();
        long versionBefore = account(user).getVersion();
        MockHttpSession session = new MockHttpSession();
        Instant before = Instant.now();
        for (int i = 1; i <= 5; i++) {
            signIn(session, user, WRONG);
            mvc.perform(get("/login").param("error", "").session(session))
                    .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu.")));
        }
        Account locked = account(user);
        assertThat(locked.getFailedLogins()).isEqualTo(5);
        assertThat(locked.getVersion()).as("sign-in bookkeeping leaves open edit forms valid").isEqualTo(versionBefore);
        assertThat(locked.getLockedUntil()).isBetween(before.plus(15, ChronoUnit.MINUTES),
                Instant.now().plus(15, ChronoUnit.MINUTES));

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString(
                        "Tài khoản tạm bị khóa vì nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau "
                                + haNoi(locked.getLockedUntil()) + ".")));

        List<String> audit = jdbc.sql("""
                        select actor || ' ' || action from audit_event
                        where entity = 'ACCOUNT' and entity_id = ? order by id""")
                .param(locked.getId()).query(String.class).list();
        assertThat(audit).containsExactly("system LOCKED");
    }

    @Test
    void theApiRefusesALockedAccountWithTheLockInTheProblem() throws Exception {
        String user = fixtures.board();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value("Cần đăng nhập (HTTP Basic hoặc phiên làm việc) để dùng API."));
        }
        Account locked = account(user);
        assertThat(locked.isLockedAt(Instant.now())).isTrue();

        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("tạm bị khóa")))
                .andExpect(jsonPath("$.detail").value(containsString(haNoi(locked.getLockedUntil()))));
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'ACCOUNT' and entity_id = ? and action = 'LOCKED'")
                .param(locked.getId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theLockIsToldInHaNoiTimeOnTheLoginPageAndInTheApi() throws Exception {
        String user = fixtures.board();
        // locked until 20:30 UTC on 31/12/2099: 03:30 on 01/01/2100 in Hà Nội (UTC+7, no summer time)
        jdbc.sql("update account set failed_logins = 5, locked_until = ? where username = ?")
                .param(java.sql.Timestamp.from(Instant.parse("2099-12-31T20:30:00Z"))).param(user).update();
        MockHttpSession session = new MockHttpSession();
        signIn(session, user, Fixtures.PASSWORD);
        String page = mvc.perform(get("/login").param("error", "").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(loginError(page)).isEqualTo(
                "Tài khoản tạm bị khóa vì nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau 03:30 01/01/2100.");
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(
                        "Tài khoản tạm bị khóa vì nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau 03:30 01/01/2100."));
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(
                        "This account is locked after 5 wrong passwords in a row. Please try again after 03:30 01/01/2100."));
    }

    @Test
    void whenTheLockHasRunOutTheRightPasswordWorksAndTheCountStartsAgain() throws Exception {
        String user = fixtures.board();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isUnauthorized());

        // time passes
        jdbc.sql("update account set locked_until = now() - interval '1 minute' where username = ?")
                .param(user).update();

        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user));
        Account account = account(user);
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLockedUntil()).isNull();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordAfterAnExpiredLockCountsFromOne() throws Exception {
        String user = fixtures.board();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        jdbc.sql("update account set locked_until = now() - interval '1 minute' where username = ?")
                .param(user).update();

        mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        Account account = account(user);
        assertThat(account.getFailedLogins()).isEqualTo(1);
        assertThat(account.getLockedUntil()).isNull();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
    }

    @Test
    void aSuccessfulSignInBeforeTheFifthFailureResetsTheCounter() throws Exception {
        String user = fixtures.board();
        for (int i = 1; i <= 4; i++) {
            signIn(new MockHttpSession(), user, WRONG);
        }
        assertThat(account(user).getFailedLogins()).isEqualTo(4);

        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(authenticated().withUsername(user));
        assertThat(account(user).getFailedLogins()).isZero();

        for (int i = 1; i <= 4; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        Account account = account(user);
        assertThat(account.getFailedLogins()).isEqualTo(4);
        assertThat(account.getLockedUntil()).isNull();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
        assertThat(account(user).getFailedLogins()).isZero();
    }

    @Test
    void spacesOrCapitalsAroundTheUsernameDoNotDodgeTheCounter() throws Exception {
        String user = fixtures.board();
        String[] variants = {" " + user, user.toUpperCase(), user + "\u2003", "\t" + user, " " + user + " "};
        for (String variant : variants) {
            mvc.perform(get("/api/v1/me").with(httpBasic(variant, WRONG))).andExpect(status().isUnauthorized());
        }
        Account account = account(user);
        assertThat(account.getFailedLogins()).isEqualTo(5);
        assertThat(account.isLockedAt(Instant.now())).isTrue();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("tạm bị khóa")));
    }

    @Test
    void theCounterIsPerUsername() throws Exception {
        String user = fixtures.board();
        String other = fixtures.board();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(fixtures.basic(other))).andExpect(status().isOk());
        assertThat(account(other).getFailedLogins()).isZero();
    }

    @Test
    void anAdministratorUnlocksThroughTheApi() throws Exception {
        String user = fixtures.board();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        Account locked = account(user);
        mvc.perform(get("/api/v1/accounts/{id}", locked.getId()).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true));

        mvc.perform(post("/api/v1/accounts/{id}/unlock", locked.getId()).with(fixtures.basic(fixtures.board())))
                .andExpect(status().isForbidden());
        assertThat(account(user).isLockedAt(Instant.now())).isTrue();

        mvc.perform(post("/api/v1/accounts/{id}/unlock", locked.getId()).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.lockedUntil").doesNotExist());
        assertThat(account(user).getFailedLogins()).isZero();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'ACCOUNT' and entity_id = ? and action = 'UNLOCKED'")
                .param(locked.getId()).query(Long.class).single()).isEqualTo(1);
    }

    private void signIn(MockHttpSession session, String user, String password) throws Exception {
        mvc.perform(post("/login").session(session).with(csrf()).param("username", user).param("password", password))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    /**
     * The time as Hà Nội reads it, worked out here and not by the application: seven hours ahead of
     * UTC (Việt Nam keeps no summer time), as "HH:mm dd/MM/yyyy".
     */
    static String haNoi(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                .format(instant.plus(7, ChronoUnit.HOURS).atOffset(java.time.ZoneOffset.UTC));
    }

    /** The text of the login page's error box. */
    private static String loginError(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"loginError\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("the login error is shown").isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)).strip();
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
