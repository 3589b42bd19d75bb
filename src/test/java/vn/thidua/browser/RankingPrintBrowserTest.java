package vn.thidua.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.ranking.RankingFixtures;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking and the dashboard printed by the browser (Ctrl+P) for the board's file: with print
 * media emulated, navigation, tabs, filters and buttons are hidden, tables are not clipped by their
 * scroll box, and the page prints A4 landscape with every row and the charts drawn. The printed PDFs
 * and the screen at 1366 and 390 px are kept under target/screenshots/.
 */
class RankingPrintBrowserTest extends BrowserTest {

    @Autowired
    RankingFixtures rankings;

    @Test
    void theRankingAndTheDashboardPrintWithoutNavigationAndWithWholeTablesAndCharts() throws Exception {
        Ranked r = rankings.ranked(CampaignStatus.SCORING);
        rankings.pledges(r);
        Long id = r.campaign().getId();
        signIn(r.board(), Fixtures.PASSWORD);

        open("/campaigns/" + id + "/rankings");
        find("#rankingTable");
        screenshotAtWidths("ranking");
        ChromeDriver chrome = (ChromeDriver) driver;
        assertThat(display(".app-navbar")).isNotEqualTo("none");
        assertThat(display("#rankingFilter")).isNotEqualTo("none");
        media(chrome, "print");
        try {
            for (String hidden : List.of(".app-navbar", "#rankingTabs", "#rankingFilter", "#downloads", "footer")) {
                assertThat(display(hidden)).as(hidden + " when printed").isEqualTo("none");
            }
            assertThat(display("#rankingTable")).isEqualTo("table");
            assertThat(style("#rankingTable", "overflow", true)).as("the table's scroll box").isEqualTo("visible");
            assertThat(display("#rankingBanner")).as("the provisional banner stays").isNotEqualTo("none");
        } finally {
            media(chrome, "");
        }
        String ranking = print(chrome, "ranking-print");
        assertThat(ranking).contains("Kết quả tạm thời, đang cập nhật", "Nguyễn Văn An", "Vũ Văn Hải",
                "Lao động tiên tiến", "Đã chốt", "Chưa chốt").doesNotContain("Tải PDF").doesNotContain("Bỏ lọc");

        open("/campaigns/" + id + "/dashboard");
        for (String chart : List.of("chart-individuals", "chart-units", "chart-average")) {
            WebElement canvas = find("#" + chart);
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.Chart !== undefined && Chart.getChart(arguments[0]) !== undefined", canvas)));
        }
        screenshotAtWidths("dashboard");
        media(chrome, "print");
        try {
            assertThat(display(".app-navbar")).isEqualTo("none");
            assertThat(display("#rankingTabs")).isEqualTo("none");
            assertThat(style("#progressTable", "overflow", true)).isEqualTo("visible");
            assertThat(display("#chart-average")).as("the charts are printed").isNotEqualTo("none");
        } finally {
            media(chrome, "");
        }
        String dashboard = print(chrome, "dashboard-print");
        assertThat(dashboard).contains("Bảng điều khiển", "Đã đăng ký thi đua", "Tiến độ theo đơn vị",
                r.y().getName(), "Đơn vị chậm tiến độ");
    }

    private static void media(ChromeDriver chrome, String media) {
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    private static String display(String selector) {
        return style(selector, "display", false);
    }

    /** A computed style of the element, or of its parent (the scroll box around a table). */
    private static String style(String selector, String property, boolean parent) {
        WebElement element = driver.findElement(By.cssSelector(selector));
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var e = arguments[0]; if (arguments[2]) { e = e.parentElement; }"
                        + " return getComputedStyle(e).getPropertyValue(arguments[1]);", element, property, parent);
    }

    /** Prints the page as the browser would (its print styles, A4 by the page's @page rule) and reads it back. */
    private static String print(ChromeDriver chrome, String name) throws Exception {
        Object data = chrome.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true,
                "preferCSSPageSize", true)).get("data");
        byte[] pdf = Base64.getDecoder().decode((String) data);
        Path file = Path.of("target", "screenshots", name + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                // A4 landscape: 297 x 210 mm = 842 x 595 pt
                assertThat(Math.round(page.getMediaBox().getWidth())).as(name + " page width").isEqualTo(842);
                assertThat(Math.round(page.getMediaBox().getHeight())).as(name + " page height").isEqualTo(595);
            }
            return new PDFTextStripper().getText(document);
        }
    }
}
