package vn.thidua.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real browser (Debian's Chromium, headless, through chromedriver) against the application on a
 * random port. One browser per test class; every step can leave a screenshot under
 * target/screenshots/ ({@link #screenshot}). Chromium and chromedriver must be installed (.ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    protected static WebDriver driver;
    protected static WebDriverWait wait;
    /** Where the browser saves downloaded files (no prompt). */
    protected static Path downloads;

    @LocalServerPort
    protected int port;


    @BeforeAll
    static void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--lang=vi-VN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        downloads = Files.createTempDirectory("chromium-downloads");
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // headless Chromium saves downloads only when told where
        chrome.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void freshBrowser() {
        desktop();
        driver.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    protected void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    protected void click(String cssSelector) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Signs in and waits for the answer's page, so that the next step does not cut the sign-in short. */
    protected void signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        WebElement form = find("#loginForm");
        click("#loginButton");
        wait.until(ExpectedConditions.stalenessOf(form));
    }

    protected void signOut() {
        click("#userMenu");
        click("#logoutButton");
        find("#loginForm");
    }

    protected String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    /**
     * Saves the whole page (not only the window) as it lays out at each width, as
     * target/screenshots/<name>-<width>.png (default 1366 and 390 px, 390 laid out as a phone); the
     * window is back to 1366 px afterwards.
     */
    protected void screenshotAtWidths(String name, int... widths) {
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            Files.createDirectories(Path.of("target", "screenshots"));
            for (int width : widths.length == 0 ? new int[] {1366, 390} : widths) {
                emulate(chrome, width, 900);
                Number height = (Number) chrome.executeScript(
                        "return Math.ceil(document.documentElement.scrollHeight)");
                emulate(chrome, width, Math.min(12000, Math.max(900, height.intValue())));
                Object data = chrome.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png"))
                        .get("data");
                Files.write(Path.of("target", "screenshots", name + "-" + width + ".png"),
                        java.util.Base64.getDecoder().decode((String) data));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    private static void emulate(ChromeDriver chrome, int width, int height) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        // let the page lay out again (charts redraw on resize) before the picture is taken
        chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { setTimeout(done, 400); });");
    }

    /**
     * The same at 1366 and 390 px with the element {@code scrollTo} (a CSS selector) scrolled into view
     * first, for pages whose interesting part lies low.
     */
    protected void screenshotAtWidths(String name, String scrollTo) {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});",
                scrollTo);
        screenshotAtWidths(name);
    }

    /** The widths {@link #screenshots(String)} shows a page at: a laptop and a phone. */
    protected static final int[] SCREEN_WIDTHS = {1366, 390};

    /**
     * Saves the window (not the whole page) as it shows at each of {@link #SCREEN_WIDTHS}, 768 px high,
     * as target/screenshots/<name>-<width>.png, then gives the window its size back: for pages that
     * fit their own content to the window, such as the review grid.
     */
    protected void screenshots(String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            for (int width : SCREEN_WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 768));
                // let the layout settle at the new width before the picture
                ((JavascriptExecutor) driver).executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), folder.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Saves what the browser shows now as target/screenshots/<name>-<width>.png, the width being the
     * page's viewport (1366 by default, 390 after {@link #phone()}); one name per page and width.
     */
    protected void screenshot(String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            long width = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve("%s-%d.png".formatted(name, width)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on the page is laid out as on a phone, 390 × 844 CSS pixels (until {@link #desktop()}). */
    protected void phone() {
        viewport(390, 844, true);
    }

    /** Back to the desktop browser's 1366 px wide window. */
    protected void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    protected void viewport(int width, int height, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Does the page scroll sideways? (wider than the viewport: something sticks out) */
    protected boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
    }
}
