package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
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

    private WebElement cell(String row, Criterion criterion) {
        WebElement input = find("#points-" + row + "-" + criterion.getId());
        input.click();
        return input;
    }
}
