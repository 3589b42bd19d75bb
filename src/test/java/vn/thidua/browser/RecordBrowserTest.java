package vn.thidua.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Hồ sơ thi đua của tôi" from the menu, on a laptop and a phone and printed (no navigation on
 * paper); the admin imports past titles from a file, sees the bad row, then the counts.
 */
class RecordBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonOpensTheirRecordFromTheMenuAndTheAdminImportsPastTitles() throws IOException {
        Fixtures.Team team = fixtures.team("Vụ Tổng hợp " + Fixtures.unique(""));
        Long id = team.member().getId();
        String admin = fixtures.admin();

        Path bad = csv("bad.csv", "Loại đối tượng,Mã,Danh hiệu,Năm,Số quyết định,Ngày quyết định",
                "Cá nhân," + team.member().getCode() + ",LDTT,2019,125/QĐ-VPCP,20/12/2019",
                "Cá nhân," + team.member().getCode() + ",TTLDXS,2019,,");
        Path good = csv("good.csv", "Loại đối tượng,Mã,Danh hiệu,Năm,Số quyết định,Ngày quyết định",
                "Cá nhân," + team.member().getCode() + ",LDTT,2019,125/QĐ-VPCP,20/12/2019",
                "Cá nhân," + team.member().getCode() + ",Chiến sĩ thi đua cơ sở,2019,125/QĐ-VPCP,20/12/2019",
                "Cá nhân," + team.member().getCode() + ",LDTT,2018,98/QĐ-VPCP,25/12/2018",
                "Tập thể," + team.unit().getCode() + ",TTLDXS,2019,126/QĐ-VPCP,20/12/2019");

        signIn(admin, Fixtures.PASSWORD);
        open("/admin/title-awards/import");
        assertThat(text("h1")).isEqualTo("Nhập danh hiệu các năm");
        find("#file").sendKeys(bad.toAbsolutePath().toString());
        click("#importSubmit");
        find("#importErrors");
        assertThat(find("tr.import-error").getDomAttribute("data-row")).isEqualTo("3");
        screenshotAtWidths("record-import-errors");
        find("#file").sendKeys(good.toAbsolutePath().toString());
        click("#importSubmit");
        find("#importResult");
        assertThat(text("#created")).isEqualTo("4");
        screenshotAtWidths("record-import-done");
        signOut();

        jdbc.sql("update individual set employed_since = date '2015-03-01' where id = :id").param("id", id).update();
        jdbc.sql("""
                insert into year_rating (subject_type, subject_id, year, rating, source, updated_by)
                values ('INDIVIDUAL', :id, 2019, 'EXCELLENT', 'MANUAL', 'test'),
                       ('INDIVIDUAL', :id, 2018, 'GOOD', 'MANUAL', 'test')""").param("id", id).update();
        jdbc.sql("""
                insert into initiative (title, level, year, decision_number, decision_date, created_by)
                values ('Số hoá quy trình trình ký văn bản của Vụ', 'BASE', 2019, '30/QĐ-HĐKH', date '2019-11-15', 'test')""")
                .update();
        jdbc.sql("""
                insert into initiative_author (initiative_id, individual_id)
                select max(id), :id from initiative""").param("id", id).update();

        signIn(team.memberUser(), Fixtures.PASSWORD);
        click("#userMenu");
        click("#navMyRecord");
        find("#recordTable");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/individuals/" + id + "/record"));
        assertThat(text("#recordTitle")).isEqualTo("Hồ sơ thi đua: " + team.member().getFullName());
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("tr.record-year")).stream()
                .map(r -> r.getDomAttribute("data-year")).toList()).containsExactly("2019", "2018");
        assertThat(text("tr[data-year='2019'] .record-titles")).contains("Lao động tiên tiến",
                "Chiến sĩ thi đua cơ sở", "(Quyết định số 125/QĐ-VPCP ngày 20/12/2019)");
        screenshotAtWidths("record-person");

        phone();
        open("/individuals/" + id + "/record");
        assertThat(scrollsSideways()).as("the record scrolls sideways on a phone").isFalse();
        desktop();

        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(org.openqa.selenium.By.cssSelector(".app-navbar")).isDisplayed()).as("navigation on paper").isFalse();
            assertThat(driver.findElement(org.openqa.selenium.By.id("printButton")).isDisplayed()).as("the print button on paper").isFalse();
            assertThat(find("#recordTable").isDisplayed()).isTrue();
            screenshotAtWidths("record-person-print", 1366);
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        signOut();

        // a unit head has the longest bar: "Hồ sơ thi đua của tôi" is under their name, the bar stays one line
        signIn(team.headUser(), Fixtures.PASSWORD);
        click("#userMenu");
        click("#navMyRecord");
        find("#recordEmpty");
        Number navbar = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.app-navbar').getBoundingClientRect().height");
        screenshotAtWidths("record-head-empty", 1366);
        assertThat(navbar.doubleValue()).as("the navigation bar's height").isLessThan(70);
        signOut();
    }

    private static Path csv(String name, String... lines) throws IOException {
        Path file = Files.createTempDirectory("record").resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
