package vn.thidua.ranking;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rankings and the summary as files, read back: XLSX cells and PDF text, in rank order, in Vietnamese. */
@IntegrationTest
class RankingExportTest {

    static final List<String> ORDER = List.of("Nguyễn Văn An", "Ngô Thị Lan", "Âu Thị Ánh", "Bùi Văn Cường",
            "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh", "Lê Văn Dũng", "Vũ Văn Hải");

    static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
    static final String GOOD = "Hoàn thành tốt nhiệm vụ";
    static final String PASS = "Hoàn thành nhiệm vụ";
    static final String FAIL = "Không hoàn thành nhiệm vụ";

    @Autowired
    RankingFixtures fixtures;

    @Autowired
    Fixtures people;

    @Autowired
    CampaignApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theXlsxHoldsTheRankingInOrderWithNumbersAsNumbers() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        MvcResult result = download(r.board(), "/rankings/individuals.xlsx", r);
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains(r.campaign().getCode() + ".xlsx");
        List<List<String>> rows = sheet(result.getResponse().getContentAsByteArray(), 0);
        int header = indexOf(rows, "Họ và tên");
        assertThat(rows.get(header)).containsSubsequence("Hạng", "Hạng trong đơn vị", "Mã", "Họ và tên", "Đơn vị",
                "Tổng điểm", "Xếp loại", "Đã chốt");
        List<List<String>> data = rows.subList(header + 1, header + 1 + ORDER.size());
        assertThat(data).extracting(row -> row.get(3)).containsExactlyElementsOf(ORDER);
        assertThat(data).extracting(row -> row.get(0)).containsExactly("1", "2", "3", "3", "5", "6", "6", "8", "9", "10");
        assertThat(data).extracting(row -> row.get(1)).containsExactly("1", "1", "1", "2", "2", "3", "3", "5", "2", "6");
        assertThat(data).extracting(row -> new java.math.BigDecimal(row.get(5)).stripTrailingZeros().toPlainString())
                .containsExactly("93", "90", "83", "83", "70", "65", "65", "50", "45", "-5");
        // the classification cell of each row: 90.00, 70.00 and 50.00 sit exactly on the default thresholds
        assertThat(data).extracting(row -> row.get(6)).containsExactly(EXCELLENT, EXCELLENT, GOOD, GOOD, GOOD, PASS,
                PASS, PASS, FAIL, FAIL);
        assertThat(data.get(0)).contains("Hoàn thành xuất sắc nhiệm vụ", r.x().getName(), "Đã chốt");
        assertThat(data.get(9)).contains("Không hoàn thành nhiệm vụ", "Chưa chốt");
        assertThat(rows.stream().flatMap(List::stream)).contains("Người lập biểu", "Chủ tịch Hội đồng");
    }

    @Test
    void thePdfPrintsTheRankingInOrderWithVietnameseNamesAndAHeader() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        MvcResult result = download(r.board(), "/rankings/individuals.pdf?unitId=" + r.x().getId(), r);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        String text = pdfText(result.getResponse().getContentAsByteArray());
        assertThat(text).contains("BẢNG XẾP HẠNG CÁ NHÂN", r.campaign().getName(), "Người lập biểu",
                "Chủ tịch Hội đồng", "Trang 1/1", "Đơn vị: " + r.x().getName());
        assertThat(text).containsSubsequence("Nguyễn Văn An", "93,00", "Ngô Thị Lan", "90,00", "Bùi Văn Cường",
                "83,00", "Lê Văn Dũng", "45,00");
        assertThat(text).doesNotContain("Âu Thị Ánh", "Vũ Văn Hải", "Kiều Văn Phong", "Mai Thị Oanh");
        // each row whole, on its own line, nothing after the last cell: rank, unit rank, code, name, unit, total,
        // classification, final
        assertThat(lines(text)).containsSubsequence(
                "1 1 " + code(r, "Nguyễn Văn An") + " Nguyễn Văn An " + r.x().getName() + " 93,00 " + EXCELLENT + " Đã chốt",
                "2 1 " + code(r, "Ngô Thị Lan") + " Ngô Thị Lan " + r.x1().getName() + " 90,00 " + EXCELLENT + " Chưa chốt",
                "3 2 " + code(r, "Bùi Văn Cường") + " Bùi Văn Cường " + r.x1().getName() + " 83,00 " + GOOD + " Chưa chốt",
                "9 2 " + code(r, "Lê Văn Dũng") + " Lê Văn Dũng " + r.x().getName() + " 45,00 " + FAIL + " Chưa chốt");
        assertThat(text).doesNotContain("null");
    }

    @Test
    void theUnitRankingExportsWithMembers() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        List<List<String>> rows = sheet(download(r.board(), "/rankings/units.xlsx", r).getResponse()
                .getContentAsByteArray(), 0);
        int header = indexOf(rows, "Tên đơn vị");
        assertThat(rows.subList(header + 1, header + 4)).extracting(row -> row.get(2))
                .containsExactly(r.x1().getName(), r.x().getName(), r.y().getName());
        assertThat(rows.get(header + 2)).containsSubsequence("2", r.x().getCode(), r.x().getName(), "85.00");
        assertThat(rows.get(header + 2)).endsWith("6", "4");
        assertThat(rows.get(header + 3)).endsWith("6", "6");
        String pdf = pdfText(download(r.board(), "/rankings/units.pdf", r).getResponse().getContentAsByteArray());
        assertThat(pdf).contains("BẢNG XẾP HẠNG TẬP THỂ").containsSubsequence(r.x1().getName(), "90,00",
                r.x().getName(), "85,00", r.y().getName(), "85,00");
        // rank, code, name, total, classification, final, members, members scored: whole lines
        assertThat(lines(pdf)).containsSubsequence(
                "1 " + r.x1().getCode() + " " + r.x1().getName() + " 90,00 " + EXCELLENT + " Chưa chốt 2 2",
                "2 " + r.x().getCode() + " " + r.x().getName() + " 85,00 " + GOOD + " Đã chốt 6 4",
                "2 " + r.y().getCode() + " " + r.y().getName() + " 85,00 " + GOOD + " Chưa chốt 6 6");
        assertThat(pdf).doesNotContain("null");
    }

    @Test
    void afterClosingTheFilesPrintThePublishedRankingWhateverChangedLater() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.CLOSED);
        jdbc.sql("update individual set full_name = 'Tên Đã Đổi' where id = :id")
                .param("id", r.person("Nguyễn Văn An").getId()).update();
        String pdf = pdfText(download(r.staffEm(), "/rankings/individuals.pdf", r).getResponse().getContentAsByteArray());
        assertThat(pdf).contains("Kết quả chính thức").containsSubsequence(ORDER.toArray(String[]::new));
        assertThat(pdf).doesNotContain("Tên Đã Đổi");
        List<List<String>> rows = sheet(download(r.staffEm(), "/rankings/individuals.xlsx", r).getResponse()
                .getContentAsByteArray(), 0);
        assertThat(rows.stream().map(row -> row.size() > 3 ? row.get(3) : "")).contains("Nguyễn Văn An")
                .doesNotContain("Tên Đã Đổi");
    }

    @Test
    void theSummaryReportHasTheFactsResultsTopAndWhatIsPending() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        String pdf = pdfText(download(r.board(), "/summary.pdf", r).getResponse().getContentAsByteArray());
        assertThat(pdf).contains("BÁO CÁO SƠ KẾT PHONG TRÀO THI ĐUA", r.campaign().getCode(), "Tình hình tham gia",
                "Kết quả xếp loại", "Hoàn thành xuất sắc nhiệm vụ", "Cá nhân chưa được chấm điểm", "Hoàng Thị Giang",
                "Phạm Văn Em", "Người lập biểu", "Chủ tịch Hội đồng");
        assertThat(pdf).containsSubsequence("Nguyễn Văn An", "Ngô Thị Lan", "Âu Thị Ánh");
        assertThat(pdf).doesNotContain("null");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                download(r.board(), "/summary.xlsx", r).getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList())
                    .containsExactly("Thông tin chung", "Kết quả", "Xếp hạng", "Kết quả theo đơn vị", "Chưa hoàn thành");
        }
    }

    @Test
    void theSummaryPdfPrintsEveryRowWholeAndLeavesTheCellsOfWhatIsNotScoredEmpty() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        // a sub-unit of Y with one person nobody has scored: its average total is an empty cell
        Unit y2 = people.unit("Phòng Y2 " + Fixtures.unique(""), r.y().getId());
        Individual mo = people.individual(y2.getId(), "Đặng Thị Mơ");
        String pdf = pdfText(download(r.board(), "/summary.pdf", r).getResponse().getContentAsByteArray());
        List<String> lines = lines(pdf);
        // participation: taking part, registered (submitted or approved), approved, drafts, ranked, finalised,
        // not ranked
        assertThat(lines).contains("Cá nhân 13 0 0 0 10 1 3", "Tập thể 4 0 0 0 3 1 1");
        // classifications: people (10 ranked) and units (3 ranked), count and percent
        assertThat(lines).containsSubsequence(EXCELLENT + " 2 20,0 % 1 33,3 %", GOOD + " 3 30,0 % 2 66,7 %",
                PASS + " 3 30,0 % 0 0,0 %", FAIL + " 2 20,0 % 0 0,0 %");
        // the top ten: whole rows
        assertThat(lines).containsSubsequence(
                "1 1 " + code(r, "Nguyễn Văn An") + " Nguyễn Văn An " + r.x().getName() + " 93,00 " + EXCELLENT + " Đã chốt",
                "5 2 " + code(r, "Kiều Văn Phong") + " Kiều Văn Phong " + r.y().getName() + " 70,00 " + GOOD + " Chưa chốt",
                "8 5 " + code(r, "Mai Thị Oanh") + " Mai Thị Oanh " + r.y().getName() + " 50,00 " + PASS + " Chưa chốt",
                "10 6 " + code(r, "Vũ Văn Hải") + " Vũ Văn Hải " + r.y().getName() + " -5,00 " + FAIL + " Chưa chốt");
        // by unit: people, registered, approved, drafts, ranked, finalised, not ranked, average; Y2's average is
        // empty and the line ends after its last count
        assertThat(lines).containsSubsequence(
                r.x1().getName() + " 2 0 0 0 2 0 0 86,50",
                y2.getName() + " 1 0 0 0 0 0 1",
                r.x().getName() + " 4 0 0 0 2 1 2 69,00",
                r.y().getName() + " 6 0 0 0 6 0 0 54,67");
        // not scored: code, name, unit, where the evaluation stands
        assertThat(lines).containsSubsequence(
                mo.getCode() + " Đặng Thị Mơ " + y2.getName() + " Chưa có phiếu đánh giá",
                code(r, "Hoàng Thị Giang") + " Hoàng Thị Giang " + r.x().getName() + " Chưa có phiếu đánh giá",
                code(r, "Phạm Văn Em") + " Phạm Văn Em " + r.x().getName() + " Đã nộp tự đánh giá");
        assertThat(pdf).doesNotContain("null");
    }

    @Test
    void filesAreRefusedExactlyLikeTheRankingsAndSpeakEnglishWhenAsked() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        for (String file : new String[] {"/rankings/individuals.pdf", "/rankings/units.xlsx", "/summary.pdf"}) {
            api.get(r.staffEm(), "/api/v1/campaigns/{id}" + file, r.campaign().getId())
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").exists());
            api.get(r.outsider(), "/api/v1/campaigns/{id}" + file, r.campaign().getId())
                    .andExpect(status().isNotFound());
        }
        api.get(r.headX(), "/api/v1/campaigns/{id}/rankings/individuals.xlsx?unitId=" + r.y().getId(),
                r.campaign().getId()).andExpect(status().isForbidden());
        api.get(r.board(), "/api/v1/campaigns/{id}/rankings/individuals.pdf?sort=name;drop", r.campaign().getId())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        // a head's file holds their units only
        List<List<String>> rows = sheet(download(r.headX1(), "/rankings/individuals.xlsx", r).getResponse()
                .getContentAsByteArray(), 0);
        assertThat(rows.stream().map(row -> row.size() > 3 ? row.get(3) : ""))
                .contains("Ngô Thị Lan", "Bùi Văn Cường").doesNotContain("Nguyễn Văn An", "Âu Thị Ánh");

        MvcResult english = mvc.perform(get("/api/v1/campaigns/{id}/rankings/individuals.pdf", r.campaign().getId())
                        .with(people.as(r.board())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdfText(english.getResponse().getContentAsByteArray()))
                .contains("RANKING OF INDIVIDUALS", "Prepared by", "93.00", "Page 1 of 1", "Nguyễn Văn An");
    }

    private MvcResult download(String user, String path, Ranked r) throws Exception {
        return api.get(user, "/api/v1/campaigns/{id}" + path, r.campaign().getId())
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
    }

    private static String code(Ranked r, String name) {
        return r.person(name).getCode();
    }

    /** The lines of a PDF's text, without the spaces PDFBox leaves at their ends. */
    static List<String> lines(String text) {
        return text.lines().map(String::stripTrailing).toList();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<List<String>> sheet(byte[] xlsx, int index) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheets().toList().get(index);
            List<List<String>> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                stream.forEach(row -> rows.add(texts(row)));
            }
            return rows;
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c == null ? "" : c.getText()));
        return cells;
    }

    private static int indexOf(List<List<String>> rows, String header) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(header)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + header + " in " + rows);
    }

}
