package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.pledge.PledgeFixtures;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration in a real browser: a staff member registers and submits; their head returns it
 * with a reason; the staff member reads the reason, edits and resubmits; the head approves it in
 * the registration list; the board's overview counts it.
 */
class PledgeJourneyBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PledgeFixtures pledges;

    @Test
    void staffRegisterTheHeadReturnsThenApprovesAndTheBoardCountsIt() {
        Unit unit = fixtures.unit("Vụ Pháp luật " + Fixtures.unique(""));
        Individual head = fixtures.individual(unit.getId(), "Ngô Quang Trung");
        Individual officer = fixtures.individual(unit.getId(), "Bùi Thị Ngọc Ánh");
        fixtures.head(unit, head);
        String headUser = fixtures.account(head.getId(), Role.STAFF);
        String staffUser = fixtures.account(officer.getId(), Role.STAFF);
        String board = fixtures.board();
        Campaign campaign = pledges.open("Thi đua hoàn thành xuất sắc nhiệm vụ " + Fixtures.unique(""));
        String reason = "Đề nghị nêu rõ số hồ sơ xử lý trên môi trường mạng";

        signIn(staffUser, Fixtures.PASSWORD);
        click("#navPledges");
        assertThat(text("#myStatus-" + campaign.getCode())).isEqualTo("Chưa đăng ký");
        screenshot("pledge-my-campaigns");
        click("#register-" + campaign.getCode());
        new Select(find("#targetTitle")).selectByValue("LDTT");
        type("textarea[data-criterion=I1]", "Xử lý đúng hạn 100% hồ sơ được giao");
        type("textarea[data-criterion=C1]", "Không để tồn đọng văn bản quá hạn");
        type("#extraCommitments", "Tham gia đầy đủ các hoạt động công đoàn");
        screenshot("pledge-form");
        click("#submitPledge");
        wait.until(ExpectedConditions.textToBe(By.id("pledgeStatus"), "Đã gửi"));
        assertThat(text("#targetTitle")).isEqualTo("Lao động tiên tiến");
        screenshot("pledge-submitted");
        signOut();

        signIn(headUser, Fixtures.PASSWORD);
        click("#navRegistrations");
        click("#registrations-" + campaign.getCode());
        assertThat(text("#status-" + officer.getCode())).isEqualTo("Đã gửi");
        assertThat(text("#count-SUBMITTED")).isEqualTo("Đã gửi: 1");
        click("#view-" + officer.getCode());
        type("#reason", reason);
        click("#returnPledge");
        wait.until(ExpectedConditions.textToBe(By.id("pledgeStatus"), "Bị trả lại"));
        screenshot("pledge-returned");
        signOut();

        signIn(staffUser, Fixtures.PASSWORD);
        open("/pledges");
        assertThat(text("#myStatus-" + campaign.getCode())).isEqualTo("Bị trả lại");
        click("#open-" + campaign.getCode());
        assertThat(text("#returnReasonText")).isEqualTo(reason);
        click("#editPledge");
        type("textarea[data-criterion=I1]", "Xử lý đúng hạn 100% hồ sơ được giao, trong đó ít nhất 90% trên môi trường mạng");
        click("#submitPledge");
        wait.until(ExpectedConditions.textToBe(By.id("pledgeStatus"), "Đã gửi"));
        assertThat(text("#commitment-I1")).contains("ít nhất 90% trên môi trường mạng");
        screenshot("pledge-resubmitted");
        click("#printPledge");
        assertThat(text("#printTitle")).isEqualTo("BẢN ĐĂNG KÝ THI ĐUA");
        assertThat(text("#printCampaign")).isEqualTo(campaign.getName());
        assertThat(text("#printTheme")).contains("Đẩy nhanh tiến độ, bảo đảm chất lượng");
        screenshot("pledge-printable");
        open("/pledges");
        signOut();

        signIn(headUser, Fixtures.PASSWORD);
        open("/campaigns/" + campaign.getId() + "/registrations");
        click("#select-" + officer.getCode());
        click("#bulkApprove");
        assertThat(text("#flashSuccess")).contains("Đã duyệt 1 bản đăng ký.");
        assertThat(text("#status-" + officer.getCode())).isEqualTo("Đã duyệt");
        screenshot("pledge-approved");
        signOut();

        signIn(board, Fixtures.PASSWORD);
        click("#navPledgeOverview");
        click("#overview-" + campaign.getCode());
        String row = text("#unit-" + unit.getCode());
        assertThat(driver.findElement(By.cssSelector("#unit-" + unit.getCode() + " .status-APPROVED")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("#unit-" + unit.getCode() + " .registered")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("#unit-" + unit.getCode() + " .missing")).getText()).isEqualTo("1");
        assertThat(row).contains(unit.getName());
        screenshot("pledge-board-overview");
    }
}
