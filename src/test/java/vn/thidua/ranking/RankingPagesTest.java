package vn.thidua.ranking;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.organisation.Individual;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCounter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ranking pages, the board's dashboard and the summary report on the hand-computed campaign of
 * {@link RankingFixtures}: what each reader sees, in which order, with which numbers.
 */
@IntegrationTest
class RankingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RankingFixtures fixtures;

    @Autowired
    EvaluationFixtures evaluations;

    @Autowired
    Fixtures people;

    @Autowired
    QueryCounter queries;

    Ranked r;
    String rankings;

    @BeforeEach
    void setUp() {
        r = fixtures.ranked(CampaignStatus.SCORING);
        rankings = "/campaigns/" + r.campaign().getId() + "/rankings";
    }

    @Test
    void theBoardReadsTheLiveRankingInTheHandComputedOrder() throws Exception {
        String html = html(mvc.perform(get(rankings).with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Nguyễn Văn An", "Ngô Thị Lan", "Âu Thị Ánh",
                "Bùi Văn Cường", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh", "Lê Văn Dũng",
                "Vũ Văn Hải");
        assertThat(column(html, "text-end fw-bold rank")).containsExactly("1", "2", "3", "3", "5", "6", "6", "8", "9", "10");
        assertThat(column(html, "text-end unit-rank")).containsExactly("1", "1", "1", "2", "2", "3", "3", "5", "2", "6");
        assertThat(totals(html)).containsExactly("93,00", "90,00", "83,00", "83,00", "70,00", "65,00", "65,00", "50,00",
                "45,00", "-5,00");
        Long an = r.person("Nguyễn Văn An").getId();
        Long dung = r.person("Lê Văn Dũng").getId();
        assertThat(row(html, an)).contains(r.person("Nguyễn Văn An").getCode()).contains(r.x().getName())
                .contains("Hoàn thành xuất sắc nhiệm vụ").contains("id=\"final-" + an + "\"")
                .contains("data-final=\"true\">Đã chốt<").doesNotContain("incomplete-");
        assertThat(row(html, r.person("Ngô Thị Lan").getId())).contains(r.x1().getName())
                .contains("data-final=\"false\">Chưa chốt<");
        assertThat(row(html, dung)).contains("Không hoàn thành nhiệm vụ")
                .contains("id=\"incomplete-" + dung + "\"").contains("Chưa chấm đủ");
        assertThat(row(html, r.person("Trần Thị Hoa").getId())).contains(">Hoàn thành nhiệm vụ<");
        // exactly on the default thresholds 90 / 70 / 50: the higher class, in the row's classification cell
        assertThat(classificationIn(row(html, r.person("Ngô Thị Lan").getId())))
                .isEqualTo("EXCELLENT Hoàn thành xuất sắc nhiệm vụ");
        assertThat(classificationIn(row(html, r.person("Kiều Văn Phong").getId())))
                .isEqualTo("GOOD Hoàn thành tốt nhiệm vụ");
        assertThat(classificationIn(row(html, r.person("Mai Thị Oanh").getId())))
                .isEqualTo("PASS Hoàn thành nhiệm vụ");
        assertThat(html).contains("id=\"rankingBanner\"").contains("data-official=\"false\"")
                .contains("Kết quả tạm thời, đang cập nhật").doesNotContain("id=\"bannerScope\"")
                .contains("Tổng số: 10")
                .contains("id=\"tabDashboard\"").contains("id=\"tabSummary\"")
                // not scored: not ranked, not listed
                .doesNotContain("Phạm Văn Em").doesNotContain("Hoàng Thị Giang");
        String id = r.campaign().getId().toString();
        assertThat(html).contains("id=\"downloadXlsx\" href=\"/api/v1/campaigns/" + id + "/rankings/individuals.xlsx?lang=vi\"")
                .contains("id=\"downloadPdf\" href=\"/api/v1/campaigns/" + id + "/rankings/individuals.pdf?lang=vi\"");
        // the unit select: the participating units, sub-units indented under their unit
        assertThat(html).contains("<option value=\"" + r.x().getId() + "\">" + r.x().getName() + "</option>")
                .contains("<option value=\"" + r.x1().getId() + "\">\u00a0\u00a0\u00a0" + r.x1().getName() + "</option>")
                .contains("<option value=\"" + r.y().getId() + "\">" + r.y().getName() + "</option>")
                .doesNotContain("Vụ Z");
    }

    @Test
    void theUnitFilterKeepsSubUnitsAndTheClassificationFilterKeepsOneClassWithTheLinksCarryingThem() throws Exception {
        String html = html(mvc.perform(get(rankings).param("unitId", r.x().getId().toString())
                .with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Nguyễn Văn An", "Ngô Thị Lan", "Bùi Văn Cường", "Lê Văn Dũng");
        assertThat(column(html, "text-end fw-bold rank")).containsExactly("1", "2", "3", "9");
        assertThat(html).contains("<option value=\"" + r.x().getId() + "\" selected=\"selected\">")
                .contains("Tổng số: 4").contains("id=\"clearFilter\"");

        String id = r.campaign().getId().toString();
        html = html(mvc.perform(get(rankings).param("unitId", r.x().getId().toString()).param("classification", "GOOD")
                .param("sort", "name,desc").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Bùi Văn Cường");
        assertThat(html).contains("<option value=\"GOOD\" selected=\"selected\">Hoàn thành tốt nhiệm vụ</option>")
                .contains("href=\"/api/v1/campaigns/" + id + "/rankings/individuals.xlsx?unitId=" + r.x().getId()
                        + "&classification=GOOD&sort=name,desc&lang=vi\"")
                .contains("href=\"/api/v1/campaigns/" + id + "/rankings/individuals.pdf?unitId=" + r.x().getId()
                        + "&classification=GOOD&sort=name,desc&lang=vi\"")
                // the filter form keeps the order
                .contains("<input type=\"hidden\" name=\"sort\" value=\"name,desc\">");

        html = html(mvc.perform(get(rankings).param("classification", "GOOD").with(people.as(r.board())))
                .andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Âu Thị Ánh", "Bùi Văn Cường", "Kiều Văn Phong");
        html = html(mvc.perform(get(rankings).param("classification", "PASS").with(people.as(r.board())))
                .andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh");
        html = html(mvc.perform(get(rankings).param("classification", "EXCELLENT")
                .param("unitId", r.y().getId().toString()).with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"rankingEmpty\"").contains("Không có kết quả phù hợp với bộ lọc.")
                .doesNotContain("id=\"rankingTable\"");

        mvc.perform(get(rankings).param("classification", "BEST").with(people.as(r.board())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void columnHeadersSortByTheAllowedKeysAndTurnTheDirection() throws Exception {
        String base = rankings + "?unitId=" + r.x().getId();
        String html = html(mvc.perform(get(base).with(people.as(r.board()))).andExpect(status().isOk()));
        // by rank (the default): rank sorts the other way next, the other columns ascending, the filter kept
        assertThat(html).contains("aria-sort=\"ascending\"> <a class=\"sort-link\" href=\"" + base + "&sort=rank,desc\" id=\"sort-rank\"")
                .contains("href=\"" + base + "&sort=name\" id=\"sort-name\"")
                .contains("href=\"" + base + "&sort=unitRank\" id=\"sort-unitRank\"")
                .contains("href=\"" + base + "&sort=code\" id=\"sort-code\"")
                .contains("href=\"" + base + "&sort=unit\" id=\"sort-unit\"")
                .contains("href=\"" + base + "&sort=total\" id=\"sort-total\"")
                .doesNotContain("id=\"sort-classification\"");

        html = html(mvc.perform(get(rankings).param("sort", "name").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Âu Thị Ánh", "Bùi Văn Cường", "Đỗ Văn Khánh",
                "Kiều Văn Phong", "Lê Văn Dũng", "Mai Thị Oanh", "Ngô Thị Lan", "Nguyễn Văn An", "Trần Thị Hoa",
                "Vũ Văn Hải");
        assertThat(html).contains("aria-sort=\"ascending\"> <a class=\"sort-link\" href=\"" + rankings + "?sort=name,desc\" id=\"sort-name\"");

        html = html(mvc.perform(get(rankings).param("sort", "total,asc").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name").get(0)).isEqualTo("Vũ Văn Hải");
        assertThat(html).contains("aria-sort=\"ascending\"> <a class=\"sort-link\" href=\"" + rankings + "?sort=total,desc\" id=\"sort-total\"");

        html = html(mvc.perform(get(rankings).param("sort", "full_name;drop table unit").with(people.as(r.board())))
                .andExpect(status().isBadRequest()));
        assertThat(html).contains("rank, unitRank, total, name, code, unit");
    }

    @Test
    void aHeadReadsOnlyTheirUnitsWithTheirOverallRanksAndNoOtherUnit() throws Exception {
        String html = html(mvc.perform(get(rankings).with(people.as(r.headX()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Nguyễn Văn An", "Ngô Thị Lan", "Bùi Văn Cường", "Lê Văn Dũng");
        assertThat(column(html, "text-end fw-bold rank")).containsExactly("1", "2", "3", "9");
        assertThat(html).contains("id=\"bannerScope\"")
                .contains("Bạn đang xem kết quả của các đơn vị mình phụ trách: " + r.x().getName() + ".")
                .contains("Tất cả đơn vị bạn phụ trách")
                .contains("<option value=\"" + r.x1().getId() + "\">")
                .doesNotContain("<option value=\"" + r.y().getId() + "\">")
                .doesNotContain("id=\"tabDashboard\"").doesNotContain("id=\"tabSummary\"");

        html = html(mvc.perform(get(rankings).with(people.as(r.headY()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Âu Thị Ánh", "Kiều Văn Phong", "Đỗ Văn Khánh",
                "Trần Thị Hoa", "Mai Thị Oanh", "Vũ Văn Hải");
        assertThat(column(html, "text-end fw-bold rank")).containsExactly("3", "5", "6", "6", "8", "10");

        mvc.perform(get(rankings).param("unitId", r.y().getId().toString()).with(people.as(r.headX())))
                .andExpect(status().isForbidden());
        mvc.perform(get(rankings).param("unitId", r.x().getId().toString()).with(people.as(r.headX1())))
                .andExpect(status().isForbidden());
        html = html(mvc.perform(get(rankings + "/units").with(people.as(r.headX1()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly(r.x1().getName());
        // the board's pages are the board's
        mvc.perform(get("/campaigns/" + r.campaign().getId() + "/dashboard").with(people.as(r.headX())))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffReadWhyThereIsNoRankingBeforeTheCampaignClosesAndTheOfficialRankingAfter() throws Exception {
        Long id = r.campaign().getId();
        String html = html(mvc.perform(get(rankings).with(people.as(r.staffEm()))).andExpect(status().isForbidden()));
        assertThat(html).contains("id=\"rankingNotPublished\"").contains("Kết quả chưa được công bố")
                .contains("Kết quả xếp hạng chỉ được công bố khi đợt thi đua kết thúc (trạng thái hiện tại: Chấm điểm).")
                .contains("id=\"backToCampaign\"").doesNotContain("id=\"rankingTable\"")
                .doesNotContain("Nguyễn Văn An").doesNotContain("93,00");
        html = html(mvc.perform(get(rankings + "/units").with(people.as(r.staffEm()))).andExpect(status().isForbidden()));
        assertThat(html).contains("id=\"rankingNotPublished\"").doesNotContain(r.x1().getName() + "</td>");
        html = html(mvc.perform(get("/campaigns/" + id + "/summary").with(people.as(r.staffEm())))
                .andExpect(status().isForbidden()));
        assertThat(html).contains("id=\"rankingNotPublished\"")
                .contains("cho đến khi đợt thi đua kết thúc (trạng thái hiện tại: Chấm điểm)");
        mvc.perform(get("/campaigns/" + id + "/dashboard").with(people.as(r.staffEm()))).andExpect(status().isForbidden());
        // someone of a unit outside the campaign does not even see it
        mvc.perform(get(rankings).with(people.as(r.outsider()))).andExpect(status().isNotFound());

        evaluations.advance(r.campaign(), CampaignStatus.CLOSED);
        html = html(mvc.perform(get(rankings).with(people.as(r.staffEm()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Nguyễn Văn An", "Ngô Thị Lan", "Âu Thị Ánh",
                "Bùi Văn Cường", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh", "Lê Văn Dũng",
                "Vũ Văn Hải");
        assertThat(totals(html)).startsWith("93,00", "90,00");
        assertThat(html).contains("data-official=\"true\"").contains("Kết quả chính thức, chốt khi kết thúc đợt")
                .doesNotContain("Kết quả tạm thời").contains("id=\"tabSummary\"").doesNotContain("id=\"tabDashboard\"")
                // the snapshot's units
                .contains("<option value=\"" + r.x1().getId() + "\">\u00a0\u00a0\u00a0" + r.x1().getName() + "</option>");
        html = html(mvc.perform(get(rankings).param("unitId", r.y().getId().toString()).with(people.as(r.staffEm())))
                .andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly("Âu Thị Ánh", "Kiều Văn Phong", "Đỗ Văn Khánh",
                "Trần Thị Hoa", "Mai Thị Oanh", "Vũ Văn Hải");
        html = html(mvc.perform(get("/campaigns/" + id + "/summary").with(people.as(r.staffEm()))).andExpect(status().isOk()));
        assertThat(html).contains("<h1 class=\"h3 mb-1\" id=\"pageTitle\">Báo cáo tổng kết</h1>");
        mvc.perform(get("/campaigns/" + id + "/dashboard").with(people.as(r.staffEm()))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + id + "/dashboard").with(people.as(r.board()))).andExpect(status().isOk());
    }

    @Test
    void theUnitRankingListsUnitsWithTheirMembersScored() throws Exception {
        String html = html(mvc.perform(get(rankings + "/units").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).containsExactly(r.x1().getName(), r.x().getName(), r.y().getName());
        assertThat(column(html, "text-end fw-bold rank")).containsExactly("1", "2", "2");
        assertThat(totals(html)).containsExactly("90,00", "85,00", "85,00");
        assertThat(html).contains("id=\"members-" + r.x1().getId() + "\">2/2<")
                .contains("id=\"members-" + r.x().getId() + "\">4/6<")
                .contains("id=\"members-" + r.y().getId() + "\">6/6<")
                .contains("id=\"final-" + r.x().getId() + "\" data-final=\"true\">Đã chốt<")
                .contains("Kết quả tạm thời, đang cập nhật")
                .contains("id=\"downloadXlsx\" href=\"/api/v1/campaigns/" + r.campaign().getId() + "/rankings/units.xlsx?lang=vi\"")
                .contains("id=\"downloadPdf\" href=\"/api/v1/campaigns/" + r.campaign().getId() + "/rankings/units.pdf?lang=vi\"");
        assertThat(row(html, r.x1().getId())).contains(r.x().getName()).contains("Hoàn thành xuất sắc nhiệm vụ");
    }

    @Test
    void theBoardDashboardShowsTheKeyFiguresChartsProgressAndWhatIsLate() throws Exception {
        Long id = r.campaign().getId();
        mvc.perform(get("/campaigns/" + id + "/dashboard").with(people.as(r.staffEm()))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + id + "/dashboard").with(people.as(r.headY()))).andExpect(status().isForbidden());
        String html = html(mvc.perform(get("/campaigns/" + id + "/dashboard").with(people.as(r.board())))
                .andExpect(status().isOk()));
        // 12 people of X (4), X1 (2) and Y (6), heads included; no pledges in the fixture
        assertThat(html).contains("id=\"kpiParticipantsValue\">12<").contains("id=\"kpiUnitsValue\">thuộc 3 đơn vị<")
                .contains("id=\"kpiRegisteredValue\">0<").contains("id=\"kpiApprovedValue\">đã duyệt: 0<")
                .contains("id=\"kpiReviewedValue\">10<").contains("id=\"kpiFinalisedValue\">đã chốt: 1<")
                .contains("id=\"kpiNotScoredValue\">2<")
                .contains("id=\"kpiUnitsReviewedValue\">3<").contains("id=\"kpiUnitsFinalisedValue\">đã chốt: 1<");
        // the charts' data for dashboard.js, and the same numbers as text
        assertThat(html).contains("id=\"chart-individuals\"").contains("\"keys\":[\"EXCELLENT\",\"GOOD\",\"PASS\",\"FAIL\"]")
                .contains("\"values\":[2,3,3,2]").contains("\"values\":[1,2,0,0]")
                .contains("\"labels\":[\"Hoàn thành xuất sắc nhiệm vụ\",\"Hoàn thành tốt nhiệm vụ\"")
                .contains("id=\"chart-average\"")
                .containsPattern("src=\"/webjars/chart.js/[0-9.]+/dist/chart.umd.min.js\"").contains("src=\"/js/dashboard.js\"");
        assertThat(between(html, "id=\"class-individuals-EXCELLENT\"", "</tr>")).contains(">2<").contains("20,0 %");
        assertThat(between(html, "id=\"class-individuals-GOOD\"", "</tr>")).contains(">3<").contains("30,0 %");
        assertThat(between(html, "id=\"class-individuals-PASS\"", "</tr>")).contains(">3<").contains("30,0 %");
        assertThat(between(html, "id=\"class-individuals-FAIL\"", "</tr>")).contains(">2<").contains("20,0 %");
        assertThat(between(html, "id=\"class-units-GOOD\"", "</tr>")).contains(">2<").contains("66,7 %");
        assertThat(between(html, "id=\"class-individuals-none\"", "</tr>")).contains(">2<");
        // units by the average total of their own people: X1 (90 + 83) / 2, X (93 + 45) / 2,
        // Y (83 + 70 + 65 + 65 + 50 − 5) / 6 = 328 / 6 = 54.666… → 54.67
        assertThat(column(html, "text-end points average fw-bold")).containsExactly("86,50", "69,00", "54,67");
        assertThat(html).contains("\"values\":[86.5,69.0,54.67]");
        // progress of X's own people: An finalised, Dũng reviewed, Em self-assessed, Giang nothing
        String x = between(html, "id=\"progress-" + r.x().getId() + "\"", "</tr>");
        assertThat(x).contains("class=\"text-end people\">4<").contains("no-pledge text-danger fw-bold\">4<")
                .contains("class=\"text-end not-assessed\">1<").contains("class=\"text-end self-assessed\">1<")
                .contains("class=\"text-end reviewed\">1<").contains("class=\"text-end finalised\">1<")
                .contains("<progress class=\"scored-progress\" value=\"2\" max=\"4\"").contains("50,0 %");
        // not scored, with the way to their evaluation
        Long em = r.person("Phạm Văn Em").getId();
        Long giang = r.person("Hoàng Thị Giang").getId();
        assertThat(html).contains("id=\"notScoredCount\">2<")
                .contains("href=\"/campaigns/" + id + "/evaluations/INDIVIDUAL/" + em + "\" id=\"notScoredLink-" + em + "\">Phạm Văn Em<")
                .contains("id=\"notScoredLink-" + giang + "\">Hoàng Thị Giang<")
                .contains("Đã nộp tự đánh giá").contains("Chưa có phiếu");
        // the 2020 campaign is over: every unit is late with its pledges, X also with its scoring
        assertThat(html).contains("id=\"lateCount\">3<");
        assertThat(between(html, "id=\"late-" + r.x().getId() + "\"", "</li>"))
                .contains("4 người chưa gửi đăng ký thi đua (hạn đăng ký 20/07/2020)")
                .contains("2 người chưa được chấm điểm (đợt thi đua kết thúc 30/08/2020)");
        assertThat(between(html, "id=\"late-" + r.y().getId() + "\"", "</li>"))
                .contains("6 người chưa gửi đăng ký thi đua").doesNotContain("chưa được chấm điểm");
        // the chart library is served from the application (no CDN)
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/dashboard.js")).andExpect(status().isOk());
    }

    @Test
    void theSummaryReportCountsTheCampaignAndListsWhatIsNotFinalOrNotScored() throws Exception {
        Long id = r.campaign().getId();
        mvc.perform(get("/campaigns/" + id + "/summary").with(people.as(r.headX()))).andExpect(status().isForbidden());
        String html = html(mvc.perform(get("/campaigns/" + id + "/summary").with(people.as(r.admin())))
                .andExpect(status().isOk()));
        assertThat(html).contains("<h1 class=\"h3 mb-1\" id=\"pageTitle\">Báo cáo sơ kết</h1>")
                .contains("id=\"factCode\">" + r.campaign().getCode() + "<")
                .contains("id=\"factTheme\">Chủ đề thử nghiệm<").contains("id=\"factKind\">Theo chuyên đề, theo đợt<")
                .contains("id=\"factPeriod\">Từ 10/07/2020 đến 30/08/2020<").contains("id=\"factDeadline\">20/07/2020<")
                .contains("id=\"factStatus\">Chấm điểm<")
                .contains("id=\"downloadSummaryPdf\" href=\"/api/v1/campaigns/" + id + "/summary.pdf?lang=vi\"")
                .contains("id=\"downloadSummaryXlsx\" href=\"/api/v1/campaigns/" + id + "/summary.xlsx?lang=vi\"");
        assertThat(cells(html, "participants")).containsExactly("12", "3");
        assertThat(cells(html, "registered")).containsExactly("0", "0");
        assertThat(cells(html, "ranked")).containsExactly("10", "3");
        assertThat(cells(html, "finalised")).containsExactly("1", "1");
        assertThat(cells(html, "notRanked")).containsExactly("2", "0");
        assertThat(cells(html, "result-EXCELLENT")).containsExactly("2", "20,0 %", "1", "33,3 %");
        assertThat(cells(html, "result-GOOD")).containsExactly("3", "30,0 %", "2", "66,7 %");
        assertThat(cells(html, "result-PASS")).containsExactly("3", "30,0 %", "0", "0,0 %");
        assertThat(cells(html, "result-FAIL")).containsExactly("2", "20,0 %", "0", "0,0 %");
        // the leaders (all 10 ranked here: the top ten), the units, the units' results
        String top = between(html, "id=\"topTable\"", "</table>");
        assertThat(column(top, "name")).containsExactly("Nguyễn Văn An", "Ngô Thị Lan", "Âu Thị Ánh",
                "Bùi Văn Cường", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh", "Lê Văn Dũng",
                "Vũ Văn Hải");
        assertThat(html).contains("4. 10 cá nhân dẫn đầu");
        assertThat(column(between(html, "id=\"unitRankingTable\"", "</table>"), "name"))
                .containsExactly(r.x1().getName(), r.x().getName(), r.y().getName());
        assertThat(between(html, "id=\"unitResult-" + r.x1().getId() + "\"", "</tr>"))
                .contains("class=\"text-end people\">2<").contains("class=\"text-end scored\">2<").contains(">86,50<");
        // what is not complete
        assertThat(html).contains("id=\"notScoredPeopleCount\">2<").contains("id=\"notScoredUnitsCount\">0<")
                .contains("id=\"notFinalPeopleCount\">9<").contains("id=\"notFinalUnitsCount\">2<")
                .contains("id=\"notScoredPeople-" + r.person("Phạm Văn Em").getId() + "\"")
                .contains("id=\"notScoredPeople-" + r.person("Hoàng Thị Giang").getId() + "\"")
                .contains("id=\"notFinalUnits-" + r.x1().getId() + "\"").contains("id=\"notFinalUnits-" + r.y().getId() + "\"")
                .doesNotContain("id=\"notFinalUnits-" + r.x().getId() + "\"")
                .doesNotContain("id=\"notFinalPeople-" + r.person("Nguyễn Văn An").getId() + "\"");
    }

    @Test
    void thePagesSpeakEnglish() throws Exception {
        Long id = r.campaign().getId();
        String html = html(mvc.perform(get(rankings).param("lang", "en").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(html).contains("Ranking of individuals").contains("Provisional results, still being updated")
                .contains(">Rank in unit<").contains(">Excellently completed tasks<").contains("Download PDF")
                .doesNotContain("Xếp hạng cá nhân").doesNotContain("Kết quả tạm thời").doesNotContain("Hoàn thành");
        assertThat(totals(html)).startsWith("93.00", "90.00");
        html = html(mvc.perform(get("/campaigns/" + id + "/dashboard").param("lang", "en").with(people.as(r.board())))
                .andExpect(status().isOk()));
        assertThat(html).contains("Individuals taking part").contains("Units behind schedule")
                .contains("4 without a submitted pledge (registration deadline 20/07/2020)")
                .contains("Progress by unit").doesNotContain("Bảng điều khiển").doesNotContain("Chưa được chấm điểm");
        assertThat(column(html, "text-end points average fw-bold")).containsExactly("86.50", "69.00", "54.67");
        html = html(mvc.perform(get("/campaigns/" + id + "/summary").param("lang", "en").with(people.as(r.board())))
                .andExpect(status().isOk()));
        assertThat(html).contains("Interim report").contains("Results by classification").contains("33.3%")
                .doesNotContain("Báo cáo").doesNotContain("Tham gia");
        html = html(mvc.perform(get(rankings).param("lang", "en").with(people.as(r.staffEm()))).andExpect(status().isForbidden()));
        assertThat(html).contains("Rankings are published when the campaign is closed (current status: Scoring)")
                .doesNotContain("công bố");
    }

    @Test
    void theDownloadsSpeakThePagesLanguageWhateverTheBrowserSends() throws Exception {
        String base = rankings + "?unitId=" + r.x1().getId();
        String vi = href(html(mvc.perform(get(base).with(people.as(r.board()))).andExpect(status().isOk())), "downloadPdf");
        assertThat(vi).endsWith("?unitId=" + r.x1().getId() + "&lang=vi");
        byte[] pdf = mvc.perform(get(vi).header("Accept-Language", "en").with(people.as(r.board())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("BẢNG XẾP HẠNG CÁ NHÂN").contains("Ngô Thị Lan").contains("90,00")
                .doesNotContain("Nguyễn Văn An").doesNotContain("RANKING OF INDIVIDUALS");
        String en = href(html(mvc.perform(get(base).param("lang", "en").with(people.as(r.board())))
                .andExpect(status().isOk())), "downloadPdf");
        assertThat(en).endsWith("&lang=en");
        pdf = mvc.perform(get(en).header("Accept-Language", "vi").with(people.as(r.board())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("RANKING OF INDIVIDUALS").contains("90.00");
        // an API client without the parameter still chooses with its header
        pdf = mvc.perform(get("/api/v1/campaigns/" + r.campaign().getId() + "/rankings/individuals.pdf")
                        .header("Accept-Language", "en").with(people.as(r.board())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("RANKING OF INDIVIDUALS");
        String summary = href(html(mvc.perform(get("/campaigns/" + r.campaign().getId() + "/summary")
                .with(people.as(r.board()))).andExpect(status().isOk())), "downloadSummaryPdf");
        pdf = mvc.perform(get(summary).header("Accept-Language", "en").with(people.as(r.board())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("BÁO CÁO SƠ KẾT");
    }

    @Test
    void theCampaignPageAndTheMenuLeadToTheResultsByRole() throws Exception {
        String campaign = "/campaigns/" + r.campaign().getId();
        String html = html(mvc.perform(get(campaign).with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"workDashboard\"").contains("id=\"workRankings\"")
                .contains("id=\"workUnitRankings\"").contains("id=\"workSummary\"").contains("id=\"navRankings\"");
        html = html(mvc.perform(get(campaign).with(people.as(r.headX()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"workRankings\"").doesNotContain("id=\"workDashboard\"")
                .doesNotContain("id=\"workSummary\"");
        html = html(mvc.perform(get(campaign).with(people.as(r.staffEm()))).andExpect(status().isOk()));
        assertThat(html).doesNotContain("id=\"workRankings\"").doesNotContain("id=\"workSummary\"");
        html = html(mvc.perform(get("/rankings").with(people.as(r.staffEm()))).andExpect(status().isOk()));
        assertThat(html).doesNotContain("id=\"results-" + r.campaign().getCode() + "\"");
        html = html(mvc.perform(get("/rankings").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"dashboard-" + r.campaign().getCode() + "\"");

        evaluations.advance(r.campaign(), CampaignStatus.CLOSED);
        html = html(mvc.perform(get(campaign).with(people.as(r.staffEm()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"workRankings\"").contains("id=\"workSummary\"").doesNotContain("id=\"workDashboard\"");
        html = html(mvc.perform(get("/rankings").with(people.as(r.staffEm()))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"rankings-" + r.campaign().getCode() + "\"")
                .contains("id=\"summary-" + r.campaign().getCode() + "\"")
                .doesNotContain("id=\"dashboard-" + r.campaign().getCode() + "\"");
    }

    @Test
    void thePagesCostTheSameNumberOfStatementsForMorePeople() throws Exception {
        Long id = r.campaign().getId();
        List<String> pages = List.of(rankings, rankings + "?unitId=" + r.x().getId(), rankings + "/units",
                "/campaigns/" + id + "/dashboard", "/campaigns/" + id + "/summary");
        for (String page : pages) {
            mvc.perform(get(page).with(people.as(r.board()))).andExpect(status().isOk()); // warm up
        }
        int[] few = costs(pages, r.board());
        int headFew = queries.count(() -> mvc.perform(get(rankings).with(people.as(r.headX()))).andExpect(status().isOk()));
        assertThat(headFew).as("the counter sees a head's ranking").isPositive();

        Map<String, Long> c = evaluations.criteria(r.campaign());
        for (int i = 0; i < 45; i++) {
            Individual person = people.individual(r.x1().getId(), "Cán bộ thêm " + i);
            fixtures.review(r.campaign(), "INDIVIDUAL", person.getId(), "REVIEWED", c, "C1", String.valueOf(10 + i),
                    "C2", "20");
        }
        int[] many = costs(pages, r.board());
        int headMany = queries.count(() -> mvc.perform(get(rankings).with(people.as(r.headX()))).andExpect(status().isOk()));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(few[i]).as("the counter sees %s", pages.get(i)).isPositive();
            assertThat(many[i]).as("statements of %s with 55 ranked people (10 took %d)", pages.get(i), few[i])
                    .isEqualTo(few[i]);
        }
        assertThat(headMany).as("a head's ranking").isEqualTo(headFew);

        // 55 ranked: two pages of 50, the pager keeps the filter
        String html = html(mvc.perform(get(rankings + "?unitId=" + r.x().getId()).with(people.as(r.board())))
                .andExpect(status().isOk()));
        assertThat(html).contains("Tổng số: 49").doesNotContain("id=\"pageNext\"");
        html = html(mvc.perform(get(rankings + "?sort=name").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).hasSize(50);
        assertThat(html).contains("Tổng số: 55").contains("Trang 1/2")
                .contains("href=\"" + rankings + "?sort=name&page=1\" id=\"pageNext\"");
        html = html(mvc.perform(get(rankings + "?sort=name&page=1").with(people.as(r.board()))).andExpect(status().isOk()));
        assertThat(column(html, "fw-semibold name")).hasSize(5);
        assertThat(html).contains("Trang 2/2").contains("href=\"" + rankings + "?sort=name&page=0\" id=\"pagePrevious\"");
    }

    private int[] costs(List<String> pages, String user) throws Exception {
        int[] counts = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            counts[i] = queries.count(() -> mvc.perform(get(page).with(people.as(user))).andExpect(status().isOk()));
        }
        return counts;
    }

    /** The texts of the cells with exactly this class, in page order. */
    private static List<String> column(String html, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + Pattern.quote(cssClass) + "\"[^>]*>([^<]*)<").matcher(html);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1).trim());
        }
        return values;
    }

    private static List<String> totals(String html) {
        Matcher m = Pattern.compile("class=\"text-end points total[^\"]*\"[^>]*>([^<]*)<").matcher(html);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1).trim());
        }
        return values;
    }

    /** The cells (td) of the table row with this id. */
    private static List<String> cells(String html, String rowId) {
        String row = between(html, "id=\"" + rowId + "\"", "</tr>");
        Matcher m = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1).trim());
        }
        return values;
    }

    /** The classification cell of a ranking row: its data-classification and its words. */
    private static String classificationIn(String row) {
        Matcher m = Pattern.compile("<span class=\"classification[^\"]*\" data-classification=\"([A-Z]*)\">([^<]*)<")
                .matcher(row);
        assertThat(m.find()).as("a classification cell in %s", row).isTrue();
        return m.group(1) + " " + m.group(2).trim();
    }

    private static String href(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("link #%s", id).isTrue();
        return m.group(1);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String row(String html, Long subjectId) {
        return between(html, "id=\"row-" + subjectId + "\"", "</tr>");
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
