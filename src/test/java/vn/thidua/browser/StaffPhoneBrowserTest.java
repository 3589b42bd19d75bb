package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.pledge.PledgeFixtures;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages on a phone, 390 × 844 (issue 12): "Đăng ký thi đua", the pledge form, the
 * pledge (withdraw) and the self-assessment do not scroll sideways, their main button lies inside
 * the screen and works, the note fields are wide enough to write in; the head's registration list
 * too. Each page is also shot at 1366, and the printed pledge in the browser's print preview.
 */
class StaffPhoneBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PledgeFixtures pledges;

    @Autowired
    CampaignFixtures campaigns;

    /** The element's left and right edges, in CSS pixels of the viewport, and its width. */
    private double[] box(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        @SuppressWarnings("unchecked")
        java.util.List<Number> box = (java.util.List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.width];", element);
        return new double[] {box.get(0).doubleValue(), box.get(1).doubleValue(), box.get(2).doubleValue()};
    }

    /** The page fits the phone's width and this button lies inside it. */
    private void fitsThePhone(String page, String button) {
        assertThat(scrollsSideways()).as("%s scrolls sideways", page).isFalse();
        double[] box = box(button);
        assertThat(box[0]).as("%s: left edge of %s", page, button).isGreaterThanOrEqualTo(0);
        assertThat(box[1]).as("%s: right edge of %s", page, button).isLessThanOrEqualTo(390);
    }

    @Test
    void aStaffMemberRegistersWithdrawsAndSelfAssessesOnAPhone() throws Exception {
        Unit unit = fixtures.unit("Vụ Kinh tế tổng hợp " + Fixtures.unique(""));
        Individual head = fixtures.individual(unit.getId(), "Lê Văn Thành");
        Individual officer = fixtures.individual(unit.getId(), "Nguyễn Thị Phương Thảo");
        fixtures.head(unit, head);
        String headUser = fixtures.account(head.getId(), Role.STAFF);
        String staffUser = fixtures.account(officer.getId(), Role.STAFF);
        Campaign registration = pledges.open("Phong trào thi đua thường xuyên năm học 2026–2027 " + Fixtures.unique(""));
        Campaign scoring = campaigns.draft("Đợt thi đua chào mừng kỷ niệm 80 năm Ngày Truyền thống " + Fixtures.unique(""),
                unit.getId());
        campaigns.criterion(scoring, "C1", CriterionKind.STANDARD, "60", AppliesTo.BOTH);
        campaigns.criterion(scoring, "C2", CriterionKind.STANDARD, "40", AppliesTo.BOTH);
        scoring = campaigns.advance(scoring, CampaignStatus.IN_PROGRESS);

        signIn(staffUser, Fixtures.PASSWORD);
        phone();

        // "Đăng ký thi đua": one card per campaign, the campaign's name on whole lines, the button inside
        open("/pledges");
        fitsThePhone("my pledges", "#register-" + registration.getCode());
        assertThat(box("#my-" + registration.getCode() + " td.stack-title")[2]).as("the campaign name's width")
                .isGreaterThan(300);
        screenshot("staff-my-pledges");
        click("#register-" + registration.getCode());

        // the pledge form
        find("#pledgeForm");
        fitsThePhone("pledge form", "#submitPledge");
        assertThat(box("textarea[data-criterion=I1]")[2]).as("commitment field width").isGreaterThanOrEqualTo(300);
        assertThat(box("#extraCommitments")[2]).as("extra commitments width").isGreaterThanOrEqualTo(300);
        type("textarea[data-criterion=I1]", "Giải quyết đúng hạn 100% hồ sơ, trong đó 90% trên môi trường mạng");
        type("textarea[data-criterion=C1]", "Không để tồn đọng văn bản quá hạn");
        screenshot("staff-pledge-form");
        click("#submitPledge");
        wait.until(ExpectedConditions.textToBe(By.id("pledgeStatus"), "Đã gửi"));

        // the pledge: withdraw it to add one more commitment, with the browser's confirmation
        fitsThePhone("pledge", "#withdrawPledge");
        screenshot("staff-pledge-submitted");
        click("#withdrawPledge");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("pledgeStatus"), "Nháp"));
        assertThat(text("#flashSuccess")).contains("Đã rút bản đăng ký về trạng thái Nháp");
        assertThat(driver.findElements(By.id("withdrawPledge"))).isEmpty();
        click("#editPledge");
        type("#extraCommitments", "Tham gia đầy đủ hoạt động công đoàn");
        click("#submitPledge");
        wait.until(ExpectedConditions.textToBe(By.id("pledgeStatus"), "Đã gửi"));

        // the self-assessment: criteria as cards, a note field as wide as the screen
        open("/evaluations");
        click("#selfAssess-" + scoring.getCode());
        find("#saveSelf");
        fitsThePhone("self-assessment", "#saveSelf");
        assertThat(box("#selfNote-C1")[2]).as("note field width").isGreaterThanOrEqualTo(300);
        type("#selfPoints-C1", "55");
        type("#selfPoints-C2", "36,5");
        type("#selfNote-C1", "Chủ trì soạn thảo 3 đề án, hoàn thành trước hạn");
        screenshot("staff-self-assessment");
        click("#saveSelf");
        assertThat(text("#flashSuccess")).contains("Đã lưu phần tự đánh giá");
        assertThat(find("#selfNote-C1").getAttribute("value")).isEqualTo("Chủ trì soạn thảo 3 đề án, hoàn thành trước hạn");

        // the same pages on a desktop
        desktop();
        open("/pledges");
        assertThat(scrollsSideways()).isFalse();
        screenshot("staff-my-pledges");
        open("/evaluations");
        click("#selfAssess-" + scoring.getCode());
        assertThat(box("#selfNote-C1")[2]).as("note field width on a desktop").isGreaterThanOrEqualTo(250);
        screenshot("staff-self-assessment");
        open("/pledges");
        click("#open-" + registration.getCode());
        screenshot("staff-pledge-submitted");
        click("#withdrawPledge");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        click("#editPledge");
        screenshot("staff-pledge-form");
        click("#submitPledge");
        wait.until(ExpectedConditions.textToBe(By.id("pledgeStatus"), "Đã gửi"));
        click("#printPledge");
        printPreview("staff-pledge-print");
        open("/pledges");
        signOut();

        // the head's registration list on a phone: the pledge as a card, its button inside the screen
        signIn(headUser, Fixtures.PASSWORD);
        phone();
        open("/registrations");
        fitsThePhone("the head's campaigns", "#registrations-" + registration.getCode());
        screenshot("head-campaigns");
        click("#registrations-" + registration.getCode());
        fitsThePhone("registration list", "#view-" + officer.getCode());
        fitsThePhone("registration list", "#bulkApprove");
        screenshot("head-registrations");
        click("#select-" + officer.getCode());
        click("#bulkApprove");
        assertThat(text("#flashSuccess")).contains("Đã duyệt 1 bản đăng ký.");
        click("#view-" + officer.getCode());
        assertThat(text("#backToRegistrations")).isEqualTo(registration.getCode() + " · Danh sách đăng ký");
        screenshot("head-approved-pledge");
        click("#backToRegistrations");
        find("#registrationsTable");
        desktop();
        screenshot("head-registrations");
    }

    /** The page as the browser prints it: a screenshot in print media, and the PDF it would print. */
    private void printPreview(String name) throws Exception {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(find("#printSheet").isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("printButton")).isDisplayed()).as("the toolbar is not printed").isFalse();
            screenshot(name);
            Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF",
                    Map.of("preferCSSPageSize", true, "printBackground", false));
            Path file = Path.of("target", "screenshots", name + ".pdf");
            Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
            assertThat(Files.size(file)).isGreaterThan(10_000);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
