package vn.thidua.shared.report;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Report writers on the real {@code i18n/report} bundles, without Spring. */
final class ReportFixtures {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale EN = Locale.ENGLISH;
    static final LocalDate DATE = LocalDate.of(2026, 11, 29);
    static final String CAMPAIGN = "Phong trào thi đua “Đổi mới, sáng tạo” năm 2026";
    static final List<String> NAMES = List.of("Nguyễn Thị Hương", "Đặng Văn Ưng", "Trần Thị Ánh Tuyết",
            "Lê Quốc Việt", "Phạm Thị Ngọc Diễm", "Hoàng Đức Thắng", "Vũ Thị Thuỳ Dương", "Bùi Văn Ước");

    private ReportFixtures() {
    }

    static ReportTexts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false); // as in application.properties: Vietnamese is the default bundle
        return new ReportTexts(messages);
    }

    static ReportHeader header(Locale locale) {
        return new ReportHeader("BẢNG XẾP HẠNG CÁ NHÂN", CAMPAIGN, DATE, locale);
    }

    static List<Column> columns() {
        return List.of(Column.center("Hạng", 1), Column.left("Mã", 1.5f), Column.left("Họ và tên", 4),
                Column.left("Đơn vị", 4), Column.right("Tổng điểm", 1.5f));
    }

    static String code(int i) {
        return String.format(Locale.ROOT, "CN%05d", i);
    }

    static String name(int i) {
        return NAMES.get((i - 1) % NAMES.size());
    }

    /** Row 1 has 92.50 points; the others count down by 0.01. */
    static BigDecimal total(int i) {
        return new BigDecimal("92.50").subtract(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i - 1)));
    }

    static void rows(RowSink sink, int count) {
        for (int i = 1; i <= count; i++) {
            sink.row(i, code(i), name(i), "Phòng Tổ chức – Cán bộ", total(i));
        }
    }

    /** Counts the bytes written and drops them. */
    static final class CountingStream extends OutputStream {
        long count;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
