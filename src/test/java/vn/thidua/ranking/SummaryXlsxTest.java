package vn.thidua.ranking;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The summary report's XLSX read back cell by cell (the sheets' names alone are checked in
 * RankingExportTest): the facts, the participation and classification counts, the top of the
 * ranking, each unit's progress and what is pending, for the hand-worked campaign of
 * {@link RankingFixtures} in REVIEW (no pledges were made in it).
 */
@IntegrationTest
class SummaryXlsxTest {

    @Autowired
    RankingFixtures fixtures;

    @Autowired
    CampaignApi api;

    @Test
    void theSummaryXlsxHoldsTheFactsTheCountsTheRankingAndWhatIsPending() throws Exception {
        Ranked r = fixtures.ranked(CampaignStatus.REVIEW);
        byte[] xlsx = api.get(r.board(), "/api/v1/campaigns/{id}/summary.xlsx", r.campaign().getId())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, List<List<String>>> sheets = sheets(xlsx);
        assertThat(sheets.keySet())
                .containsExactly("Thông tin chung", "Kết quả", "Xếp hạng", "Kết quả theo đơn vị", "Chưa hoàn thành");
        for (List<List<String>> sheet : sheets.values()) {
            assertThat(sheet.get(0).get(0)).isEqualTo("BÁO CÁO SƠ KẾT PHONG TRÀO THI ĐUA");
            assertThat(sheet.get(1).get(0)).isEqualTo(r.campaign().getName());
        }

        List<String> facts = sheets.get("Thông tin chung").stream().map(row -> row.get(0)).toList();
        assertThat(facts).contains("1. Thông tin đợt thi đua")
                .containsSubsequence("Mã đợt: " + r.campaign().getCode(), "Tên phong trào: " + r.campaign().getName(),
                        "Chủ đề: Chủ đề thử nghiệm", "Loại: Theo chuyên đề, theo đợt",
                        "Thời gian: 10/07/2020 – 30/08/2020", "Trạng thái: Xét duyệt");

        // participation: X (An, Dũng, Em, Giang), X1 (Lan, Cường), Y (Ánh, Phong, Khánh, Hoa, Oanh, Hải); 10 people
        // ranked, An final; Em self-assessed only and Giang without an evaluation; the three units ranked, X final
        List<List<String>> results = sheets.get("Kết quả");
        assertThat(row(results, "Đối tượng")).containsExactly("Đối tượng", "Tham gia", "Đã đăng ký", "Được duyệt",
                "Nháp", "Đã chấm", "Đã chốt", "Chưa chấm");
        assertThat(numbers(row(results, "Cá nhân"))).containsExactly("12", "0", "0", "0", "10", "1", "2");
        assertThat(numbers(row(results, "Tập thể"))).containsExactly("3", "0", "0", "0", "3", "1", "0");
        // classification: people 2 / 3 / 3 / 2 of 10 (20, 30, 30, 20 %: Phong at exactly 70.00 is good, Oanh at
        // exactly 50.00 passes); units 1 excellent (X1), 2 good (X, Y) of 3
        // shares are numbers formatted 0.0% (0.333 shows 33.3%)
        assertThat(numbers(row(results, "Hoàn thành xuất sắc nhiệm vụ"))).containsExactly("2", "0.2", "1", "0.333");
        assertThat(numbers(row(results, "Hoàn thành tốt nhiệm vụ"))).containsExactly("3", "0.3", "2", "0.667");
        assertThat(numbers(row(results, "Hoàn thành nhiệm vụ"))).containsExactly("3", "0.3", "0", "0");
        assertThat(numbers(row(results, "Không hoàn thành nhiệm vụ"))).containsExactly("2", "0.2", "0", "0");

        // the top (all ten, in rank order, with rank and total) and the unit ranking
        List<List<String>> top = sheets.get("Xếp hạng");
        List<String> header = row(top, "Hạng");
        int name = header.indexOf("Họ và tên");
        int total = header.indexOf("Tổng điểm");
        int rank = header.indexOf("Hạng");
        List<List<String>> people = top.subList(top.indexOf(header) + 1, top.indexOf(header) + 11);
        assertThat(people).extracting(p -> p.get(name)).containsExactly("Nguyễn Văn An", "Ngô Thị Lan", "Âu Thị Ánh",
                "Bùi Văn Cường", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh", "Lê Văn Dũng",
                "Vũ Văn Hải");
        assertThat(people).extracting(p -> new BigDecimal(p.get(rank)).intValue())
                .containsExactly(1, 2, 3, 3, 5, 6, 6, 8, 9, 10);
        assertThat(people).extracting(p -> new BigDecimal(p.get(total)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(93), bd(90), bd(83), bd(83), bd(70), bd(65), bd(65), bd(50), bd(45), bd(-5));
        int unitRanking = top.indexOf(row(top, "5. Xếp hạng tập thể"));
        List<List<String>> unitRows = top.subList(unitRanking + 2, unitRanking + 5);
        assertThat(unitRows.stream().map(u -> u.contains(r.x1().getName()) ? "X1" : u.contains(r.x().getName()) ? "X"
                : u.contains(r.y().getName()) ? "Y" : "?")).containsExactly("X1", "X", "Y");

        // each unit's own people: X1 Lan 90 + Cường 83 → 86.50; X An 93 + Dũng 45 → 69.00 (Em, Giang not
        // scored); Y Ánh 83, Phong 70, Khánh 65, Hoa 65, Oanh 50, Hải −5 → 328 / 6 = 54.666… → 54.67
        List<List<String>> units = sheets.get("Kết quả theo đơn vị");
        assertThat(row(units, "Đơn vị")).containsExactly("Đơn vị", "Số người", "Đã đăng ký", "Được duyệt", "Nháp",
                "Đã chấm", "Đã chốt", "Chưa chấm", "Điểm bình quân");
        assertThat(numbers(row(units, r.x1().getName()))).containsExactly("2", "0", "0", "0", "2", "0", "0", "86.5");
        assertThat(numbers(row(units, r.x().getName()))).containsExactly("4", "0", "0", "0", "2", "1", "2", "69");
        assertThat(numbers(row(units, r.y().getName()))).containsExactly("6", "0", "0", "0", "6", "0", "0", "54.67");

        // pending: the nine reviewed but not final, then the two not scored
        List<List<String>> pending = sheets.get("Chưa hoàn thành");
        List<String> texts = pending.stream().flatMap(List::stream).toList();
        int notFinal = texts.indexOf("Cá nhân đã chấm điểm nhưng chưa chốt");
        int notScored = texts.indexOf("Cá nhân chưa được chấm điểm");
        assertThat(notFinal).isNotNegative().isLessThan(notScored);
        assertThat(texts.subList(notFinal, notScored)).contains("Ngô Thị Lan", "Âu Thị Ánh", "Bùi Văn Cường",
                "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh", "Lê Văn Dũng", "Vũ Văn Hải")
                .doesNotContain("Nguyễn Văn An",
                "Phạm Văn Em", "Hoàng Thị Giang");
        assertThat(texts.subList(notScored, texts.size())).contains("Phạm Văn Em", "Hoàng Thị Giang")
                .doesNotContain("Ngô Thị Lan", "Nguyễn Văn An");
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }

    /** The first row whose first cell is {@code first}. */
    private static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting with " + first + " in " + rows));
    }

    /** The cells after the first as plain numbers (25 and 25.00 alike read "25"). */
    private static List<String> numbers(List<String> row) {
        List<String> numbers = new ArrayList<>();
        for (String cell : row.subList(1, row.size())) {
            numbers.add(cell.isEmpty() ? "" : new BigDecimal(cell).stripTrailingZeros().toPlainString());
        }
        return numbers;
    }

    private static Map<String, List<List<String>>> sheets(byte[] xlsx) throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    sheets.put(sheet.getName(), rows.map(SummaryXlsxTest::texts).toList());
                }
            }
        }
        return sheets;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell == null || cell.getText() == null ? "" : cell.getText()));
        return texts;
    }
}
