package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 in a real browser: the admin sees who joined a unit after the registration deadline and
 * adds one of them; then copies the campaign into next year's draft and lands in its form.
 */
class CampaignCopyAndLateJoinersBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    EvaluationFixtures evaluations;

    @Test
    void theAdminAddsALateJoinerThenCopiesTheCampaignIntoNextYearsDraft() {
        Unit unit = fixtures.unit("Vụ Tổng hợp " + Fixtures.unique(""));
        fixtures.individual(unit.getId(), "Nguyễn Văn An");
        Campaign campaign = evaluations.campaign(CampaignStatus.SCORING, unit.getId());
        fixtures.individualJoiningNow(unit.getId(), "Trần Thị Bích Ngọc");
        String minh = fixtures.individualJoiningNow(unit.getId(), "Lê Hoàng Minh").getCode();
        String admin = fixtures.account(null, Role.ADMIN);

        signIn(admin, Fixtures.PASSWORD);
        open("/campaigns/" + campaign.getId());
        assertThat(driver.findElements(By.cssSelector("#lateJoinersTable tbody tr"))).hasSize(2);
        assertThat(text("#lateJoinersTable tbody tr:first-child")).contains("Lê Hoàng Minh").contains(unit.getName());
        screenshotAtWidths("campaign-late-joiners", "#lateJoiners");

        click("#lateJoinersTable tbody tr:first-child button");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(text("#flashSuccess")).isEqualTo("Đã thêm Lê Hoàng Minh (" + minh + ") vào đợt thi đua.");
        assertThat(driver.findElements(By.cssSelector("#lateJoinersTable tbody tr"))).hasSize(1);
        assertThat(text("#lateJoinersTable tbody tr")).contains("Trần Thị Bích Ngọc");
        screenshotAtWidths("campaign-late-joiner-added", "#lateJoiners");

        open("/campaigns/" + campaign.getId());
        screenshotAtWidths("campaign-copy-button", "body");
        click("#copyCampaign");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlMatches(".*/campaigns/\\d+/edit$"));
        assertThat(text("#flashSuccess")).startsWith("Đã tạo bản dự thảo " + campaign.getCode() + "-2021");
        assertThat(find("#startDate").getAttribute("value")).isEqualTo("10/07/2021");
        assertThat(find("#endDate").getAttribute("value")).isEqualTo("30/08/2021");
        assertThat(find("#registrationDeadline").getAttribute("value")).isEqualTo("20/07/2021");
        assertThat(find("#code").getAttribute("value")).isEqualTo(campaign.getCode() + "-2021");
        screenshotAtWidths("campaign-copy-form");
    }
}
