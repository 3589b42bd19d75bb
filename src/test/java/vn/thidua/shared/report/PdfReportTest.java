package vn.thidua.shared.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.report.ReportFixtures.CAMPAIGN;
import static vn.thidua.shared.report.ReportFixtures.EN;
import static vn.thidua.shared.report.ReportFixtures.VI;

/** PDFs written by PdfReport, read back with PDFBox. */
class PdfReportTest {

    private static final int ROWS = 600;

    @Test
    void vietnameseReportPrintsNamesWithTheirDiacriticsInOrderOnLandscapePagesWithHeadersAndPageNumbers()
            throws IOException {
        byte[] pdf = write(VI, ROWS);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                assertThat(landscapeSize(page)).as("page size").containsExactly(842f, 595f);
            }
            String all = text(document, 1, pages);
            assertThat(all).contains("BẢNG XẾP HẠNG CÁ NHÂN", "Xếp hạng cá nhân – Khối cơ quan",
                    "Khối thi đua", "Khối các cơ quan tham mưu", "Đã loại trừ người nghỉ thai sản.");
            assertThat(all).contains("Nguyễn Thị Hương", "Đặng Văn Ưng", "Trần Thị Ánh Tuyết", "Vũ Thị Thuỳ Dương",
                    "Phòng Tổ chức – Cán bộ");
            assertThat(all).contains("92,50", "92,49", "86,51").doesNotContain("92.50");
            assertInWrittenOrder(all, ROWS);

            for (int p = 1; p <= pages; p++) {
                String page = text(document, p, p);
                assertThat(page).as("header of page " + p).contains(CAMPAIGN, "Ngày lập: 29/11/2026");
                assertThat(page).as("footer of page " + p).contains("Trang " + p + "/" + pages);
                if (page.contains("CN00")) {
                    assertThat(page).as("column headers repeated on page " + p).contains("Họ và tên", "Tổng điểm");
                }
            }
            String last = text(document, pages, pages);
            // the signature block is kept together: all of it is on the last page
            assertThat(last).contains("Người lập biểu", "Chủ tịch Hội đồng", "(Ký, ghi rõ họ tên)",
                    "…, ngày 29 tháng 11 năm 2026");
            assertThat(last.indexOf("…, ngày 29 tháng 11 năm 2026")).isLessThan(last.indexOf("Chủ tịch Hội đồng"));

            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void everyPageOfATableRepeatsItsHeaderWhereverTheStreamedPartsEnd() throws IOException {
        // the text above the table shifts where the parts of 100 rows end: on a page, or exactly at its foot
        for (int lines = 0; lines < 32; lines++) {
            assertEveryPageHasTheHeader(lines, 250, false);
            // the last part is empty: no page with a header and no rows
            assertEveryPageHasTheHeader(lines, 200, false);
        }
        // rows of two lines now and then (a long unit name wraps) leave less than a row at the foot of a page
        for (int lines = 0; lines < 16; lines++) {
            assertEveryPageHasTheHeader(lines, 250, true);
        }
    }

    private static void assertEveryPageHasTheHeader(int lines, int rows, boolean tallRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Report report = PdfReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
            for (int l = 0; l < lines; l++) {
                report.paragraph("Ghi chú " + l);
            }
            report.table(ReportFixtures.columns(), sink -> {
                for (int i = 1; i <= rows; i++) {
                    String unit = tallRows && i % 7 == 0
                            ? "Phòng Tổ chức – Cán bộ, Văn phòng Bộ, Cục Quản lý đầu tư xây dựng và công trình giao thông"
                            : "Phòng Tổ chức – Cán bộ";
                    sink.row(i, ReportFixtures.code(i), ReportFixtures.name(i), unit, ReportFixtures.total(i));
                }
            });
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                String page = text(document, p, p);
                assertThat(page.contains("Họ và tên")).as(lines + " lines above, " + rows + " rows: header on page " + p)
                        .isEqualTo(page.contains("CN00"));
            }
            String all = text(document, 1, document.getNumberOfPages());
            assertInWrittenOrder(all, rows);
            assertThat(all).doesNotContain("ERROR");
        }
    }

    @Test
    void theSignatureBlockNeverStandsAloneOnTheLastPageWhereverTheTableEnds() throws IOException {
        // 0..40 lines above a table of 40 rows move its end over every height of a page; the block needs
        // about 150 pt, so for many of them it cannot follow the last row on that row's page
        int movedWithARow = 0;
        for (int lines = 0; lines <= 40; lines++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Report report = PdfReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
                for (int l = 0; l < lines; l++) {
                    report.paragraph("Ghi chú " + l);
                }
                report.table(ReportFixtures.columns(), sink -> ReportFixtures.rows(sink, 40));
                report.signatures();
            }
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                int pages = document.getNumberOfPages();
                String last = text(document, pages, pages);
                assertThat(last).as(lines + " lines above: the last page").contains("Người lập biểu", "Chủ tịch Hội đồng");
                assertThat(last).as(lines + " lines above: the last row is with the signatures").contains("CN00040");
                if (!last.contains("CN00039") && pages > 1) {
                    movedWithARow++;
                    // the row that moved is under the column headers, as on any page of the table
                    assertThat(last).contains("Họ và tên", "Tổng điểm");
                    assertThat(text(document, pages - 1, pages - 1)).contains("CN00039").doesNotContain("CN00040");
                }
                assertInWrittenOrder(text(document, 1, pages), 40);
            }
        }
        assertThat(movedWithARow).as("cases where the last row went over with the signatures").isPositive();
    }

    @Test
    void aHeadingWithNoRoomBelowItStartsTheNextPage() throws IOException {
        for (int lines = 0; lines <= 40; lines++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Report report = PdfReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
                for (int l = 0; l < lines; l++) {
                    report.paragraph("Ghi chú " + l);
                }
                report.section("Tổng hợp", "Phần hai – Tổng hợp");
                report.paragraph("Cá nhân chưa được chấm điểm");
                report.table(ReportFixtures.columns(), sink -> ReportFixtures.rows(sink, 3));
            }
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                for (int p = 1; p <= document.getNumberOfPages(); p++) {
                    String page = text(document, p, p);
                    if (page.contains("Phần hai – Tổng hợp") || page.contains("Cá nhân chưa được chấm điểm")) {
                        assertThat(page).as(lines + " lines above: page " + p + " has the heading with its table")
                                .contains("Phần hai – Tổng hợp", "Cá nhân chưa được chấm điểm", "Họ và tên", "CN00001");
                    }
                }
            }
        }
    }

    @Test
    void englishReportHasEnglishWordingAndDecimalPoints() throws IOException {
        byte[] pdf = write(EN, ROWS);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(text(document, 1, 1)).contains("Page 1 of " + pages, "Date: 29/11/2026", CAMPAIGN);
            String last = text(document, pages, pages);
            assertThat(last).contains("Page " + pages + " of " + pages, "Prepared by", "Chairman of the Board",
                    "(Signature and full name)", "…, 29 November 2026");
            String all = text(document, 1, pages);
            assertThat(all).contains("92.50", "Đặng Văn Ưng").doesNotContain("92,50");
        }
    }

    @Test
    void decimalsAreRoundedToTwoPlacesAndEmptyCellsStayEmpty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Report report = PdfReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
            report.table(List.of(Column.left("Họ và tên", 3), Column.right("Điểm", 1), Column.left("Ghi chú", 2)),
                    sink -> {
                        sink.row("Ngô Thị Lành", new BigDecimal("87.125"), null);
                        sink.row("Đỗ Minh Khôi", 90);
                    });
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = text(document, 1, 1);
            assertThat(text).contains("Ngô Thị Lành 87,13", "Đỗ Minh Khôi 90");
            // each row is a whole line that ends after its last value: the empty note (null, or a cell left out)
            // prints nothing
            List<String> lines = text.lines().map(String::stripTrailing).toList();
            assertThat(lines).containsSubsequence("Họ và tên Điểm Ghi chú", "Ngô Thị Lành 87,13", "Đỗ Minh Khôi 90");
            assertThat(text).doesNotContain("null");
        }
    }

    @Test
    void rowsReachTheOutputStreamWhileTheyArePushed() {
        ReportFixtures.CountingStream out = new ReportFixtures.CountingStream();
        long[] afterHalf = {0};
        Report report = PdfReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts());
        report.table(ReportFixtures.columns(), sink -> {
            for (int i = 1; i <= 20_000; i++) {
                sink.row(i, ReportFixtures.code(i), ReportFixtures.name(i), "Phòng Tổ chức – Cán bộ",
                        ReportFixtures.total(i % 5000 + 1));
                if (i == 10_000) {
                    afterHalf[0] = out.count;
                }
            }
        });
        report.signatures();
        report.close();

        assertThat(afterHalf[0]).as("bytes written after 10,000 of 20,000 rows").isPositive();
        assertThat(afterHalf[0]).isLessThan(out.count * 3 / 4);
        assertThat(out.closed).as("the caller's stream is left open").isFalse();
    }

    static byte[] write(Locale locale, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Report report = PdfReport.open(out, ReportFixtures.header(locale), ReportFixtures.texts())) {
            report.section("Cá nhân", "Xếp hạng cá nhân – Khối cơ quan");
            report.facts(List.of(new Fact("Khối thi đua", "Khối các cơ quan tham mưu"),
                    new Fact("Số cá nhân", String.valueOf(rows))));
            report.paragraph("Đã loại trừ người nghỉ thai sản.");
            report.table(ReportFixtures.columns(), sink -> ReportFixtures.rows(sink, rows));
            report.signatures();
        }
        return out.toByteArray();
    }

    private static void assertInWrittenOrder(String text, int rows) {
        int at = -1;
        for (int i = 1; i <= rows; i++) {
            String line = ReportFixtures.code(i) + " " + ReportFixtures.name(i);
            int found = text.indexOf(line, at + 1);
            assertThat(found).as("row " + i + " (" + line + ") after row " + (i - 1)).isGreaterThan(at);
            at = found;
        }
    }

    /** Width and height as the page is shown (a /Rotate of 90 or 270 swaps them). */
    private static List<Float> landscapeSize(PDPage page) {
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        return List.of((float) Math.round(width), (float) Math.round(height));
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        // content order (the page header and footer come last): PDFBox's sorting by position splits words
        // at tall letters such as Ạ ("HẠ NG"), although they are laid out without a gap
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }
}
