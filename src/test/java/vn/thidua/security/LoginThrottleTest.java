package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * Five wrong passwords lock a username for a while from the address they came from (app.security.*:
 * 5 and 15 minutes by default); MockMvc requests come from 127.0.0.1 unless a test says otherwise.
 */
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
        assertThat(failures(user)).isEqualTo(5);
        assertThat(locked.getVersion()).as("sign-in bookkeeping leaves open edit forms valid").isEqualTo(versionBefore);
        Instant lockedUntil = lockedUntil(user);
        assertThat(lockedUntil).isBetween(before.plus(15, ChronoUnit.MINUTES),
                Instant.now().plus(15, ChronoUnit.MINUTES));

        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString(
                        "Tài khoản tạm bị khóa vì nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau "
                                + haNoi(lockedUntil) + ".")));

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
        Instant lockedUntil = lockedUntil(user);
        assertThat(lockedUntil).isAfter(Instant.now());

        mvc.perform(get("/api/v1/me").with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("tạm bị khóa")))
                .andExpect(jsonPath("$.detail").value(containsString(haNoi(lockedUntil))));
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'ACCOUNT' and entity_id = ? and action = 'LOCKED'")
                .param(locked.getId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theLockIsToldInHaNoiTimeOnTheLoginPageAndInTheApi() throws Exception {
        String user = fixtures.board();
        // locked until 20:30 UTC on 31/12/2099: 03:30 on 01/01/2100 in Hà Nội (UTC+7, no summer time)
        jdbc.sql("insert into login_throttle (username, client, failures, locked_until) values (?, '127.0.0.1', 5, ?)")
                .param(user).param(java.sql.Timestamp.from(Instant.parse("2099-12-31T20:30:00Z"))).update();
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
        jdbc.sql("update login_throttle set locked_until = now() - interval '1 minute' where username = ?")
                .param(user).update();

        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user));
        assertThat(failures(user)).isZero();
        assertThat(lockedUntil(user)).isNull();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordAfterAnExpiredLockCountsFromOne() throws Exception {
        String user = fixtures.board();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        jdbc.sql("update login_throttle set locked_until = now() - interval '1 minute' where username = ?")
                .param(user).update();

        mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        assertThat(failures(user)).isEqualTo(1);
        assertThat(lockedUntil(user)).isNull();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
    }

    @Test
    void aSuccessfulSignInBeforeTheFifthFailureResetsTheCounter() throws Exception {
        String user = fixtures.board();
        for (int i = 1; i <= 4; i++) {
            signIn(new MockHttpSession(), user, WRONG);
        }
        assertThat(failures(user)).isEqualTo(4);

        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(authenticated().withUsername(user));
        assertThat(failures(user)).isZero();

        for (int i = 1; i <= 4; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        assertThat(failures(user)).isEqualTo(4);
        assertThat(lockedUntil(user)).isNull();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
        assertThat(failures(user)).isZero();
    }

    @Test
    void spacesOrCapitalsAroundTheUsernameDoNotDodgeTheCounter() throws Exception {
        String user = fixtures.board();
        String[] variants = {" " + user, user.toUpperCase(), user + "\u2003", "\t" + user, " " + user + " "};
        for (String variant : variants) {
            mvc.perform(get("/api/v1/me").with(httpBasic(variant, WRONG))).andExpect(status().isUnauthorized());
        }
        assertThat(failures(user)).isEqualTo(5);
        assertThat(lockedUntil(user)).isAfter(Instant.now());
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
        assertThat(failures(other)).isZero();
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
        assertThat(lockedUntil(user)).isAfter(Instant.now());

        mvc.perform(post("/api/v1/accounts/{id}/unlock", locked.getId()).with(fixtures.basic(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.lockedUntil").doesNotExist());
        assertThat(failures(user)).isZero();
        mvc.perform(get("/api/v1/me").with(fixtures.basic(user))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'ACCOUNT' and entity_id = ? and action = 'UNLOCKED'")
                .param(locked.getId()).query(Long.class).single()).isEqualTo(1);
    }

    // --- per address, no enumeration, audited (issue 11) ---------------------------------------

    private static final String ADDRESS_A = "192.0.2.10";
    private static final String ADDRESS_B = "198.51.100.20";
    private static final String ADDRESS_C = "203.0.113.30";
    private static final String GENERIC_401 = "Cần đăng nhập (HTTP Basic hoặc phiên làm việc) để dùng API.";
    private static final Pattern LOCKED_FIVE = Pattern.compile(
            "Tài khoản tạm bị khóa vì nhập sai mật khẩu 5 lần liên tiếp\\. Vui lòng thử lại sau "
                    + "(\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4})\\.");

    @Test
    void fiveWrongPasswordsFromOneAddressLockThatAddressOnly() throws Exception {
        String user = fixtures.board();
        MockHttpSession fromA = new MockHttpSession();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(post("/login").session(fromA).with(from(ADDRESS_A)).with(csrf())
                            .param("username", user).param("password", WRONG))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").session(fromA).with(from(ADDRESS_A)).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        String message = loginError(fromA);
        assertThat(message).matches(LOCKED_FIVE);

        mvc.perform(post("/login").with(from(ADDRESS_B)).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user));
        mvc.perform(get("/api/v1/me").with(from(ADDRESS_B)).with(fixtures.basic(user))).andExpect(status().isOk());
        // B's success lifts nothing for A
        mvc.perform(get("/api/v1/me").with(from(ADDRESS_A)).with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(LOCKED_FIVE)));
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyLikeAKnownOne() throws Exception {
        String known = fixtures.board();
        String unknown = Fixtures.unique("khong.co.ai").toLowerCase();
        List<String> knownAnswers = answersToFiveWrongThenOneMore(known);
        List<String> unknownAnswers = answersToFiveWrongThenOneMore(unknown);

        assertThat(knownAnswers.subList(0, 5)).containsOnly(GENERIC_401);
        assertThat(knownAnswers.get(5)).matches(LOCKED_FIVE);
        assertThat(withoutTime(unknownAnswers)).isEqualTo(withoutTime(knownAnswers));

        // the login page too: the same words for both names
        for (String name : List.of(known, unknown)) {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(post("/login").session(session).with(from(ADDRESS_C)).with(csrf())
                            .param("username", name).param("password", Fixtures.PASSWORD))
                    .andExpect(redirectedUrl("/login?error"));
            assertThat(loginError(session)).matches(LOCKED_FIVE);
        }
    }

    @Test
    void everyLockIsAuditedWithTheAddress() throws Exception {
        String user = fixtures.board();
        String unknown = Fixtures.unique("khong.ton.tai").toLowerCase();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/me").with(from(ADDRESS_B)).with(httpBasic(user, WRONG)))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/me").with(from(ADDRESS_B)).with(httpBasic(unknown, WRONG)))
                    .andExpect(status().isUnauthorized());
        }
        Long id = account(user).getId();
        List<String> known = jdbc.sql("""
                        select new_value from audit_event
                        where entity = 'ACCOUNT' and entity_id = ? and action = 'LOCKED' and actor = 'system'""")
                .param(id).query(String.class).list();
        assertThat(known).hasSize(1);
        assertThat(Json.read(known.get(0)).get("address").asString()).isEqualTo(ADDRESS_B);
        assertThat(Json.read(known.get(0)).get("username").asString()).isEqualTo(user);

        List<String> stranger = jdbc.sql("""
                        select new_value from audit_event
                        where entity = 'ACCOUNT' and entity_id is null and action = 'LOCKED'
                          and new_value like ?""")
                .param("%" + unknown + "%").query(String.class).list();
        assertThat(stranger).hasSize(1);
        assertThat(Json.read(stranger.get(0)).get("address").asString()).isEqualTo(ADDRESS_B);
        assertThat(Json.read(stranger.get(0)).get("username").asString()).isEqualTo(unknown);
    }

    @Test
    void aSlowerLimitPerUsernameHoldsAcrossAddresses() throws Exception {
        String user = fixtures.board();
        // 49 failures this hour from addresses that each stayed under their own limit
        jdbc.sql("""
                insert into login_throttle (username, client, failures, window_start)
                values (?, '*', 49, now() - interval '50 minutes')""").param(user).update();

        mvc.perform(get("/api/v1/me").with(from(ADDRESS_C)).with(httpBasic(user, WRONG)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(GENERIC_401));

        Pattern everywhere = Pattern.compile("Tài khoản tạm bị khóa vì có quá nhiều lần đăng nhập sai\\. "
                + "Vui lòng thử lại sau \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\.");
        mvc.perform(get("/api/v1/me").with(from(ADDRESS_A)).with(fixtures.basic(user)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(everywhere)));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(from(ADDRESS_B)).with(csrf())
                        .param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(loginError(session)).matches(everywhere);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where entity = 'ACCOUNT' and entity_id = ? and action = 'LOCKED'""")
                .param(account(user).getId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void failuresOlderThanTheHourNoLongerCountTowardsTheUsernameLimit() throws Exception {
        String user = fixtures.board();
        jdbc.sql("""
                insert into login_throttle (username, client, failures, window_start)
                values (?, '*', 49, now() - interval '61 minutes')""").param(user).update();

        mvc.perform(get("/api/v1/me").with(from(ADDRESS_C)).with(httpBasic(user, WRONG)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(from(ADDRESS_A)).with(fixtures.basic(user))).andExpect(status().isOk());
    }

    private List<String> answersToFiveWrongThenOneMore(String username) throws Exception {
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String password = i <= 5 ? WRONG : Fixtures.PASSWORD;
            String body = mvc.perform(get("/api/v1/me").with(from(ADDRESS_C)).with(httpBasic(username, password)))
                    .andExpect(status().isUnauthorized())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            answers.add(Json.read(body).get("detail").asString());
        }
        return answers;
    }

    private static List<String> withoutTime(List<String> answers) {
        return answers.stream().map(a -> a.replaceAll("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}", "<time>")).toList();
    }

    private String loginError(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher alert = Pattern.compile("id=\"loginError\">([^<]*)</div>")
                .matcher(page);
        assertThat(alert.find()).as("the login error on the page").isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(alert.group(1));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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

    /** The failures counted for this username from MockMvc's address. */
    private int failures(String username) {
        return jdbc.sql("select failures from login_throttle where username = ? and client = '127.0.0.1'")
                .param(username).query(Integer.class).optional().orElse(0);
    }

    /** The running lock of this username from MockMvc's address, or null. */
    private Instant lockedUntil(String username) {
        return jdbc.sql("""
                        select locked_until from login_throttle
                        where username = ? and client = '127.0.0.1' and locked_until > now()""")
                .param(username).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }
}
