package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.support.Fixtures;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as a browser sees them, through a real server (MockMvc does not render container
 * error pages for errors raised in the security filters). One class: one extra Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesServerTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void anUnknownPageIsA404PageOfTheLayoutInVietnamese() throws Exception {
        HttpClient browser = signedInBrowser(fixtures.board());
        HttpResponse<String> response = browser.send(page("/khong-co-trang-nay"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body())
                .contains("Không tìm thấy")
                .contains("Không tìm thấy trang hoặc dữ liệu yêu cầu.")
                .contains("id=\"mainNav\"")
                .contains("Đăng xuất")
                .doesNotContain("Whitelabel")
                .doesNotContain("Exception");
    }

    @Test
    void staffOpeningAnAdminPageGetTheForbiddenPageWithoutAStackTrace() throws Exception {
        Fixtures.Team team = fixtures.team("Vụ Tổng hợp");
        HttpClient browser = signedInBrowser(team.memberUser());
        HttpResponse<String> response = browser.send(page("/admin/units"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body())
                .contains("Không có quyền")
                .contains("Bạn không có quyền thực hiện thao tác này hoặc xem dữ liệu này.")
                .contains("id=\"mainNav\"")
                .doesNotContain("Exception")
                .doesNotContain("at org.springframework")
                .doesNotContain("Whitelabel");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'");
    }

    @Test
    void anUnknownApiPathIs404ProblemDetails() throws Exception {
        String user = fixtures.board();
        for (String accept : new String[] {"application/json", "*/*", "text/html,application/xhtml+xml,*/*;q=0.8"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/khong-co"))
                    .header("Authorization", basic(user, Fixtures.PASSWORD)).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(accept).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().as(accept)
                    .startsWith("application/problem+json");
            assertThat(response.body()).as(accept).contains("\"status\":404").contains("Không tìm thấy")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void theApiWithoutCredentialsIs401ProblemDetailsOnARealServer() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("Chưa đăng nhập");
    }

    @Test
    void anUploadOverTenMegabytesIs413ProblemDetailsOnARealServer() throws Exception {
        String admin = fixtures.admin();
        String boundary = "----thidua" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 11 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) 'a');
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri("/api/v1/imports/organisation"))
                        .header("Authorization", basic(admin, Fixtures.PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("Tệp tải lên vượt quá dung lượng cho phép (10 MB).");
    }

    @Test
    void anUploadOverTenMegabytesOnTheImportPageShowsThe413Page() throws Exception {
        HttpClient browser = signedInBrowser(fixtures.admin());
        HttpResponse<String> form = browser.send(page("/admin/import"), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_FIELD.matcher(form.body());
        assertThat(token.find()).isTrue();

        String boundary = "----thidua" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 11 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) 'a');
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/admin/import?_csrf=" + encode(token.group(1))))
                        .header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Tệp tải lên vượt quá dung lượng cho phép (10 MB).")
                .contains("id=\"mainNav\"").doesNotContain("Exception");
    }

    /** Signs in as a browser does: the login page's CSRF token, then the form, keeping the cookies. */
    private HttpClient signedInBrowser(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(page("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        Matcher token = CSRF_FIELD.matcher(login.body());
        assertThat(token.find()).as("CSRF field on the login page").isTrue();

        String form = "username=" + encode(username) + "&password=" + encode(Fixtures.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        return browser;
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", "vi-VN,vi;q=0.9").build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
