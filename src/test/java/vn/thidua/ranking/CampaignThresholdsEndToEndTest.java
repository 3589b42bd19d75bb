package vn.thidua.ranking;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignApi;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Thresholds;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.evaluation.EvaluationFixtures.score;
import static vn.thidua.ranking.RankingExportTest.EXCELLENT;
import static vn.thidua.ranking.RankingExportTest.FAIL;
import static vn.thidua.ranking.RankingExportTest.GOOD;
import static vn.thidua.ranking.RankingExportTest.PASS;
import static vn.thidua.ranking.RankingExportTest.lines;
import static vn.thidua.ranking.RankingExportTest.pdfText;
import static vn.thidua.ranking.RankingExportTest.sheet;

/**
 * A campaign's own thresholds (DESIGN §4), not the defaults 90 / 70 / 50, classify everywhere a
 * classification is shown: the evaluation (API and page), the review grid, the ranking (API and
 * page), the summary and the files. Thresholds 95 / 72.5 / 60; the head of Vụ Ngưỡng reviews six
 * people through the API (C1/C2/B1/P1, worked out by hand):
 *
 * <pre>
 * rank name            C1     C2     B1  P1  total  class (95/72.5/60)  class by the defaults
 *  1   Phan Văn Xuất   57     38     0   0   95.00  EXCELLENT           EXCELLENT
 *  2   Lý Thị Tốt      55     37     0   0   92.00  GOOD                EXCELLENT
 *  3   Đào Văn Bảy     40.50  32     0   0   72.50  GOOD                GOOD
 *  4   Cao Thị Sáu     40.49  32     0   0   72.49  PASS                GOOD
 *  5   Hà Văn Đạt      30     30     2   2   60.00  PASS                PASS
 *  6   Tạ Thị Thiếu    30     29.99  0   0   59.99  FAIL                PASS
 * </pre>
 * By the campaign: EXCELLENT 1, GOOD 2, PASS 2, FAIL 1 of 6 ranked (16,7 / 33,3 / 33,3 / 16,7 %: one decimal, half up).
 * No unit is reviewed: the units' percentages are empty.
 */
@IntegrationTest
class CampaignThresholdsEndToEndTest {

    static final List<String> NAMES = List.of("Phan Văn Xuất", "Lý Thị Tốt", "Đào Văn Bảy", "Cao Thị Sáu",
            "Hà Văn Đạt", "Tạ Thị Thiếu");
    static final List<String> TOTALS = List.of("95,00", "92,00", "72,50", "72,49", "60,00", "59,99");
    static final List<String> CLASSES = List.of("EXCELLENT", "GOOD", "GOOD", "PASS", "PASS", "FAIL");
    static final List<String> WORDS = List.of(EXCELLENT, GOOD, GOOD, PASS, PASS, FAIL);

    @Autowired
    EvaluationFixtures evaluations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignApi api;

    @Autowired
    MockMvc mvc;

    Unit unit;
    String head;
    String board;
    Campaign campaign;
    final Map<String, Individual> people = new LinkedHashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        unit = fixtures.unit("Vụ Ngưỡng " + Fixtures.unique(""));
        Individual chief = fixtures.individual(unit.getId(), "Trịnh Văn Trưởng");
        fixtures.head(unit, chief);
        head = fixtures.account(chief.getId(), Role.STAFF);
        board = fixtures.board();
        for (String name : NAMES) {
            people.put(name, fixtures.individual(unit.getId(), name));
        }
        campaign = evaluations.campaign(CampaignStatus.SCORING,
                new Thresholds(new BigDecimal("95"), new BigDecimal("72.5"), new BigDecimal("60")), unit.getId());
        review("Phan Văn Xuất", "57", "38", "0", "0");
        review("Lý Thị Tốt", "55", "37", "0", "0");
        review("Đào Văn Bảy", "40.50", "32", "0", "0");
        review("Cao Thị Sáu", "40.49", "32", "0", "0");
        review("Hà Văn Đạt", "30", "30", "2", "2");
        review("Tạ Thị Thiếu", "30", "29.99", "0", "0");
    }

    @Test
    void theCampaignKeepsItsThresholdsAndTheEvaluationApiAndPageClassifyByThem() throws Exception {
        api.get(board, "/api/v1/campaigns/{id}", campaign.getId())
                .andExpect(jsonPath("$.thresholds.excellent").value(95.0))
                .andExpect(jsonPath("$.thresholds.good").value(72.5))
                .andExpect(jsonPath("$.thresholds.pass").value(60.0));
        String[][] expected = {{"Phan Văn Xuất", "95.0", "EXCELLENT"}, {"Lý Thị Tốt", "92.0", "GOOD"},
                {"Đào Văn Bảy", "72.5", "GOOD"}, {"Cao Thị Sáu", "72.49", "PASS"}, {"Hà Văn Đạt", "60.0", "PASS"},
                {"Tạ Thị Thiếu", "59.99", "FAIL"}};
        for (String[] e : expected) {
            api.get(head, "/api/v1/campaigns/{id}/evaluations/INDIVIDUAL/{subject}", campaign.getId(),
                            people.get(e[0]).getId())
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("REVIEWED"))
                    .andExpect(jsonPath("$.total").value(Double.parseDouble(e[1])))
                    .andExpect(jsonPath("$.complete").value(true))
                    .andExpect(jsonPath("$.classification").value(e[2]));
        }
        // the evaluation page: the review's classification element
        String html = html(mvc.perform(get("/campaigns/" + campaign.getId() + "/evaluations/INDIVIDUAL/"
                + people.get("Lý Thị Tốt").getId()).with(fixtures.as(head))).andExpect(status().isOk()));
        assertThat(element(html, "span", "reviewClassification")).isEqualTo("GOOD " + GOOD);
        html = html(mvc.perform(get("/campaigns/" + campaign.getId() + "/evaluations/INDIVIDUAL/"
                + people.get("Tạ Thị Thiếu").getId()).with(fixtures.as(head))).andExpect(status().isOk()));
        assertThat(element(html, "span", "reviewClassification")).isEqualTo("FAIL " + FAIL);
    }

    @Test
    void theReviewGridClassifiesEachRowByTheCampaignsThresholds() throws Exception {
        String html = html(mvc.perform(get("/campaigns/" + campaign.getId() + "/review").with(fixtures.as(head)))
                .andExpect(status().isOk()));
        for (int i = 0; i < NAMES.size(); i++) {
            Long id = people.get(NAMES.get(i)).getId();
            assertThat(element(html, "td", "class-" + id)).as(NAMES.get(i))
                    .isEqualTo(CLASSES.get(i) + " " + WORDS.get(i));
        }
        // a saved cell answers with the row's new classification: Bảy's C1 40.50 → 40.49 makes 72.49, PASS here
        // (GOOD by the defaults)
        Long bay = people.get("Đào Văn Bảy").getId();
        long version = Json.read(api.get(head, "/api/v1/campaigns/{id}/evaluations/INDIVIDUAL/{subject}",
                campaign.getId(), bay).andReturn().getResponse().getContentAsString()).get("version").asLong();
        html = html(mvc.perform(put("/campaigns/" + campaign.getId() + "/review/INDIVIDUAL/" + bay + "/"
                        + evaluations.criteria(campaign).get("C1")).with(fixtures.as(head)).with(csrf())
                .param("version", String.valueOf(version)).param("points", "40,49").param("reason", "Rà soát lại"))
                .andExpect(status().isOk()));
        assertThat(element(html, "td", "class-" + bay)).isEqualTo("PASS " + PASS);
        assertThat(element(html, "td", "total-" + bay, false)).isEqualTo("72,49");
    }

    @Test
    void theRankingApiAndPageClassifyByTheCampaignsThresholds() throws Exception {
        api.get(board, RankingApiTest.INDIVIDUALS, campaign.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(6))
                .andExpect(jsonPath("$.items[*].fullName").value(contains(NAMES.toArray())))
                .andExpect(jsonPath("$.items[*].rank").value(contains(1, 2, 3, 4, 5, 6)))
                .andExpect(jsonPath("$.items[*].total").value(contains(95.0, 92.0, 72.5, 72.49, 60.0, 59.99)))
                .andExpect(jsonPath("$.items[*].classification").value(contains(CLASSES.toArray())));
        api.get(board, RankingApiTest.INDIVIDUALS + "?classification=GOOD", campaign.getId())
                .andExpect(jsonPath("$.items[*].fullName").value(contains("Lý Thị Tốt", "Đào Văn Bảy")));
        String html = html(mvc.perform(get("/campaigns/" + campaign.getId() + "/rankings").with(fixtures.as(board)))
                .andExpect(status().isOk()));
        for (int i = 0; i < NAMES.size(); i++) {
            String row = between(html, "id=\"row-" + people.get(NAMES.get(i)).getId() + "\"", "</tr>");
            Matcher m = Pattern.compile("<span class=\"classification[^\"]*\" data-classification=\"([A-Z]*)\">([^<]*)<")
                    .matcher(row);
            assertThat(m.find()).as("classification cell of %s", NAMES.get(i)).isTrue();
            assertThat(m.group(1) + " " + m.group(2).trim()).as(NAMES.get(i)).isEqualTo(CLASSES.get(i) + " " + WORDS.get(i));
            assertThat(row).as(NAMES.get(i)).contains(">" + TOTALS.get(i) + "<");
        }
    }

    @Test
    void theSummaryCountsByTheCampaignsThresholds() throws Exception {
        api.get(board, "/api/v1/campaigns/{id}/summary", campaign.getId())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants.INDIVIDUAL").value(7))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.EXCELLENT").value(1))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.GOOD").value(2))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.PASS").value(2))
                .andExpect(jsonPath("$.subjectsByClassification.INDIVIDUAL.FAIL").value(1))
                .andExpect(jsonPath("$.notRanked.INDIVIDUAL").value(1));
        String html = html(mvc.perform(get("/campaigns/" + campaign.getId() + "/summary").with(fixtures.as(board)))
                .andExpect(status().isOk()));
        assertThat(cells(html, "result-EXCELLENT")).containsExactly("1", "16,7 %", "0", "0,0 %");
        assertThat(cells(html, "result-GOOD")).containsExactly("2", "33,3 %", "0", "0,0 %");
        assertThat(cells(html, "result-PASS")).containsExactly("2", "33,3 %", "0", "0,0 %");
        assertThat(cells(html, "result-FAIL")).containsExactly("1", "16,7 %", "0", "0,0 %");
    }

    @Test
    void theFilesPrintTheClassificationByTheCampaignsThresholds() throws Exception {
        List<List<String>> rows = sheet(download("/rankings/individuals.xlsx"), 0);
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            header = rows.get(i).contains("Họ và tên") ? i : -1;
        }
        assertThat(header).isNotNegative();
        List<List<String>> data = rows.subList(header + 1, header + 1 + NAMES.size());
        assertThat(data).extracting(row -> row.get(3)).containsExactlyElementsOf(NAMES);
        assertThat(data).extracting(row -> row.get(6)).containsExactlyElementsOf(WORDS);

        String pdf = pdfText(download("/rankings/individuals.pdf"));
        String[] expected = new String[NAMES.size()];
        for (int i = 0; i < NAMES.size(); i++) {
            Individual p = people.get(NAMES.get(i));
            expected[i] = (i + 1) + " " + (i + 1) + " " + p.getCode() + " " + NAMES.get(i) + " " + unit.getName() + " "
                    + TOTALS.get(i) + " " + WORDS.get(i) + " Chưa chốt";
        }
        assertThat(lines(pdf)).containsSubsequence(expected);

        // the summary: people counted by the campaign's thresholds; no unit is ranked, so its percentages are empty
        // and each line ends after the units' count
        String summary = pdfText(download("/summary.pdf"));
        assertThat(lines(summary)).containsSubsequence(EXCELLENT + " 1 16,7 % 0", GOOD + " 2 33,3 % 0",
                PASS + " 2 33,3 % 0", FAIL + " 1 16,7 % 0");
        assertThat(summary).doesNotContain("null");
    }

    private void review(String name, String c1, String c2, String b1, String p1) throws Exception {
        Map<String, Long> c = evaluations.criteria(campaign);
        api.put(head, Map.of("version", 0, "scores", List.of(score(c.get("C1"), new BigDecimal(c1)),
                        score(c.get("C2"), new BigDecimal(c2)), score(c.get("B1"), new BigDecimal(b1)),
                        score(c.get("P1"), new BigDecimal(p1)))),
                "/api/v1/campaigns/{id}/evaluations/INDIVIDUAL/{subject}/review", campaign.getId(),
                people.get(name).getId()).andExpect(status().isOk());
    }

    private byte[] download(String path) throws Exception {
        return api.get(board, "/api/v1/campaigns/{id}" + path, campaign.getId()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The element with this id: its data-classification and its text. */
    private static String element(String html, String tag, String id) {
        return element(html, tag, id, true);
    }

    private static String element(String html, String tag, String id, boolean classification) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)</" + tag + ">")
                .matcher(html);
        assertThat(m.find()).as("<%s id=%s> is on the page", tag, id).isTrue();
        if (!classification) {
            return m.group(1).trim();
        }
        Matcher data = Pattern.compile("data-classification=\"([A-Z]*)\"").matcher(m.group());
        assertThat(data.find()).as("%s has a data-classification", id).isTrue();
        return data.group(1) + " " + m.group(1).trim();
    }

    /** The cells (td) of the table row with this id. */
    private static List<String> cells(String html, String rowId) {
        String row = between(html, "id=\"" + rowId + "\"", "</tr>");
        Matcher m = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(1).trim());
        }
        return values;
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s is on the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    private static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString()).replaceAll("\\s+", " ");
    }
}
