package vn.thidua.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.ranking.RankingFixtures;
import vn.thidua.ranking.RankingFixtures.Ranked;
import vn.thidua.support.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board in a real browser: the dashboard draws its charts (Chart.js, no inline script), the
 * ranking filtered by a unit lists that unit's people, and the PDF of the filtered ranking arrives.
 */
class RankingJourneyBrowserTest extends BrowserTest {

    @Autowired
    RankingFixtures rankings;

    @Test
    void theBoardReadsTheDashboardFiltersTheRankingAndDownloadsItAsPdf() throws Exception {
        Ranked r = rankings.ranked(CampaignStatus.SCORING);
        Long id = r.campaign().getId();

        signIn(r.board(), Fixtures.PASSWORD);
        open("/campaigns/" + id);
        click("#workDashboard");
        assertThat(text("#pageTitle")).isEqualTo("Bảng điều khiển");
        assertThat(text("#kpiParticipantsValue")).isEqualTo("12");
        assertThat(text("#kpiReviewedValue")).isEqualTo("10");
        assertThat(text("#kpiNotScoredValue")).isEqualTo("2");
        for (String chart : List.of("chart-individuals", "chart-units", "chart-average")) {
            WebElement canvas = find("#" + chart);
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.Chart !== undefined && Chart.getChart(arguments[0]) !== undefined", canvas)));
            assertThat(canvas.getSize().getWidth()).as(chart + " width").isPositive();
            assertThat(canvas.getSize().getHeight()).as(chart + " height").isPositive();
        }
        Object counts = ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(document.getElementById('chart-individuals')).data.datasets[0].data");
        assertThat(counts.toString()).isEqualTo("[2, 3, 3, 2]");
        assertThat(text("#average-" + r.x1().getId())).contains("86,50");
        screenshot("dashboard");

        click("#tabIndividuals");
        assertThat(text("#bannerTitle")).isEqualTo("Kết quả tạm thời, đang cập nhật");
        assertThat(names()).hasSize(10).startsWith("Nguyễn Văn An", "Ngô Thị Lan");
        new Select(find("#unitId")).selectByValue(r.x1().getId().toString());
        click("#applyFilter");
        wait.until(ExpectedConditions.textToBe(By.id("rankingCount"), "Tổng số: 2"));
        assertThat(names()).containsExactly("Ngô Thị Lan", "Bùi Văn Cường");
        assertThat(text("#row-" + r.person("Ngô Thị Lan").getId())).contains("90,00").contains("Chưa chốt");
        screenshot("ranking-filtered");

        String pdf = find("#downloadPdf").getDomAttribute("href");
        // the file speaks the page's language (Vietnamese here), whatever language the browser asks for
        assertThat(pdf).isEqualTo("/api/v1/campaigns/" + id + "/rankings/individuals.pdf?unitId=" + r.x1().getId()
                + "&lang=vi");
        click("#downloadPdf");
        Path file = awaitDownload(".pdf");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            // Vietnamese as printed (embedded font): the filtered unit's people only
            assertThat(text).contains("Ngô Thị Lan").contains("Bùi Văn Cường").contains("90,00")
                    .doesNotContain("Nguyễn Văn An");
        }
        screenshot("after-download");
    }

    private List<String> names() {
        return driver.findElements(By.cssSelector("#rankingTable td.name")).stream().map(WebElement::getText).toList();
    }

    /** The file the browser saved last with this extension, once it is complete. */
    private static Path awaitDownload(String extension) {
        wait.until(d -> complete(extension) != null);
        return complete(extension);
    }

    private static Path complete(String extension) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .filter(f -> {
                        try {
                            return Files.size(f) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    }).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
