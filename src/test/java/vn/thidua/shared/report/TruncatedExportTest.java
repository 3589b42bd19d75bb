package vn.thidua.shared.report;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.shared.report.ReportFixtures.VI;

/**
 * A report whose rows stop coming midway (the database went away) is left unfinished, so that
 * half a ranking cannot pass for the whole one; a report that gets all its rows is complete.
 */
class TruncatedExportTest {

    private static final int ROWS = 5000;
    private static final int FAILS_AT = 2500;

    /** The rows of a query that dies after {@value #FAILS_AT} of them. */
    private static void dyingRows(RowSink sink) {
        for (int i = 1; i <= ROWS; i++) {
            if (i == FAILS_AT) {
                throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
            }
            sink.row(i, ReportFixtures.code(i), ReportFixtures.name(i), "Phòng Tổ chức – Cán bộ", ReportFixtures.total(i));
        }
    }

    @Test
    void anXlsxWhoseRowsFailIsNotAWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // as the exports were written: try-with-resources closes the report on the way out
        assertThatThrownBy(() -> {
            try (Report report = XlsxReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
                report.section("Cá nhân", "Xếp hạng cá nhân");
                report.table(ReportFixtures.columns(), TruncatedExportTest::dyingRows);
                report.signatures();
            }
        }).isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(out.size()).isPositive(); // rows were already on their way to the client
        assertThatThrownBy(() -> {
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                workbook.getSheets().forEach(sheet -> {
                    try {
                        sheet.read();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }).as("a truncated workbook cannot be opened").isInstanceOf(Exception.class);
    }

    @Test
    void aPdfWhoseRowsFailHasNoEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (Report report = PdfReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
                report.section("Cá nhân", "Xếp hạng cá nhân");
                report.table(ReportFixtures.columns(), TruncatedExportTest::dyingRows);
            }
        }).isInstanceOf(DataAccessResourceFailureException.class);

        String pdf = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-").doesNotContain("%%EOF").doesNotContain("trailer");
    }

    @Test
    void aFailureBetweenTablesAbortsTheDocumentToo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> Report.write(XlsxReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts()),
                report -> {
                    report.section("Cá nhân", "Xếp hạng cá nhân");
                    report.table(ReportFixtures.columns(), sink -> ReportFixtures.rows(sink, 10));
                    throw new DataAccessResourceFailureException("connection lost");
                })).isInstanceOf(DataAccessResourceFailureException.class);
        assertThatThrownBy(() -> new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray())).close())
                .isInstanceOf(Exception.class);
    }

    @Test
    void aReportWithAllItsRowsIsComplete() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report.write(XlsxReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts()), report -> {
            report.section("Cá nhân", "Xếp hạng cá nhân");
            report.table(ReportFixtures.columns(), sink -> ReportFixtures.rows(sink, ROWS));
            report.signatures();
        });
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.read().stream().filter(row -> row.getCellAsString(1).orElse("").startsWith("CN")).count())
                    .isEqualTo(5000);
        }
    }
}
