package nl.solidarity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report as a reader sees it: rendered in headless Chromium (Debian's chromium with its
 * own chromedriver, never a downloaded one), on screen and in print on A4. Without Chromium the
 * test is skipped with the reason; on CI ({@code CI=true}) a missing Chromium is a failure.
 */
class HtmlReportBrowserTest {
    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser"};
    private static final String DRIVER = "/usr/bin/chromedriver";
    /** A4 is 210 mm wide, less the report's 15 mm page margins: 180 mm at 96 CSS px per inch. */
    private static final int A4_CONTENT_PX = (int) Math.floor(180 / 25.4 * 96);

    @TempDir
    static Path dir;
    private static ChromeDriver driver;

    @BeforeAll
    static void startChromium() throws Exception {
        String browser = null;
        for (String candidate : BROWSERS) {
            if (Files.isExecutable(Path.of(candidate))) {
                browser = candidate;
            }
        }
        if (browser == null || !Files.isExecutable(Path.of(DRIVER))) {
            String reason = "Chromium is not installed (" + String.join(" or ", BROWSERS) + " and " + DRIVER
                    + "); install it with: apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: " + reason);
            }
            Assumptions.abort(reason);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void smallExampleReadsOnScreenAndOnA4() throws Exception {
        check("small", Path.of("src/test/resources/examples/small.json"), "--seconds", "60");
    }

    /** Solves the national instance first (about two minutes on 2 cores): with the slow sweeps, {@code -Pslow}. */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void nationalInstanceReadsOnScreenAndOnA4() throws Exception {
        check("national", Path.of("instances/national.json"), "--seconds", "600");
    }

    private void check(String name, Path instanceFile, String... solveOptions) throws Exception {
        Path result = dir.resolve(name + "-result.json");
        Path html = dir.resolve(name + ".html");
        List<String> solve = new ArrayList<>(List.of("solve", instanceFile.toString(), "--levy", "--quiet", "--out", result.toString()));
        solve.addAll(List.of(solveOptions));
        Cli.Run solved = Cli.run(solve.toArray(String[]::new));
        assertEquals(0, solved.status(), solved.err());
        Cli.Run reported = Cli.run("report", instanceFile.toString(), result.toString(), "--out", html.toString());
        assertEquals(0, reported.status(), reported.err());
        String page = Files.readString(html);
        assertTrue(!page.contains("http://") && !page.contains("https://") && !page.contains(" src="),
                "the page fetches nothing: no links to the network and no external sources");

        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.get(html.toUri().toString());

        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors");

        @SuppressWarnings("unchecked")
        List<Long> marks = (List<Long>) driver.executeScript(
                "return Array.from(document.querySelectorAll('svg.chart')).map(s => s.querySelectorAll('.mark').length);");
        assertTrue(marks.size() >= 4, "the page has charts: " + marks.size());
        for (int i = 0; i < marks.size(); i++) {
            assertTrue(marks.get(i) >= 1, "chart " + i + " has no mark");
        }

        Instance instance = InstanceReader.read(instanceFile);
        String text = (String) driver.executeScript("return document.body.innerText;");
        for (Corporation c : instance.corporations()) {
            assertTrue(text.contains(c.name()), "the page names corporation " + c.id() + " (" + c.name() + ")");
        }

        Path screenshot = Path.of("target", "report-" + name + ".png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, driver.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the rendered page");

        // Print: the A4 content width with the print stylesheet, every folded section open as printing opens it.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", A4_CONTENT_PX, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        driver.executeScript("window.dispatchEvent(new Event('beforeprint'));");
        long openDetails = (Long) driver.executeScript("return document.querySelectorAll('details:not([open])').length;");
        assertEquals(0, openDetails, "printing unfolds every corporation");
        Files.write(Path.of("target", "report-" + name + "-a4.png"), driver.getScreenshotAs(OutputType.BYTES));
        long width = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= A4_CONTENT_PX, "nothing wider than the A4 page: " + width + " > " + A4_CONTENT_PX + " px");
        @SuppressWarnings("unchecked")
        List<String> tooWide = (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('svg.chart, table')).filter(e => e.getBoundingClientRect().right > "
                        + A4_CONTENT_PX + " + 0.5).map(e => e.outerHTML.slice(0, 80));");
        assertEquals(List.of(), tooWide, "charts and tables fit the A4 width");
        @SuppressWarnings("unchecked")
        List<String> breakable = (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('svg.chart')).filter(e => getComputedStyle(e).breakInside !== 'avoid')"
                        + ".map(e => e.outerHTML.slice(0, 80));");
        assertEquals(List.of(), breakable, "no chart is split across pages");
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path printed = Path.of("target", "report-" + name + ".pdf");
        Files.write(printed, bytes);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
}
