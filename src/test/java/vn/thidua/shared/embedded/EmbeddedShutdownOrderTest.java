package vn.thidua.shared.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.Application;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to the application (its own JVM, as in production): the web server stops taking
 * requests and lets the running one finish, with its database, before the embedded PostgreSQL
 * stops; then the PostgreSQL stops too, leaving no server behind.
 */
class EmbeddedShutdownOrderTest {

    private static final String ADMIN = "quantri";
    private static final String PASSWORD = "Mật khẩu ban đầu rất dài";

    @TempDir
    Path data;

    @Test
    void aRequestRunningAtSigtermFinishesWithItsDatabase() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = data.resolveSibling(data.getFileName() + ".log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), SlowApplication.class.getName(),
                "--server.port=" + port, "--app.data-dir=" + data, "--app.demo.enabled=false",
                "--app.embedded-database.durable=false", "--app.admin.username=" + ADMIN, "--app.admin.password=" + PASSWORD)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + port;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (status(http, base + "/login") != 200) {
                assertThat(app.isAlive()).as("the application is starting (see " + log + ")").isTrue();
                assertThat(System.nanoTime()).as("started within 120 s").isLessThan(deadline);
                Thread.sleep(200);
            }
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());

            String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            CompletableFuture<HttpResponse<String>> slow = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/test/slow"))
                    .header("Authorization", basic).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(700); // the request is running its queries
            app.destroy(); // SIGTERM

            HttpResponse<String> response = slow.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(Files.readString(log)).isEqualTo(200);
            assertThat(response.body()).isEqualTo("30 queries");
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the application ends").isTrue();
            assertThat(EmbeddedDatabase.alive(postmaster)).as("and its PostgreSQL with it").isFalse();
            List<String> lines = Files.readAllLines(log);
            assertThat(lines).noneMatch(line -> line.contains("terminating connection due to administrator command"));
        } finally {
            app.destroyForcibly();
        }
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception notYet) {
            return 0;
        }
    }

    /** The application with one slow endpoint: 30 queries of 0.1 s each. */
    public static final class SlowApplication {

        public static void main(String[] args) {
            // should the component scan also find Slow, it registers it under the same name: one bean
            new SpringApplicationBuilder(Application.class, Slow.class).run(args);
        }
    }

    @RestController
    static class Slow {

        private final JdbcClient jdbc;

        Slow(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/api/v1/test/slow")
        String slow() {
            int done = 0;
            for (int i = 0; i < 30; i++) {
                jdbc.sql("select pg_sleep(0.1)").query().singleRow();
                done++;
            }
            return done + " queries";
        }
    }
}
