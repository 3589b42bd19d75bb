package vn.thidua.ranking;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Html;
import vn.thidua.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures the board quotes (issue 12), on {@link RankingFixtures#ranked} with the pledges of
 * {@link RankingFixtures#pledges}: registered means submitted or approved (3 of 12 people: An, Lan,
 * Phong; 1 of 3 units: X1), drafts shown apart (Ánh), a returned pledge (Cường) is neither; shares
 * by one rule; units compared by average only when enough of their people are scored; each row's
 * registered title; a name search.
 */
@IntegrationTest
class RankingCountsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RankingFixtures fixtures;

    @Autowired
    EvaluationFixtures evaluations;

    @Autowired
    Fixtures people;

    @Autowired
    CampaignApi api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeredCountsSubmittedAndApprovedPledgesOnlyWithDraftsApartOnEveryPageFileAndTheApi() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.SCORING);
        fixtures.pledges(r);
        Long id = r.campaign().getId();

        String dashboard = page(r.board(), "/campaigns/" + id + "/dashboard");
        assertThat(Html.text(dashboard, "kpiRegisteredValue")).isEqualTo("3");
        assertThat(Html.text(dashboard, "kpiApprovedValue")).isEqualTo("đã duyệt: 2");
        assertThat(Html.text(dashboard, "kpiDraftsValue")).isEqualTo("nháp: 1, bị trả lại: 1");

        String summary = page(r.board(), "/campaigns/" + id + "/summary");
        assertThat(Html.cells(Html.element(summary, "registered"))).containsExactly("Đã đăng ký thi đua", "3", "1");
        assertThat(Html.cells(Html.element(summary, "drafts"))).containsExactly("Đăng ký đang soạn (nháp, chưa gửi)", "1", "0");
        assertThat(Html.cells(Html.element(summary, "approved"))).containsExactly("trong đó đã được duyệt", "2", "0");
        // X: An approved; X1: Lan submitted (Cường returned); Y: Phong approved, Ánh a draft
        assertThat(Html.text(Html.element(summary, "unitResult-" + r.x().getId()))).contains(" 4 1 1 0 2 1 69,00");
        assertThat(Html.text(Html.element(summary, "unitResult-" + r.x1().getId()))).contains(" 2 1 0 0 2 0 86,50");
        assertThat(Html.text(Html.element(summary, "unitResult-" + r.y().getId()))).contains(" 6 1 1 1 6 0 54,67");

        // the summary PDF: taking part, registered, approved, drafts, ranked, finalised, not ranked
        List<String> pdf = lines(pdfText(file(r.board(), "/api/v1/campaigns/{id}/summary.pdf", id)));
        assertThat(pdf).contains("Cá nhân 12 3 2 1 10 1 2", "Tập thể 3 1 0 0 3 1 0");
        assertThat(pdf).contains(r.y().getName() + " 6 1 1 1 6 0 0 54,67");

        // the API keeps pledgesByStatus and adds the derived counts
        api.get(r.board(), "/api/v1/campaigns/{id}/summary", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.NONE").value(7))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.DRAFT").value(1))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.SUBMITTED").value(1))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.APPROVED").value(2))
                .andExpect(jsonPath("$.pledgesByStatus.INDIVIDUAL.RETURNED").value(1))
                .andExpect(jsonPath("$.registered.INDIVIDUAL").value(3))
                .andExpect(jsonPath("$.registered.COLLECTIVE").value(1))
                .andExpect(jsonPath("$.drafts.INDIVIDUAL").value(1))
                .andExpect(jsonPath("$.drafts.COLLECTIVE").value(0));

        // the registration overview and list: "Đã đăng ký" is 3 (not 5 with the draft and the returned one)
        String overview = page(r.board(), "/campaigns/" + id + "/registrations/overview");
        String total = Html.element(overview, "overviewTotal");
        assertThat(total).contains("class=\"text-end registered\">3<").contains("class=\"text-end missing\">7<")
                .contains("status-DRAFT\">1<").contains("status-RETURNED\">1<");
        assertThat(Html.element(overview, "unit-" + r.y().getCode())).contains("class=\"text-end registered\">1<")
                .contains("status-DRAFT\">1<").contains("class=\"text-end missing\">4<");
        String list = page(r.board(), "/campaigns/" + id + "/registrations");
        assertThat(Html.text(list, "count-registered")).isEqualTo("Đã đăng ký: 3");
        assertThat(Html.text(list, "count-DRAFT")).isEqualTo("Nháp: 1");
        assertThat(Html.text(list, "count-MISSING")).isEqualTo("Chưa đăng ký: 7");
    }

    @Test
    void unitsAreComparedByAverageOnlyWithEnoughOfTheirPeopleScoredAndShowTheirCoverage() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.SCORING);
        // Dũng's review is taken back: X has An (93.00) scored, 1 of its 4 people (25 %)
        jdbc.sql("update evaluation set status = 'SUBMITTED' where campaign_id = :c and subject_id = :s")
                .param("c", r.campaign().getId()).param("s", r.person("Lê Văn Dũng").getId()).update();
        String html = page(r.board(), "/campaigns/" + r.campaign().getId() + "/dashboard");
        String table = Html.element(html, "averageTable");
        // X1 86.50 (2/2) and Y 54.67 (6/6) are compared; X's 93.00 from 1 of 4 comes after them, marked
        assertThat(Html.ids(table, "average-")).containsExactly("average-" + r.x1().getId(),
                "average-" + r.y().getId(), "average-" + r.x().getId());
        assertThat(Html.cells(Html.element(table, "average-" + r.x1().getId())))
                .containsExactly("1", r.x1().getName(), "86,50", "2/2", "100,0 %");
        assertThat(Html.cells(Html.element(table, "average-" + r.y().getId())))
                .containsExactly("2", r.y().getName(), "54,67", "6/6", "100,0 %");
        String x = Html.element(table, "average-" + r.x().getId());
        assertThat(Html.cells(x)).containsExactly("—", r.x().getName() + " Chưa đủ số người được chấm", "93,00",
                "1/4", "25,0 %");
        assertThat(x).contains("data-covered=\"false\"");
        assertThat(Html.text(html, "coverageHelp")).contains("từ 50 % số người");
        // the chart leaves X out and says each unit's coverage
        assertThat(html).contains("&quot;values&quot;:[86.5,54.67]")
                .contains("&quot;labels&quot;:[&quot;" + r.x1().getName() + " (2/2)&quot;,&quot;" + r.y().getName()
                        + " (6/6)&quot;]");
        // progress: 1 of 4 is 25,0 %, 2 of 2 is 100,0 %
        assertThat(Html.text(Html.element(html, "progress-" + r.x().getId()))).endsWith("25,0 % 25,0 %");

        // at exactly 50 % (Dũng reviewed again: 2 of 4) X is compared again, 69.00 between X1 and Y
        jdbc.sql("update evaluation set status = 'REVIEWED' where campaign_id = :c and subject_id = :s")
                .param("c", r.campaign().getId()).param("s", r.person("Lê Văn Dũng").getId()).update();
        table = Html.element(page(r.board(), "/campaigns/" + r.campaign().getId() + "/dashboard"), "averageTable");
        assertThat(Html.ids(table, "average-")).containsExactly("average-" + r.x1().getId(),
                "average-" + r.x().getId(), "average-" + r.y().getId());
        assertThat(Html.cells(Html.element(table, "average-" + r.x().getId())))
                .containsExactly("2", r.x().getName(), "69,00", "2/4", "50,0 %");
    }

    @Test
    void aRowSaysFinalisedAndOnlyAClosedRankingIsOfficial() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.SCORING);
        String html = page(r.board(), "/campaigns/" + r.campaign().getId() + "/rankings");
        assertThat(Html.text(html, "bannerTitle")).isEqualTo("Kết quả tạm thời, đang cập nhật");
        assertThat(Html.text(html, "final-" + r.person("Nguyễn Văn An").getId())).isEqualTo("Đã chốt");
        assertThat(Html.text(html, "final-" + r.person("Ngô Thị Lan").getId())).isEqualTo("Chưa chốt");
        assertThat(Html.text(html, "rankingTable")).doesNotContain("Chính thức").doesNotContain("Tạm thời");
        html = page(r.board(), "/campaigns/" + r.campaign().getId() + "/rankings?lang=en");
        assertThat(Html.text(html, "final-" + r.person("Nguyễn Văn An").getId())).isEqualTo("Finalised");
        assertThat(Html.text(html, "final-" + r.person("Ngô Thị Lan").getId())).isEqualTo("Not finalised");
    }

    @Test
    void theRankingShowsEachRegisteredTargetTitleAndFindsPeopleByNameWithoutDiacritics() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        fixtures.pledges(r);
        Long id = r.campaign().getId();
        String rankings = "/campaigns/" + id + "/rankings";

        String html = page(r.board(), rankings);
        assertThat(title(html, r.person("Nguyễn Văn An").getId())).isEqualTo("Lao động tiên tiến");
        assertThat(title(html, r.person("Ngô Thị Lan").getId())).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(title(html, r.person("Kiều Văn Phong").getId())).isEqualTo("Lao động tiên tiến");
        // a draft and a returned pledge register nothing
        assertThat(title(html, r.person("Âu Thị Ánh").getId())).isEqualTo("—");
        assertThat(title(html, r.person("Bùi Văn Cường").getId())).isEqualTo("—");
        assertThat(title(page(r.board(), rankings + "/units"), r.x1().getId())).isEqualTo("Tập thể lao động tiên tiến");

        // "ngo thi" finds Ngô Thị Lan with her overall rank; "VAN" (any case) the six ranked Văn; "dung" finds Lê Văn Dũng
        html = search(r.board(), rankings, "ngo thi");
        assertThat(Html.ids(Html.element(html, "rankingTable"), "row-"))
                .containsExactly("row-" + r.person("Ngô Thị Lan").getId());
        assertThat(Html.text(Html.element(html, "row-" + r.person("Ngô Thị Lan").getId()))).startsWith("2 1 ");
        assertThat(Html.attribute(html, "q", "value")).isEqualTo("ngo thi");
        assertThat(Html.attribute(html, "downloadPdf", "href")).contains("q=ngo%20thi");
        html = search(r.board(), rankings, "VAN");
        assertThat(Html.ids(Html.element(html, "rankingTable"), "row-")).hasSize(6);
        html = search(r.board(), rankings, "Dũng");
        assertThat(Html.ids(Html.element(html, "rankingTable"), "row-"))
                .containsExactly("row-" + r.person("Lê Văn Dũng").getId());
        html = search(r.board(), rankings, "dung");
        assertThat(Html.ids(Html.element(html, "rankingTable"), "row-"))
                .containsExactly("row-" + r.person("Lê Văn Dũng").getId());
        // "đo" finds Đỗ Văn Khánh (đ is d); nobody is called "xyz"
        html = search(r.board(), rankings, "đo van");
        assertThat(Html.ids(Html.element(html, "rankingTable"), "row-"))
                .containsExactly("row-" + r.person("Đỗ Văn Khánh").getId());
        assertThat(Html.text(search(r.board(), rankings, "xyz"), "rankingEmpty"))
                .isEqualTo("Không có kết quả phù hợp với bộ lọc.");

        // the API: q and targetTitle
        api.get(r.board(), "/api/v1/campaigns/{id}/rankings/individuals?q=nguyen", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Văn An"))
                .andExpect(jsonPath("$.items[0].rank").value(1))
                .andExpect(jsonPath("$.items[0].targetTitle").value("LDTT"));
        api.get(r.board(), "/api/v1/campaigns/{id}/rankings/individuals?q=anh", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].fullName").value("Âu Thị Ánh"))
                .andExpect(jsonPath("$.items[0].targetTitle").doesNotExist());
        api.get(r.board(), "/api/v1/campaigns/{id}/rankings/individuals?q=" + "a".repeat(256), id)
                .andExpect(status().isBadRequest());

        // closed: the published ranking keeps the titles and is searched the same way
        evaluations.advance(r.campaign(), CampaignStatus.CLOSED);
        html = search(r.staffEm(), rankings, "PHONG");
        assertThat(Html.ids(Html.element(html, "rankingTable"), "row-"))
                .containsExactly("row-" + r.person("Kiều Văn Phong").getId());
        assertThat(title(html, r.person("Kiều Văn Phong").getId())).isEqualTo("Lao động tiên tiến");
        assertThat(Html.text(html, "bannerTitle")).isEqualTo("Kết quả chính thức, chốt khi kết thúc đợt");
        // the file of the search says so and lists the one row with its title
        List<String> pdf = lines(pdfText(file(r.staffEm(), "/api/v1/campaigns/{id}/rankings/individuals.pdf?q=phong", id)));
        assertThat(pdf).contains("Họ tên có chứa: phong");
        assertThat(String.join("\n", pdf)).contains("Kiều Văn Phong").contains("Lao động tiên tiến")
                .doesNotContain("Nguyễn Văn An");
    }

    @Test
    void theRegistrationFileWritesDatesAsDateCellsAndAddsASheetOfCountsPerUnit() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.SCORING);
        fixtures.pledges(r);
        byte[] xlsx = file(r.board(), "/campaigns/{id}/registrations.xlsx", r.campaign().getId());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList())
                    .containsExactly("Cá nhân", "Theo đơn vị", "Tập thể");
            List<Row> individuals = workbook.getSheet(0).orElseThrow().read();
            // An sent at 18:30 UTC on 15 July: 01:30 on 16 July in Hà Nội
            Cell an = submitted(individuals, "Nguyễn Văn An");
            assertThat(an.getType()).isEqualTo(CellType.NUMBER);
            assertThat(an.getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(an.asDate()).isEqualTo(LocalDateTime.of(2020, 7, 16, 0, 0));
            assertThat(submitted(individuals, "Ngô Thị Lan").asDate()).isEqualTo(LocalDateTime.of(2020, 7, 10, 0, 0));
            assertThat(text(submitted(individuals, "Âu Thị Ánh"))).isEmpty(); // a draft was never sent

            // per unit (by name, Vietnamese order: Phòng before Vụ): people, registered, draft, submitted,
            // approved, returned, no pledge; then the whole
            List<Row> units = workbook.getSheet(1).orElseThrow().read();
            Row header = units.stream().filter(row -> "STT".equals(text(row.getCell(0)))).findFirst().orElseThrow();
            assertThat(texts(header)).containsExactly("STT", "Đơn vị", "Số người", "Đã đăng ký", "Nháp",
                    "Đã gửi", "Đã duyệt", "Bị trả lại", "Chưa đăng ký");
            assertThat(counts(units, r.x1().getName())).containsExactly(2, 1, 0, 1, 0, 1, 0);
            assertThat(counts(units, r.x().getName())).containsExactly(4, 1, 0, 0, 1, 0, 3);
            assertThat(counts(units, r.y().getName())).containsExactly(6, 1, 1, 0, 1, 0, 4);
            assertThat(counts(units, "Toàn cơ quan")).containsExactly(12, 3, 1, 1, 2, 1, 7);
            assertThat(text(units.get(units.indexOf(header) + 1).getCell(1))).isEqualTo(r.x1().getName());

            List<Row> collectives = workbook.getSheet(2).orElseThrow().read();
            Row x1 = collectives.stream().filter(row -> texts(row).contains(r.x1().getName())).findFirst().orElseThrow();
            assertThat(x1.getCell(5).asDate()).isEqualTo(LocalDateTime.of(2020, 7, 11, 0, 0));
        }
    }

    private static String title(String html, Long subjectId) {
        String row = Html.element(html, "row-" + subjectId);
        int start = row.indexOf("class=\"target-title\">");
        assertThat(start).as("a target title cell in row %s", subjectId).isNotNegative();
        return row.substring(start + "class=\"target-title\">".length(), row.indexOf('<', start + 1)).trim();
    }

    private static Cell submitted(List<Row> rows, String name) {
        Row row = rows.stream().filter(r -> texts(r).contains(name)).findFirst().orElseThrow();
        return row.getCellCount() > 7 ? row.getCell(7) : null;
    }

    private static List<Integer> counts(List<Row> rows, String unit) {
        Row row = rows.stream().filter(r -> r.getCellCount() > 1 && unit.equals(text(r.getCell(1)))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + unit));
        List<Integer> counts = new ArrayList<>();
        for (int c = 2; c < 9; c++) {
            counts.add(row.getCell(c).asNumber().intValueExact());
        }
        return counts;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    private static String text(Cell cell) {
        return Optional.ofNullable(cell).map(Cell::getText).orElse("");
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(people.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String search(String user, String url, String q) throws Exception {
        return mvc.perform(get(url).param("q", q).with(people.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] file(String user, String url, Object... vars) throws Exception {
        return api.get(user, url, vars).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }
}
