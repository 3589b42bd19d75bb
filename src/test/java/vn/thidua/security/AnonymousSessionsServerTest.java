package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.support.Fixtures;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody gets a session who has not signed in: the login page, static files, a protected page
 * (sent to the login page), error pages and HTTP Basic API calls leave no session behind, neither
 * as a cookie nor as a row. Through a real server, which is what sets session cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnonymousSessionsServerTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anonymousRequestsCreateNoSession() throws Exception {
        long start = System.currentTimeMillis();
        List<String> sessionCookies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expect(page("/login"), 200, sessionCookies);
            expect(page("/login?lang=en"), 200, sessionCookies);
            expect(page("/css/app.css"), 200, sessionCookies);
            expect(page("/js/app.js"), 200, sessionCookies);
            expect(page("/account/password"), 302, sessionCookies);
            expect(page("/admin/accounts"), 302, sessionCookies);
            expect(page("/css/khong-co.css"), 404, sessionCookies);
            expect(page("/error"), 500, sessionCookies);
        }
        assertThat(sessionCookies).as("session cookies handed to anonymous visitors").isEmpty();
        assertThat(sessionsCreatedSince(start)).isZero();
    }

    @Test
    void theLoginPageStillCarriesATokenThatSignsIn() throws Exception {
        HttpResponse<String> login = client.send(page("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(cookieNames(login)).doesNotContain("SESSION", "JSESSIONID");
        assertThat(login.body()).contains("name=\"_csrf\"");
    }

    @Test
    void basicApiCallsCreateNoSession() throws Exception {
        long start = System.currentTimeMillis();
        String user = fixtures.board();
        String admin = fixtures.admin();
        List<String> sessionCookies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expect(api("/api/v1/me", user, Fixtures.PASSWORD), 200, sessionCookies);
            expect(api("/api/v1/units", user, Fixtures.PASSWORD), 200, sessionCookies);
            expect(api("/api/v1/accounts", user, Fixtures.PASSWORD), 403, sessionCookies);
            expect(api("/api/v1/accounts", admin, Fixtures.PASSWORD), 200, sessionCookies);
            expect(api("/api/v1/khong-co", admin, Fixtures.PASSWORD), 404, sessionCookies);
            expect(HttpRequest.newBuilder(uri("/api/v1/me")).header("Accept", "application/json").build(), 401,
                    sessionCookies);
        }
        for (int i = 0; i < 3; i++) {
            expect(api("/api/v1/me", user, "sai mật khẩu"), 401, sessionCookies);
        }
        assertThat(sessionCookies).as("session cookies handed to API clients").isEmpty();
        assertThat(sessionsCreatedSince(start)).isZero();
    }

    private void expect(HttpRequest request, int status, List<String> sessionCookies) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.uri().toString()).isEqualTo(status);
        for (String name : cookieNames(response)) {
            if (name.equals("SESSION") || name.equals("JSESSIONID")) {
                sessionCookies.add(request.uri().getPath() + " → " + name);
            }
        }
    }

    private static List<String> cookieNames(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf('='))).toList();
    }

    private long sessionsCreatedSince(long start) {
        return jdbc.sql("select count(*) from spring_session where creation_time >= ?").param(start)
                .query(Long.class).single();
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", HTML).header("Sec-Fetch-Mode", "navigate").build();
    }

    private HttpRequest api(String path, String username, String password) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
