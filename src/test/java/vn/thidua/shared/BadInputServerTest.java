package vn.thidua.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, bad input that only a real server shows: a tampered CSRF token, a chunked JSON body over
 * the limit, and a forged {@code Host} header (the container writes redirect locations). Same
 * configuration as ErrorPagesServerTest, so the two share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadInputServerTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnitRepository units;

    // ---- a tampered CSRF token

    @Test
    void aTamperedCsrfTokenOnAPageFormIsThe403PageNotA500(CapturedOutput output) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = signedInBrowser(fixtures.admin(), cookies);
        HttpResponse<String> form = browser.send(page("/admin/units/new"), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_FIELD.matcher(form.body());
        assertThat(token.find()).isTrue();
        String code = Fixtures.unique("CSRF");

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/admin/units/new"))
                        .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&name=" + encode("Vụ Giả mạo")
                                + "&_csrf=" + encode(tampered(token.group(1))))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Không có quyền")
                .contains("Bạn không có quyền thực hiện thao tác này hoặc xem dữ liệu này.")
                .contains("id=\"mainNav\"").doesNotContain("Exception");
        assertThat(units.findByCode(code)).isEmpty();
        assertThat(output.getAll()).doesNotContain("Bad encoding").doesNotContain("IllegalArgumentException");
    }

    @Test
    void aTamperedCsrfHeaderOnTheApiWithASessionIs403ProblemDetails(CapturedOutput output) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = signedInBrowser(fixtures.admin(), cookies);
        HttpResponse<String> anyPage = browser.send(page("/admin/units"), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_META.matcher(anyPage.body());
        assertThat(token.find()).isTrue();
        String code = Fixtures.unique("CSRF");

        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/api/v1/units"))
                        .header("Content-Type", "application/json").header("X-CSRF-TOKEN", tampered(token.group(1)))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"" + code + "\", \"name\": \"Vụ Giả mạo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":403")
                .contains("Thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang và thử lại.");
        assertThat(units.findByCode(code)).isEmpty();
        assertThat(output.getAll()).doesNotContain("Bad encoding").doesNotContain("IllegalArgumentException");

        // the untouched token still works
        HttpResponse<String> created = browser.send(HttpRequest.newBuilder(uri("/api/v1/units"))
                        .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token.group(1))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"" + code + "\", \"name\": \"Vụ Thật\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
    }

    // ---- a chunked JSON body over the limit

    @Test
    void aChunkedJsonBodyOverOneMegabyteIs413ProblemDetails() throws Exception {
        String code = Fixtures.unique("BIG");
        byte[] body = ("{\"code\": \"" + code + "\", \"name\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/units"))
                        .header("Authorization", basic(fixtures.admin()))
                        .header("Content-Type", "application/json").header("Accept-Language", "en")
                        // no length known: sent chunked, without Content-Length
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":413")
                .contains("The request body is larger than allowed (1 MB).");
        assertThat(units.findByCode(code)).isEmpty();
    }

    // ---- the Host header in redirects

    @Test
    void redirectsNeverCarryTheHostTheRequestClaimed() throws Exception {
        // not signed in: to the login page
        Raw toLogin = raw("GET /campaigns HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("location")).isEqualTo("/login");

        // signing in: back to the start page
        Raw login = raw("GET /login HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        Matcher token = CSRF_FIELD.matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(fixtures.board()) + "&password=" + encode(Fixtures.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        Raw signedIn = raw("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + login.cookies() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("location")).isEqualTo("/");

        // a controller's redirect
        String session = signedIn.cookies();
        Raw home = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session + "\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("location")).isEqualTo("/campaigns");

        // a page of the same session, with an X-Forwarded-Host as a proxy would add it
        Raw forwarded = raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\nCookie: "
                + session + "\r\nConnection: close\r\n\r\n");
        assertThat(forwarded.header("location")).doesNotContain("evil.example");
    }

    // ---- helpers

    /** The same length, different bytes: the masked token of XorCsrfTokenRequestAttributeHandler, one bit flipped. */
    static String tampered(String token) {
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        bytes[bytes.length / 2 + 1] ^= (byte) 0x80;
        String changed = Base64.getUrlEncoder().encodeToString(bytes);
        assertThat(changed).hasSameSizeAs(token).isNotEqualTo(token);
        return changed;
    }

    record Raw(int status, Map<String, String> headers, List<String> setCookies, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The cookies the response set, as a Cookie header sends them back. */
        String cookies() {
            assertThat(setCookies).as("Set-Cookie").isNotEmpty();
            return setCookies.stream().flatMap(c -> HttpCookie.parse(c).stream())
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        }
    }

    /** One request written by hand, so that the Host header is the one given. */
    private Raw raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> setCookies = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).strip();
                headers.putIfAbsent(name, value);
                if (name.equals("set-cookie")) {
                    setCookies.add(value);
                }
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, setCookies, text.substring(end + 4));
        }
    }

    private HttpClient signedInBrowser(String username, CookieManager cookies) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> login = browser.send(page("/login"), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_FIELD.matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(Fixtures.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
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

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
