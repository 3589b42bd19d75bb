package vn.thidua.shared.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.Application;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database dies: the embedded server is started again by itself, and meanwhile the
 * application answers 503 (problem details for the API, a page for browsers; also when signing
 * in could not check the password) without waiting long, and serves again once it is back.
 */
class EmbeddedDatabaseFailureTest {

    @TempDir
    Path folder;

    @Test
    void aKilledPostmasterIsStartedAgainWithItsData() throws Exception {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(new EmbeddedDatabase.Options(folder, false, true, true))) {
            JdbcClient db = JdbcClient.create(server.appDataSource());
            db.sql("create table survivor (x text)").update();
            db.sql("insert into survivor values ('committed before the crash')").update();
            long pid = server.postmasterPid().orElseThrow();

            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // kill -9
            while (EmbeddedDatabase.alive(pid)) {
                Thread.sleep(20);
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            List<String> rows = null;
            while (rows == null && System.nanoTime() < deadline) {
                try {
                    rows = db.sql("select x from survivor").query(String.class).list();
                } catch (RuntimeException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(rows).as("answers again within 15 s").containsExactly("committed before the crash");
            while (server.restarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20); // the new server answers a moment before the watchdog counts it
            }
            assertThat(server.restarts()).isEqualTo(1);
            assertThat(server.postmasterPid().orElseThrow()).isNotEqualTo(pid);
        }
    }

    @Test
    void whileTheDatabaseIsDownTheApplicationAnswers503AndServesAgainAfter() throws Exception {
        // no watchdog here: the test decides when the database comes back; durable as in production, or the
        // crash may take the last commits (the browser's session, written by its sign-in) with it
        try (EmbeddedDatabase server = EmbeddedDatabase.start(new EmbeddedDatabase.Options(folder, false, true, false));
             ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).properties(
                     "spring.datasource.url=" + server.jdbcUrl(), "spring.datasource.username=" + server.appUsername(),
                     "spring.datasource.password=" + server.appPassword(), "server.port=0",
                     "app.admin.username=quantri", "app.admin.password=Mật khẩu ban đầu rất dài").run()) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpClient api = HttpClient.newHttpClient();
            String basic = "Basic " + Base64.getEncoder().encodeToString("quantri:Mật khẩu ban đầu rất dài"
                    .getBytes(StandardCharsets.UTF_8));

            assertThat(get(api, base + "/api/v1/me", basic, "vi").statusCode()).isEqualTo(200);
            assertThat(signIn(browser, base).statusCode()).isEqualTo(302);
            assertThat(get(browser, base + "/campaigns", null, "vi").statusCode()).isEqualTo(200);

            long pid = server.postmasterPid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // kill -9
            while (EmbeddedDatabase.alive(pid)) {
                Thread.sleep(50);
            }

            long started = System.nanoTime();
            HttpResponse<String> vi = get(api, base + "/api/v1/me", basic, "vi");
            assertThat(vi.statusCode()).as("Basic auth could not check the password: 503, not 401").isEqualTo(503);
            assertThat(vi.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(vi.body()).contains("\"status\":503", "Tạm thời gián đoạn",
                    "Hệ thống tạm thời không kết nối được cơ sở dữ liệu");
            HttpResponse<String> en = get(api, base + "/api/v1/me", basic, "en");
            assertThat(en.statusCode()).isEqualTo(503);
            assertThat(en.body()).contains("Temporarily unavailable", "cannot reach its database");

            HttpResponse<String> page = get(browser, base + "/campaigns", null, "vi");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("Tạm thời gián đoạn");

            HttpResponse<String> signIn = signIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), base);
            assertThat(signIn.statusCode()).as("sign-in could not check the password: 503").isEqualTo(503);

            HttpResponse<String> health = get(api, base + "/actuator/health", null, "vi");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("nothing waited long")
                    .isLessThan(Duration.ofSeconds(20));

            assertThat(server.restartIfDead()).isTrue();
            long back = System.nanoTime();
            int status = 0;
            while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(15).toNanos()) {
                status = get(api, base + "/api/v1/me", basic, "vi").statusCode();
                if (status != 200) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).as("serves again within 15 s of the database being back").isEqualTo(200);
            assertThat(get(browser, base + "/campaigns", null, "vi").statusCode()).isEqualTo(200);
            assertThat(get(api, base + "/actuator/health", null, "vi").body()).contains("UP");
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url, String authorization, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Accept", url.contains("/api/") || url.contains("/actuator/") ? "application/json" : "text/html")
                .header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> signIn(HttpClient browser, String base) throws Exception {
        String login = get(browser, base + "/login", null, "vi").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=quantri&password=" + URLEncoder.encode("Mật khẩu ban đầu rất dài", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
