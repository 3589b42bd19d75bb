package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring in a real browser: a staff member self-assesses and submits; their unit head scores
 * them in the grid, changes one score with a reason and finalises; the board reopens it.
 */
class ScoringJourneyBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Test
    void selfAssessReviewInTheGridFinaliseAndReopen() {
        Unit unit = fixtures.unit("Vụ Tổng hợp " + Fixtures.unique(""));
        Individual head = fixtures.individual(unit.getId(), "Trần Quốc Toản");
        fixtures.head(unit, head);
        Individual officer = fixtures.individual(unit.getId(), "Phạm Thị Thu Hương");
        String headUser = fixtures.account(head.getId(), Role.STAFF);
        String staffUser = fixtures.account(officer.getId(), Role.STAFF);
        String boardUser = fixtures.account(null, Role.BOARD);
        Campaign campaign = campaigns.draft("Đợt thi đua chào mừng Đại hội " + Fixtures.unique(""), unit.getId());
        Criterion c1 = campaigns.criterion(campaign, "C1", CriterionKind.STANDARD, "60", AppliesTo.BOTH);
        Criterion c2 = campaigns.criterion(campaign, "C2", CriterionKind.STANDARD, "40", AppliesTo.BOTH);
        Criterion b1 = campaigns.criterion(campaign, "B1", CriterionKind.BONUS, "5", AppliesTo.BOTH);
        campaign = campaigns.advance(campaign, CampaignStatus.IN_PROGRESS);
        String code = campaign.getCode();

        // the staff member self-assesses and submits
        signIn(staffUser, Fixtures.PASSWORD);
        click("#navSelfAssessment");
        click("#selfAssess-" + code);
        type("#selfPoints-C1", "55,5");
        type("#selfPoints-C2", "36");
        type("#selfPoints-B1", "1e1");
        // not a number of points: the running total leaves it out, as the server refuses it
        wait.until(ExpectedConditions.textToBe(By.id("selfTotal"), "91,5"));
        type("#selfPoints-B1", "2");
        wait.until(ExpectedConditions.textToBe(By.id("selfTotal"), "93,5"));
        assertThat(text("#selfClassification")).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        type("#selfNote-C1", "Xử lý 40 hồ sơ trên môi trường mạng");
        screenshot("self-assessment");
        click("#saveSelf");
        assertThat(text("#flashSuccess")).contains("Đã lưu phần tự đánh giá");
        assertThat(text("#selfTotal")).isEqualTo("93,5");
        click("#submitSelf");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("evaluationStatus"), "Đã nộp tự đánh giá"));
        assertThat(driver.findElements(By.id("saveSelf"))).isEmpty();
        screenshot("submitted");
        signOut();

        campaigns.advance(campaign, CampaignStatus.SCORING);

        // the head scores in the grid, moving with Tab and Enter
        signIn(headUser, Fixtures.PASSWORD);
        click("#navReview");
        click("#review-" + code);
        String row = officer.getId().toString();
        assertThat(text("#self-" + row + "-" + c1.getId())).isEqualTo("55,5");
        cell(row, c1).sendKeys("50" + Keys.TAB);
        wait.until(ExpectedConditions.textToBe(By.id("total-" + row), "50"));
        cell(row, c2).sendKeys("35" + Keys.TAB);
        wait.until(ExpectedConditions.textToBe(By.id("total-" + row), "85"));
        cell(row, b1).sendKeys("2" + Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("total-" + row), "87"));
        assertThat(text("#class-" + row)).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(text("#evaluationStatus-" + row)).isEqualTo("Đã thẩm định");
        // an invalid value is refused in place
        WebElement c2Input = cell(row, c2);
        c2Input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "45" + Keys.TAB);
        Alert ask = wait.until(ExpectedConditions.alertIsPresent());
        ask.sendKeys("Thử nhập sai");
        ask.accept();
        assertThat(text("#error-" + row + "-" + c2.getId())).contains("điểm phải trong khoảng 0–40");
        assertThat(text("#total-" + row)).isEqualTo("87");
        screenshot("refused-in-place");
        // typing the stored value back is no change: no reason is asked (the refused cell keeps the stored
        // value in data-original), the cell is saved as it was and its error goes
        assertThat(find("#points-" + row + "-" + c2.getId()).getDomAttribute("data-original")).isEqualTo("35");
        WebElement again = cell(row, c2);
        again.sendKeys(Keys.chord(Keys.CONTROL, "a"), "35" + Keys.TAB);
        wait.until(d -> ExpectedConditions.alertIsPresent().apply(d) != null
                || d.findElements(By.id("error-" + row + "-" + c2.getId())).isEmpty());
        assertThat(ExpectedConditions.alertIsPresent().apply(driver)).as("a prompt for a reason").isNull();
        assertThat(driver.findElements(By.id("error-" + row + "-" + c2.getId()))).isEmpty();
        assertThat(find("#points-" + row + "-" + c2.getId()).getDomProperty("value")).isEqualTo("35");
        assertThat(find("#cell-" + row + "-" + c2.getId()).getDomAttribute("class")).doesNotContain("cell-invalid");
        assertThat(text("#total-" + row)).isEqualTo("87");
        // cancelling the reason prompt saves nothing and puts the stored value back
        WebElement cancelled = cell(row, c1);
        cancelled.sendKeys(Keys.chord(Keys.CONTROL, "a"), "58" + Keys.TAB);
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
        wait.until(d -> "50".equals(find("#points-" + row + "-" + c1.getId()).getDomProperty("value")));
        assertThat(text("#total-" + row)).isEqualTo("87");
        driver.navigate().refresh();
        assertThat(find("#points-" + row + "-" + c1.getId()).getDomProperty("value")).isEqualTo("50");
        assertThat(text("#total-" + row)).isEqualTo("87");
        WebElement c1Input = cell(row, c1);
        c1Input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "56" + Keys.TAB);
        Alert reason = wait.until(ExpectedConditions.alertIsPresent());
        reason.sendKeys("Bổ sung minh chứng hồ sơ trực tuyến");
        reason.accept();
        wait.until(ExpectedConditions.textToBe(By.id("total-" + row), "93"));
        assertThat(text("#class-" + row)).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        screenshot("grid-scored");
        click("#finalise-" + row);
        click("#bulkFinalise");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(text("#flashSuccess")).isEqualTo("Đã chốt 1 phiếu đánh giá.");
        assertThat(text("#evaluationStatus-" + row)).isEqualTo("Đã chốt");
        assertThat(find("#points-" + row + "-" + c1.getId()).isEnabled()).isFalse();
        signOut();

        // the board reopens with a reason; the history shows every change
        signIn(boardUser, Fixtures.PASSWORD);
        open("/campaigns/" + campaign.getId() + "/evaluations/INDIVIDUAL/" + row);
        assertThat(text("#evaluationStatus")).isEqualTo("Đã chốt");
        assertThat(text("#reviewTotal")).isEqualTo("93");
        assertThat(text("#evaluationHistory")).contains("C1: 50,00 → 56,00")
                .contains("Bổ sung minh chứng hồ sơ trực tuyến").contains("Chốt phiếu");
        type("#reopenReason", "Đơn vị đề nghị xem lại tiêu chí C2");
        click("#reopenButton");
        assertThat(text("#flashSuccess")).isEqualTo("Đã mở lại phiếu đánh giá.");
        assertThat(text("#evaluationStatus")).isEqualTo("Đã thẩm định");
        assertThat(text("#evaluationHistory")).contains("Mở lại phiếu").contains("Đơn vị đề nghị xem lại tiêu chí C2");
        screenshot("reopened");
    }

    /** The seed campaign's eight criteria and a ninth, with their real (long) titles. */
    private static final String[] TITLES = {
            "Xây dựng, chỉnh đốn Đảng; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Chuẩn bị tổ chức thành công Đại hội Đảng bộ Văn phòng Chính phủ lần thứ XXVI",
            "Phát huy sáng kiến, đổi mới phương pháp làm việc, xử lý hồ sơ trên môi trường mạng",
            "Giải quyết nhiệm vụ vướng mắc, tồn đọng; không để nợ đọng văn bản, chậm tiến độ",
            "Phối hợp giữa các đơn vị và với các Bộ, ngành Trung ương, địa phương",
            "Chủ động tham mưu, cung cấp thông tin chính xác, kịp thời; thực hiện “mục tiêu kép”",
            "Hoạt động công đoàn, văn hóa, thể thao",
            "Chào mừng 75 năm Ngày Truyền thống; hoạt động “đền ơn đáp nghĩa”, “về nguồn”",
            "Chấp hành kỷ luật, kỷ cương hành chính; văn hóa công vụ"};

    private static final String[] NAMES = {"Nguyễn Thị Mai Anh", "Trần Đức Bảo", "Lê Hoàng Cường", "Phạm Thu Dung",
            "Hoàng Minh Đức", "Vũ Thị Giang", "Đặng Quốc Hải", "Bùi Thanh Hằng", "Đỗ Văn Khánh", "Hồ Thị Lan",
            "Ngô Bảo Long", "Dương Thị Minh", "Lý Văn Nam", "Trịnh Thị Oanh", "Mai Xuân Phúc", "Tạ Thị Quyên",
            "Cao Văn Sơn", "Lương Thị Thảo", "Kiều Văn Uy", "Phan Thị Yến"};

    @Autowired
    JdbcClient jdbc;

    @Test
    void theGridFitsALaptopWithNineCriteriaKeepsItsHeaderAndTakesTheSelfScores() {
        Unit unit = fixtures.unit("Vụ Kinh tế ngành " + Fixtures.unique(""));
        Individual head = fixtures.individual(unit.getId(), "Hoàng Văn Thái");
        fixtures.head(unit, head);
        String headUser = fixtures.account(head.getId(), Role.STAFF);
        Campaign campaign = campaigns.draft("Đợt thi đua 50 ngày " + Fixtures.unique(""), unit.getId());
        java.util.List<Criterion> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            // 8 × 11 + 12 = 100 points
            Criterion criterion = campaigns.criterion(campaign, "C" + (i + 1), CriterionKind.STANDARD,
                    i < 8 ? "11" : "12", AppliesTo.BOTH);
            jdbc.sql("update criterion set title = ? where id = ?").params(TITLES[i], criterion.getId()).update();
            criteria.add(criterion);
        }
        campaigns.advance(campaign, CampaignStatus.SCORING);
        java.util.List<Long> people = new java.util.ArrayList<>();
        for (String name : NAMES) {
            Individual person = fixtures.individual(unit.getId(), name);
            people.add(person.getId());
            // handed-in self-assessment: 10 points on every criterion
            long evaluation = jdbc.sql("insert into evaluation (campaign_id, subject_type, subject_id, status, submitted_at) "
                    + "values (?, 'INDIVIDUAL', ?, 'SUBMITTED', now()) returning id")
                    .params(campaign.getId(), person.getId()).query(Long.class).single();
            for (Criterion criterion : criteria) {
                jdbc.sql("insert into evaluation_score (evaluation_id, criterion_id, max_points, self_points) values (?, ?, ?, 10)")
                        .params(evaluation, criterion.getId(), criterion.getMaxPoints()).update();
            }
        }

        signIn(headUser, Fixtures.PASSWORD);
        driver.manage().window().setSize(new Dimension(1366, 768));
        open("/campaigns/" + campaign.getId() + "/review");
        // the rows in the grid's order (by name)
        java.util.List<String> rows = driver.findElements(By.cssSelector("#reviewGrid tbody tr")).stream()
                .map(r -> r.getDomAttribute("id").substring("row-".length())).toList();
        assertThat(rows).hasSize(20);
        String first = rows.get(0);
        String second = rows.get(1);
        // every criterion's title is in the header
        assertThat(text("#columnTitle-C1")).isEqualTo(TITLES[0]);
        assertThat(find("#column-C6").getDomAttribute("title"))
                .isEqualTo("C6. " + TITLES[5] + " (Tối đa 11 điểm)");
        // total, classification and status in sight with no scrolling sideways
        assertThat(number("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0);
        assertThat(number("return document.getElementById('reviewGridWrap').scrollWidth"
                + " - document.getElementById('reviewGridWrap').clientWidth")).as("grid scrolls sideways").isLessThanOrEqualTo(0);
        for (String cell : java.util.List.of("total-", "class-", "status-")) {
            assertThat(number("return document.getElementById('" + cell + first + "').getBoundingClientRect().right"
                    + " - window.innerWidth")).as(cell).isLessThanOrEqualTo(0);
        }
        assertThat(text("#total-" + first)).isEqualTo("—");
        assertThat(text("#class-" + first)).isEqualTo("—");
        screenshots("review-grid");

        // the header row stays at the top of the grid while its rows scroll
        ((JavascriptExecutor) driver).executeScript("document.getElementById('reviewGridWrap').scrollTop = 500");
        assertThat(number("return document.getElementById('reviewGridWrap').scrollTop")).isGreaterThan(0);
        assertThat(number("return Math.abs(document.getElementById('column-C1').getBoundingClientRect().top"
                + " - document.getElementById('reviewGridWrap').getBoundingClientRect().top)")).isLessThanOrEqualTo(2);
        screenshot("scrolled");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('reviewGridWrap').scrollTop = 0");

        // a bad entry says so in its cell, and the row stays one line high
        long before = number("return document.getElementById('row-" + first + "').getBoundingClientRect().height");
        cell(first, criteria.get(0)).sendKeys("mười" + Keys.TAB);
        String error = "#error-" + first + "-" + criteria.get(0).getId();
        assertThat(find(error).getDomAttribute("title")).startsWith("Tiêu chí C1 “" + TITLES[0] + "”: “mười” không phải là số điểm");
        long after = number("return document.getElementById('row-" + first + "').getBoundingClientRect().height");
        assertThat(after).as("row height with the error (before: %d px)", before).isLessThan(80);
        assertThat(number("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0);
        screenshots("review-grid-bad-entry");

        // take the self-scores of the second row: every cell, one click
        click("#takeSelf-" + second);
        assertThat(text("#flashSuccess")).isEqualTo("Đã lấy điểm tự chấm vào 9 ô của 1 phiếu.");
        assertThat(driver.getCurrentUrl()).endsWith("#row-" + second);
        for (Criterion criterion : criteria) {
            assertThat(find("#points-" + second + "-" + criterion.getId()).getDomProperty("value")).isEqualTo("10");
        }
        // 9 × 10 = 90: excellent
        assertThat(text("#total-" + second)).isEqualTo("90");
        assertThat(text("#class-" + second)).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(text("#evaluationStatus-" + second)).isEqualTo("Đã thẩm định");
        assertThat(driver.findElements(By.id("takeSelf-" + second))).isEmpty();

        // and of everyone not yet reviewed (the 19 others)
        click("#takeSelfAll");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(text("#flashSuccess")).isEqualTo("Đã lấy điểm tự chấm vào 171 ô của 19 phiếu.");
        assertThat(text("#evaluationStatus-" + first)).isEqualTo("Đã thẩm định");
        assertThat(find("#points-" + first + "-" + criteria.get(0).getId()).getDomProperty("value")).isEqualTo("10");
        screenshots("review-grid-taken");

        // the name opens the evaluation, which comes back to the same row
        String far = rows.get(15);
        click("#name-" + far);
        assertThat(text("#evaluationStatus")).isEqualTo("Đã thẩm định");
        assertThat(text("#pledgeNone")).isEqualTo("Chưa có bản đăng ký thi đua trong đợt này.");
        screenshots("evaluation-from-grid");
        click("#openGrid");
        assertThat(driver.getCurrentUrl()).endsWith("/review#row-" + far);
        assertThat(number("return document.getElementById('row-" + far + "').getBoundingClientRect().bottom"
                + " - window.innerHeight")).as("the row is in sight").isLessThanOrEqualTo(0);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    private long number(String script) {
        return Math.round(((Number) ((JavascriptExecutor) driver).executeScript(script)).doubleValue());
    }

    private WebElement cell(String row, Criterion criterion) {
        WebElement input = find("#points-" + row + "-" + criterion.getId());
        input.click();
        return input;
    }
}
