package jp.kenpokpi.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import jp.kenpokpi.app.TemporaryFolders;
import jp.kenpokpi.app.security.DemoAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian (chromium, chromium-driver), driven by Selenium. Paths are given explicitly so that
 * Selenium Manager never tries to download a browser; a missing browser fails the test, it does not skip it.
 */
public final class Browser implements AutoCloseable {

    /** Screenshots land here for a person to look at (and CI to keep). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1600,1200",
                "--lang=ja-JP",
                "--user-data-dir=" + TemporaryFolders.make("kenpo-chromium-"));
        // The browser's console log, where Chromium reports every Content-Security-Policy violation.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * Lays pages out for a window this many CSS pixels wide (768: a tablet; 1440: a laptop), as a device of that
     * width would: window.innerWidth is exactly this, whatever the window frame takes.
     */
    public Browser width(int cssPixels) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", cssPixels, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** The console messages since the last call (reading them empties the browser's log). */
    public List<String> consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement signIn = driver.findElement(By.id("sign-in"));
        signIn.click();
        // The click only starts the form's POST: a page opened before its answer arrives would cancel it and leave
        // the browser signed out (seen once in CI), so wait until the login page has been replaced.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(signIn));
        return this;
    }

    /** Signs in as one of the demo accounts (honbu, tochigi, etsuran). */
    public Browser signInAs(String demoUsername) {
        return signIn(demoUsername, DemoAccounts.PASSWORD);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /**
     * The elements matching now, without the implicit wait: for counting, and for asserting that something is
     * absent from a page that has loaded (an absent element would otherwise cost the 2 s wait each time).
     */
    public List<WebElement> findAll(By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** Replaces the text of an input or a textarea. */
    public Browser type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Runs JavaScript in the page; {@code arguments[0]}… are the given arguments. */
    public Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /**
     * The HTTP status the signed-in browser gets for a request without a body (WebDriver itself never tells it);
     * a redirect counts as 0, the status fetch gives an opaque redirect.
     */
    public int status(String method, String path) {
        Object status = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[1], {method: arguments[0], redirect: 'manual'})"
                                + ".then(function (r) { done(r.status); }, function (e) { done(-1); });",
                        method,
                        path);
        return ((Number) status).intValue();
    }

    /** Waits up to 10 s for a condition the page has to reach on its own (a chart drawn, a redirect followed). */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
        } catch (TimeoutException e) {
            // The page as it was when the wait gave up says more than the exception.
            screenshot("timed-out-" + System.currentTimeMillis());
            throw e;
        }
    }

    public WebElement waitFor(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /**
     * The whole page, not only the window: long tables are where overflow and broken layout show. Chrome's
     * DevTools protocol captures beyond the viewport; WebDriver's own screenshot stops at the window's edge.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "scale",
                    1,
                    "width",
                    ((Number) size.get("width")).doubleValue(),
                    "height",
                    ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays the page out as it prints (CSS media print, through the DevTools protocol), or as the screen again: the
     * print rules of kenpo.css can be seen and measured without a printer.
     */
    public Browser printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
        return this;
    }

    /** The page printed by Chromium to PDF (the CSS @page size and margins honoured), saved beside the screenshots. */
    public byte[] printToPdf(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> printed = driver.executeCdpCommand(
                    "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
            byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
            Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
