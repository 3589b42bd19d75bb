package vn.thidua.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.Application;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Json;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: instance A is this
 * test's server, instance B a second {@link org.springframework.boot.SpringApplication} started here
 * on another random port against the same embedded PostgreSQL. A browser signs in on A and goes on
 * on B with the same cookie and CSRF token; an administrator disables the account on A and B's next
 * request finds the session gone. Sessions live in PostgreSQL with the 8-hour timeout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionsAcrossInstancesServerTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext instanceB;

    @LocalServerPort
    int portA;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.thidua.campaign.CampaignFixtures campaigns;

    @BeforeAll
    static void startSecondInstance() {
        instanceB = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0").run();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceGoesOnOnTheOtherAndEndsOnBothWhenRevoked() throws Exception {
        String user = fixtures.board();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        signIn(browser, "http://localhost:" + portA, user);

        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        Map<String, Object> row = jdbc.sql("select principal_name, max_inactive_interval from spring_session "
                + "where session_id = ?").param(new String(Base64.getDecoder().decode(session.getValue()),
                StandardCharsets.UTF_8)).query().singleRow();
        assertThat(row).containsEntry("principal_name", user).containsEntry("max_inactive_interval", 28800);

        // on B: the same session, and the CSRF token of A's page works there
        HttpResponse<String> pageOnA = browser.send(page(a("/account/password")), HttpResponse.BodyHandlers.ofString());
        assertThat(pageOnA.statusCode()).isEqualTo(200);
        Matcher token = CSRF_META.matcher(pageOnA.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> meOnB = browser.send(HttpRequest.newBuilder(b("/api/v1/me"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(meOnB.statusCode()).isEqualTo(200);
        assertThat(Json.read(meOnB.body()).get("username").asString()).isEqualTo(user);

        String form = "currentPassword=" + encode("sai") + "&newPassword=" + encode("Mật khẩu mới 2021")
                + "&confirmPassword=" + encode("Mật khẩu mới 2021") + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> postOnB = browser.send(HttpRequest.newBuilder(b("/account/password"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(postOnB.statusCode()).as("a form of A's page posted to B").isEqualTo(200);
        assertThat(postOnB.body()).contains("mật khẩu hiện tại không đúng");

        // the office disables the account on A; B refuses the session at once
        Account account = accounts.findByUsername(user).orElseThrow();
        HttpResponse<String> disabled = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        a("/api/v1/accounts/" + account.getId()))
                .header("Authorization", basic(fixtures.admin())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.of(Map.of("roles", List.of("BOARD"), "enabled", false,
                        "version", account.getVersion())))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(disabled.statusCode()).isEqualTo(200);

        HttpResponse<String> afterOnB = browser.send(page(b("/account/password")), HttpResponse.BodyHandlers.ofString());
        assertThat(afterOnB.statusCode()).isEqualTo(302);
        assertThat(afterOnB.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(user)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSessionOutlivesTheInstanceThatStartedIt() throws Exception {
        String user = fixtures.board();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try (ConfigurableApplicationContext instanceC = new SpringApplicationBuilder(Application.class)
                .profiles("test").properties("server.port=0").run()) {
            signIn(browser, "http://localhost:" + port(instanceC), user);
        }
        // C is gone; A and B know the session
        assertThat(browser.send(page(a("/account/password")), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(browser.send(page(b("/account/password")), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        // signing out on B ends it on A
        HttpResponse<String> page = browser.send(page(b("/account/password")), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(b("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).get().asString().endsWith("/login?logout");
        assertThat(browser.send(page(a("/account/password")), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aCampaignMovedOnOneInstanceIsSeenMovedOnTheOtherAndAStaleMoveIsRefused() throws Exception {
        vn.thidua.campaign.Campaign campaign = campaigns.withCriterion("Đợt hai máy chủ " + Fixtures.unique(""));
        HttpClient api = HttpClient.newHttpClient();
        String admin = fixtures.admin();
        HttpResponse<String> moved = api.send(transition(a("/api/v1/campaigns/" + campaign.getId() + "/transitions"),
                admin, "REGISTRATION", campaign.getVersion()), HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(200);
        long version = Json.read(moved.body()).get("version").asLong();

        HttpResponse<String> onB = api.send(HttpRequest.newBuilder(b("/api/v1/campaigns/" + campaign.getId()))
                .header("Authorization", basic(admin)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Json.read(onB.body()).get("status").asString()).isEqualTo("REGISTRATION");
        assertThat(Json.read(onB.body()).get("version").asLong()).isEqualTo(version);

        // B moves it on; A's caller, still holding the older version, is refused rather than moving it twice
        assertThat(api.send(transition(b("/api/v1/campaigns/" + campaign.getId() + "/transitions"), admin,
                "IN_PROGRESS", version), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(api.send(transition(a("/api/v1/campaigns/" + campaign.getId() + "/transitions"), admin,
                "IN_PROGRESS", version), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(409);
        HttpResponse<String> onA = api.send(HttpRequest.newBuilder(a("/api/v1/campaigns/" + campaign.getId()))
                .header("Authorization", basic(admin)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Json.read(onA.body()).get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    private static HttpRequest transition(URI uri, String user, String to, long version) {
        return HttpRequest.newBuilder(uri).header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.of(Map.of("to", to, "version", version)))).build();
    }

    private void signIn(HttpClient browser, String base, String username) throws Exception {
        HttpResponse<String> login = browser.send(page(URI.create(base + "/login")), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        Matcher token = CSRF_FIELD.matcher(login.body());
        assertThat(token.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(Fixtures.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
    }

    private static HttpRequest page(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
    }

    private URI a(String path) {
        return URI.create("http://localhost:" + portA + path);
    }

    private static URI b(String path) {
        return URI.create("http://localhost:" + port(instanceB) + path);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
