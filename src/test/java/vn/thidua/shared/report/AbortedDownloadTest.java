package vn.thidua.shared.report;

import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.Application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Over real HTTP (Tomcat): an export whose rows stop midway reaches the client as a broken
 * transfer, not as a shorter but well-formed file with status 200.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({AbortedDownloadTest.Streams.class, AbortedDownloadTest.OpenStreams.class})
@ActiveProfiles("test")
class AbortedDownloadTest {

    @LocalServerPort
    int port;

    @Test
    void anExportThatFailsMidwayIsABrokenDownload() throws Exception {
        Download download = download("/test/streams/20000-failing-at-12000.xlsx");

        assertThat(download.status()).isEqualTo(200); // the headers had gone out with the first rows
        assertThat(download.failure()).as("the client sees the transfer break off").isInstanceOf(IOException.class);
        assertThat(download.body().length).isPositive();
        assertThatThrownBy(() -> {
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
                workbook.getFirstSheet().read();
            }
        }).as("what arrived is not a workbook").isInstanceOf(Exception.class);
    }

    @Test
    void aCompleteExportIsAWholeWorkbook() throws Exception {
        Download download = download("/test/streams/20000-failing-at-0.xlsx");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.failure()).isNull();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(workbook.getFirstSheet().read().stream()
                    .filter(row -> row.getCellAsString(1).orElse("").startsWith("CN")).count()).isEqualTo(20000);
        }
    }

    record Download(int status, byte[] body, Exception failure) {
    }

    private Download download(String path) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Exception failure = null;
        try (InputStream in = response.body()) {
            in.transferTo(body);
        } catch (IOException e) {
            failure = e;
        }
        return new Download(response.statusCode(), body.toByteArray(), failure);
    }

    /** A streamed export as the application's exports were written (try-with-resources). */
    @RestController
    static class Streams {

        @Autowired
        ReportTexts texts;

        @GetMapping("/test/streams/{rows}-failing-at-{failAt}.xlsx")
        void xlsx(@PathVariable int rows, @PathVariable int failAt, HttpServletResponse response) throws IOException {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (Report report = XlsxReport.open(response.getOutputStream(), ReportFixtures.header(ReportFixtures.VI), texts)) {
                report.section("Cá nhân", "Xếp hạng cá nhân");
                report.table(ReportFixtures.columns(), sink -> {
                    for (int i = 1; i <= rows; i++) {
                        if (i == failAt) {
                            throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
                        }
                        sink.row(i, ReportFixtures.code(i), ReportFixtures.name(i), "Phòng Tổ chức – Cán bộ",
                                ReportFixtures.total(i));
                    }
                });
                report.signatures();
            }
        }
    }

    @TestConfiguration
    static class OpenStreams {

        @Bean
        @Order(0)
        SecurityFilterChain testStreams(HttpSecurity http) throws Exception {
            return http.securityMatcher("/test/streams/**")
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }
}
