package vn.thidua.shared.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.report.ReportFixtures.EN;
import static vn.thidua.shared.report.ReportFixtures.VI;

/** The fixed wording of reports, from the real bundles. */
class ReportTextsTest {

    private final ReportTexts texts = ReportFixtures.texts();

    @Test
    void vietnameseWording() {
        ReportTexts.Wording vi = texts.forLocale(VI);
        assertThat(vi.preparedBy()).isEqualTo("Người lập biểu");
        assertThat(vi.chairman()).isEqualTo("Chủ tịch Hội đồng");
        assertThat(vi.signatureHint()).isEqualTo("(Ký, ghi rõ họ tên)");
        assertThat(vi.page("3", "12")).isEqualTo("Trang 3/12");
        assertThat(vi.dateStamp(LocalDate.of(2026, 11, 29))).isEqualTo("Ngày lập: 29/11/2026");
        // official style: a leading zero for days below 10 and for January and February only
        assertThat(vi.dateLine(LocalDate.of(2026, 11, 29))).isEqualTo("…, ngày 29 tháng 11 năm 2026");
        assertThat(vi.dateLine(LocalDate.of(2026, 2, 5))).isEqualTo("…, ngày 05 tháng 02 năm 2026");
        assertThat(vi.dateLine(LocalDate.of(2026, 3, 9))).isEqualTo("…, ngày 09 tháng 3 năm 2026");
        assertThat(texts.forLocale(java.util.Locale.forLanguageTag("vi-VN")).preparedBy()).isEqualTo("Người lập biểu");
    }

    @Test
    void englishWording() {
        ReportTexts.Wording en = texts.forLocale(EN);
        assertThat(en.preparedBy()).isEqualTo("Prepared by");
        assertThat(en.chairman()).isEqualTo("Chairman of the Board");
        assertThat(en.signatureHint()).isEqualTo("(Signature and full name)");
        assertThat(en.page("3", "12")).isEqualTo("Page 3 of 12");
        assertThat(en.dateStamp(LocalDate.of(2026, 11, 29))).isEqualTo("Date: 29/11/2026");
        assertThat(en.dateLine(LocalDate.of(2026, 11, 29))).isEqualTo("…, 29 November 2026");
        assertThat(en.dateLine(LocalDate.of(2026, 2, 5))).isEqualTo("…, 5 February 2026");
    }

    @Test
    void bothBundlesHaveTheSameKeysAndTheAppRegistersThem() throws IOException {
        Properties vi = load("i18n/report.properties");
        Properties en = load("i18n/report_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        assertThat(vi.stringPropertyNames()).isNotEmpty();

        Properties application = load("application.properties");
        assertThat(Arrays.asList(application.getProperty("spring.messages.basename").split(",")))
                .contains("i18n/report");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
