package social.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) with a fresh profile, driving the real
 * server. One instance is one person at one browser.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips a browser test where Chromium is missing, with a reason; under CI, where `.ci/run`
     * installs it, a missing browser fails instead, so browser tests can never vanish silently.
     */
    public static void requireChromium() {
        if (available()) return;
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        org.junit.jupiter.api.Assumptions.abort("chromium and chromedriver are not installed");
    }

    public Browser(String base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("rapport-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Browser fill(String css, String value) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(value);
        return this;
    }

    /**
     * Clicks; when the element leaves the page (a link or a form's submit button), waits until the old
     * page is gone and the new one has loaded, so what is read next cannot come from the page left.
     */
    public Browser click(String css) {
        WebElement target = find(css);
        boolean leaves = leavesPage(target);
        // A mark on the page being left: the next page, a new document, does not carry it.
        if (leaves) driver.executeScript("window.rapportLeaving = true;");
        target.click();
        if (leaves) {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    // While the page is being replaced the driver may answer with errors about old nodes.
                    .ignoring(WebDriverException.class)
                    .until(
                            d -> Boolean.TRUE.equals(
                                    ((JavascriptExecutor) d)
                                            .executeScript(
                                                    "return window.rapportLeaving === undefined && document.readyState === 'complete';")));
        }
        return this;
    }

    private boolean leavesPage(WebElement e) {
        Object leaves = driver.executeScript(
                "var e = arguments[0];"
                        // htmx swaps part of the page in place: that click stays on the page.
                        + " if (e.closest('[hx-get],[hx-post],[hx-put],[hx-patch],[hx-delete]')) return false;"
                        + " if (e.tagName === 'A') return !!e.href && !e.getAttribute('href').startsWith('#') && !e.target;"
                        + " return (e.tagName === 'BUTTON' || e.tagName === 'INPUT') && e.type === 'submit' && !!e.form;",
                e);
        return Boolean.TRUE.equals(leaves);
    }

    public Browser waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return this;
    }

    /** Waits until an element matching `css` shows `text`: a notice left by an earlier action does not count. */
    public Browser waitForText(String css, String text) {
        // The page may be replaced while it is read (the action's redirect lands): a stale element is read again.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .anyMatch(e -> e.getText().contains(text)));
        return this;
    }

    public void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    public void desktopSize() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Makes the pages see `prefers-color-scheme: dark` (or light again), as a system setting would. */
    public void colourScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Turns JavaScript off (or on again) for the pages loaded next, as a person may in their browser. */
    public void scripts(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens {@code path} at desktop width and checks that it has a heading and no serious axe
     * violations, then the same at phone width; leaves the window at desktop width.
     */
    public void checkAccessible(String path) {
        desktopSize();
        open(path);
        assertThat(find("h1").getText()).as(path).isNotBlank();
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
        phoneSize();
        assertThat(seriousAccessibilityViolations())
                .as(path + " at phone width")
                .isEmpty();
        desktopSize();
    }

    /** Runs axe-core on the page and answers the serious and critical violations, as "id: help (n nodes)". */
    public List<String> seriousAccessibilityViolations() {
        return seriousAccessibilityViolations("document");
    }

    /**
     * The same, on what a modal dialog leaves perceivable: the dialog alone (the page behind it is
     * inert, and axe would measure its colours through the dialog's darkened backdrop).
     */
    public List<String> seriousAccessibilityViolationsIn(String dialogSelector) {
        return seriousAccessibilityViolations("document.querySelector(" + quoted(dialogSelector) + ")");
    }

    private static String quoted(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @SuppressWarnings("unchecked")
    private List<String> seriousAccessibilityViolations(String context) {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(" + context + ", {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                + "id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,"
                + "where: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                out.add(v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes, e.g. " + v.get("where")
                        + ")");
            }
        }
        return out;
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in =
                    Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                if (in == null) throw new IllegalStateException("axe-core webjar missing from the test classpath");
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
