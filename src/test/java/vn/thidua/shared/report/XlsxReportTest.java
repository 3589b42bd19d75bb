package vn.thidua.shared.report;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.report.ReportFixtures.CAMPAIGN;
import static vn.thidua.shared.report.ReportFixtures.EN;
import static vn.thidua.shared.report.ReportFixtures.VI;

/** Workbooks written by XlsxReport, read back with fastexcel-reader. */
class XlsxReportTest {

    @TempDir
    Path temp;

    @Test
    void twoSectionsMakeTwoSheetsWithTitleHeaderNumbersAndSignatures() throws IOException {
        byte[] xlsx = write(VI);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Cá nhân", "Tập thể");

            List<Row> individuals = sheets.get(0).read();
            assertThat(text(individuals, 0)).isEqualTo("BẢNG XẾP HẠNG CÁ NHÂN");
            assertThat(text(individuals, 1)).isEqualTo(CAMPAIGN);
            assertThat(text(individuals, 2)).isEqualTo("Ngày lập: 29/11/2026");
            assertThat(column(individuals, 0)).contains("Xếp hạng cá nhân – Khối cơ quan",
                    "Khối thi đua: Khối các cơ quan tham mưu", "Đã loại trừ người nghỉ thai sản.");

            int header = rowIndexOf(individuals, "Hạng");
            assertThat(cells(individuals.get(header))).containsExactly("Hạng", "Mã", "Họ và tên", "Đơn vị", "Tổng điểm");
            Row first = individuals.get(header + 1);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(0).asNumber()).isEqualByComparingTo("1");
            assertThat(first.getCell(2).asString()).isEqualTo("Nguyễn Thị Hương");
            Cell total = first.getCell(4);
            assertThat(total.getType()).as("a total is a number, not text").isEqualTo(CellType.NUMBER);
            assertThat(total.asNumber()).isEqualByComparingTo("92.50");
            assertThat(total.getDataFormatString()).isEqualTo("0.00");
            Row second = individuals.get(header + 2);
            assertThat(second.getCell(2).asString()).isEqualTo("Đặng Văn Ưng");
            assertThat(second.getCell(4).asNumber()).isEqualByComparingTo("92.49");
            Row last = individuals.get(header + 300);
            assertThat(last.getCell(1).asString()).isEqualTo("CN00300");
            assertThat(last.getCell(2).asString()).isEqualTo(ReportFixtures.name(300));

            List<String> afterTable = column(individuals.subList(header + 301, individuals.size()), 0);
            assertThat(afterTable).contains("Người lập biểu", "(Ký, ghi rõ họ tên)");
            assertThat(allTexts(individuals)).contains("Chủ tịch Hội đồng", "…, ngày 29 tháng 11 năm 2026");

            List<Row> collectives = sheets.get(1).read();
            assertThat(text(collectives, 0)).isEqualTo("BẢNG XẾP HẠNG CÁ NHÂN");
            int collectiveHeader = rowIndexOf(collectives, "Hạng");
            assertThat(cells(collectives.get(collectiveHeader))).containsExactly("Hạng", "Tập thể", "Điểm bình quân", "Ngày xét");
            Row unit = collectives.get(collectiveHeader + 1);
            assertThat(unit.getCell(1).asString()).isEqualTo("Phòng Kế hoạch – Tài chính");
            assertThat(unit.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(unit.getCell(2).asNumber()).isEqualByComparingTo("88.25");
            assertThat(unit.getCell(3).asDate()).isEqualTo(LocalDate.of(2026, 11, 20).atStartOfDay());
            assertThat(collectives.get(collectiveHeader + 2).getCell(2).getType()).as("no score: empty")
                    .isNotEqualTo(CellType.NUMBER);
            assertThat(allTexts(collectives)).contains("Người lập biểu", "Chủ tịch Hội đồng");
        }
    }

    @Test
    void sheetsPrintOnA4LandscapeWithCampaignDateAndPageNumbers() throws IOException {
        String sheet = entry(write(VI), "xl/worksheets/sheet1.xml");
        assertThat(part(sheet, "<pageSetup", "/>")).contains("orientation=\"landscape\"", "paperSize=\"9\"");
        assertThat(part(sheet, "<pageSetUpPr", "/>")).contains("fitToPage=\"true\"");
        // Excel's codes for the page number and count; non-ASCII letters are written as character references
        assertThat(part(sheet, "<oddFooter>", "</oddFooter>")).contains("Trang &amp;P/&amp;N");
        assertThat(part(sheet, "<oddHeader>", "</oddHeader>")).contains("Ng&#xe0;y l&#x1ead;p: 29/11/2026", "2026");
        assertThat(entry(write(VI), "xl/workbook.xml")).contains("_xlnm.Print_Titles");
    }

    @Test
    void englishWording() throws IOException {
        byte[] xlsx = write(EN);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(text(rows, 2)).isEqualTo("Date: 29/11/2026");
            assertThat(allTexts(rows)).contains("Prepared by", "Chairman of the Board", "(Signature and full name)",
                    "…, 29 November 2026");
        }
    }

    @Test
    void sheetNamesAreSanitisedAndUnique() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Report report = XlsxReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
            report.section("Khối 1/2: [cơ quan]*?", "Khối 1");
            report.section("Khối 1/2: [CƠ QUAN]*?", "Khối 1 bis");
            report.section("Xếp hạng cá nhân theo đơn vị trực thuộc Bộ", null);
            report.section("  ", null);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly(
                    "Khối 1-2- -cơ quan---", "Khối 1-2- -CƠ QUAN--- (2)",
                    "Xếp hạng cá nhân theo đơn vị tr", "Sheet");
        }
        assertThat(XlsxReport.sanitiseSheetName("'Tổng hợp'")).isEqualTo("Tổng hợp");
        assertThat(XlsxReport.sanitiseSheetName(null)).isEqualTo("Sheet");
    }

    @Test
    void aReportWithoutSectionsStillHasASheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Report report = XlsxReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts())) {
            report.paragraph("Chưa có dữ liệu.");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("BẢNG XẾP HẠNG CÁ NHÂN");
            assertThat(allTexts(sheets.get(0).read())).contains("Chưa có dữ liệu.");
        }
    }

    @Test
    void rowsReachTheOutputStreamWhileTheyArePushed() {
        ReportFixtures.CountingStream out = new ReportFixtures.CountingStream();
        long[] afterHalf = {0};
        Report report = XlsxReport.open(out, ReportFixtures.header(VI), ReportFixtures.texts());
        report.section("Cá nhân", "Xếp hạng cá nhân");
        report.table(ReportFixtures.columns(), sink -> {
            for (int i = 1; i <= 20_000; i++) {
                sink.row(i, ReportFixtures.code(i), ReportFixtures.name(i) + " " + i, "Phòng Tổ chức – Cán bộ",
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

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenWithAnApostropheAndNumbersStayNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportHeader evil = new ReportHeader("BẢNG XẾP HẠNG CÁ NHÂN", "=HYPERLINK(\"http://evil.example\")",
                ReportFixtures.DATE, VI);
        try (Report report = XlsxReport.open(out, evil, ReportFixtures.texts())) {
            report.section("Cá nhân", "@SUM(A1:A2)");
            report.paragraph("+1 đoạn văn");
            report.table(ReportFixtures.columns(), sink -> {
                sink.row(1, "CN1", "=1+1", "+84 912 345 678", new BigDecimal("-5.00"));
                sink.row(2, "CN2", "-2+3", "@SUM(A1:A9)", new BigDecimal("12.50"));
                sink.row(3, "CN3", "\tTab", "\rXuống dòng", -3);
                sink.row(4, "CN4", "Nguyễn Văn = An", "Phòng - Tổ chức", null);
            });
        }

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(text(rows, 1)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
            assertThat(allTexts(rows)).contains("'@SUM(A1:A2)", "'+1 đoạn văn");
            int header = rowIndexOf(rows, "Hạng");
            assertThat(cells(rows.get(header + 1)).subList(1, 4)).containsExactly("CN1", "'=1+1", "'+84 912 345 678");
            Cell negative = rows.get(header + 1).getCell(4);
            assertThat(negative.getType()).as("a negative total is a number, not text").isEqualTo(CellType.NUMBER);
            assertThat(negative.asNumber()).isEqualByComparingTo("-5");
            assertThat(cells(rows.get(header + 2)).subList(2, 4)).containsExactly("'-2+3", "'@SUM(A1:A9)");
            Row third = rows.get(header + 3);
            assertThat(cells(third).subList(2, 4)).containsExactly("'\tTab", "'\rXuống dòng");
            assertThat(third.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(third.getCell(4).asNumber()).isEqualByComparingTo("-3");
            assertThat(cells(rows.get(header + 4)).subList(2, 4)).containsExactly("Nguyễn Văn = An", "Phòng - Tổ chức");
        }
    }

    private static byte[] write(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Report report = XlsxReport.open(out, ReportFixtures.header(locale), ReportFixtures.texts())) {
            report.section("Cá nhân", "Xếp hạng cá nhân – Khối cơ quan");
            report.facts(List.of(new Fact("Khối thi đua", "Khối các cơ quan tham mưu")));
            report.paragraph("Đã loại trừ người nghỉ thai sản.");
            report.table(ReportFixtures.columns(), sink -> ReportFixtures.rows(sink, 300));
            report.signatures();

            report.section("Tập thể", "Xếp hạng tập thể");
            report.table(List.of(Column.center("Hạng", 1), Column.left("Tập thể", 5), Column.right("Điểm bình quân", 2),
                    Column.center("Ngày xét", 2)), sink -> {
                        sink.row(1, "Phòng Kế hoạch – Tài chính", new BigDecimal("88.25"), LocalDate.of(2026, 11, 20));
                        sink.row(2, "Văn phòng Bộ", null);
                    });
            report.signatures();
        }
        return out.toByteArray();
    }

    /** A part of the package, read through the zip's central directory (fastexcel writes streamed entries). */
    private String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.write(temp.resolve("report.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static String part(String xml, String start, String end) {
        int from = xml.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return xml.substring(from, xml.indexOf(end, from) + end.length());
    }

    private static String text(List<Row> rows, int index) {
        return rows.get(index).getCellText(0);
    }

    private static List<String> column(List<Row> rows, int index) {
        return rows.stream().map(r -> r.getOptionalCell(index)).flatMap(Optional::stream)
                .filter(c -> c.getType() == CellType.STRING).map(Cell::asString).toList();
    }

    private static List<String> cells(Row row) {
        return row.stream().map(Cell::getText).toList();
    }

    private static List<String> allTexts(List<Row> rows) {
        return rows.stream().flatMap(Row::stream).filter(c -> c != null && c.getType() == CellType.STRING)
                .map(Cell::asString).collect(Collectors.toList());
    }

    private static int rowIndexOf(List<Row> rows, String firstCell) {
        for (int i = 0; i < rows.size(); i++) {
            if (firstCell.equals(rows.get(i).getCellText(0))) {
                return i;
            }
        }
        throw new AssertionError("no row starts with " + firstCell);
    }
}
