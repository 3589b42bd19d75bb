package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first job of the product, in a real browser: the emulation office sets up a campaign with
 * its criteria and opens registration; a staff member then finds it among their campaigns.
 */
class CampaignJourneyBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void anAdminLaunchesACampaignAndStaffSeeIt() {
        String admin = fixtures.account(null, Role.ADMIN);
        Unit unit = fixtures.unit("Vụ Kinh tế tổng hợp");
        Individual officer = fixtures.individual(unit.getId(), "Phạm Thị Thu Hương");
        String staff = fixtures.account(officer.getId(), Role.STAFF);
        String code = Fixtures.unique("DOT");
        String name = "Thi đua lập thành tích chào mừng Đại hội thi đua yêu nước " + code;

        signIn(admin, Fixtures.PASSWORD);
        open("/campaigns");
        click("#newCampaign");
        type("#code", code);
        type("#name", name);
        type("#theme", "Đẩy nhanh tiến độ, bảo đảm chất lượng, kịp thời, hiệu quả");
        type("#purpose", "Phát huy sáng kiến, nâng cao chất lượng tham mưu tổng hợp.");
        type("#goals", "100% tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ.");
        new Select(find("#kind")).selectByValue("THEMATIC");
        type("#startDate", "10/07/2020");
        type("#endDate", "30/08/2020");
        type("#registrationDeadline", "20/07/2020");
        type("#thresholdsExcellent", "90");
        type("#thresholdsGood", "72,5");
        type("#thresholdsPass", "50");
        screenshot("new-campaign-form");
        click("#saveCampaign");

        assertThat(text("#campaignName")).isEqualTo(name);
        assertThat(text("#campaignStatus")).isEqualTo("Dự thảo");
        assertThat(text("#campaignPeriod")).contains("10/07/2020").contains("30/08/2020");
        assertThat(text("#thresholdGood")).contains("72,5");

        addCriterion("TC1", "Đổi mới phương pháp, xử lý hồ sơ trên môi trường mạng", "STANDARD", "60");
        addCriterion("TC2", "Giải quyết dứt điểm công việc tồn đọng", "STANDARD", "40");
        addCriterion("TC3", "Sáng kiến được công nhận", "BONUS", "5");
        assertThat(driver.findElements(By.cssSelector("#criteriaTable tbody tr[id^=criterion-]"))).hasSize(3);
        assertThat(text("#criterion-TC1")).contains("Đổi mới phương pháp").contains("60");
        assertThat(text("#sumIndividual")).contains("100");
        assertThat(driver.findElements(By.id("sumIndividualWarning"))).isEmpty();
        screenshot("campaign-with-three-criteria");

        click("#transitionButton");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("campaignStatus"), "Đăng ký thi đua"));
        screenshot("registration-open");
        signOut();

        signIn(staff, Fixtures.PASSWORD);
        open("/campaigns");
        assertThat(text("#campaign-" + code)).contains(name).contains("Đăng ký thi đua");
        screenshot("staff-sees-the-campaign");
        click("#campaign-" + code + " a");
        assertThat(text("#campaignName")).isEqualTo(name);
        assertThat(text("#criteriaTable")).contains("Giải quyết dứt điểm công việc tồn đọng");
        assertThat(driver.findElements(By.id("transitionButton"))).as("staff cannot move the campaign").isEmpty();
        assertThat(driver.findElements(By.id("addCriterion"))).isEmpty();
        screenshot("staff-campaign-page");
    }

    private void addCriterion(String code, String title, String kind, String maxPoints) {
        click("#addCriterion");
        type("#code", code);
        type("#title", title);
        new Select(find("#kind")).selectByValue(kind);
        type("#maxPoints", maxPoints);
        new Select(find("#appliesTo")).selectByValue("BOTH");
        click("#saveCriterion");
        find("#criterion-" + code);
    }
}
