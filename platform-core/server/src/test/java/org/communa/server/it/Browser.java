package org.communa.server.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the tests: Debian's headless Chromium through its chromedriver, resolving every
 * host name to this machine so that organisations' hosts reach the test server. Saves screenshots under
 * target/screenshots and runs axe-core (fetched from npm) on pages.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private final WebDriver driver;
    private final int port;

    Browser(URL base) {
        this.port = base.getPort();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("communa.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--host-resolver-rules=MAP * 127.0.0.1", "--lang=fr-FR");
        // a French speaker's browser: pages come in French unless a link asks for another language
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("communa.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of an organisation. */
    void open(String host, String path) {
        driver.get("http://" + host + ":" + port + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Clicks a button that sends a form or a link that leaves the page, and waits until the next page has
     * replaced this one (a click returns before the browser has navigated).
     */
    void submit(WebElement control) {
        WebElement page = driver.findElement(By.tagName("html"));
        control.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or "does not belong to the document" while the next page replaces it: both mean it left
                return true;
            }
        });
    }

    String text() {
        return find("body").getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The serious and critical accessibility violations axe-core finds on the current page, one line each. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AxeCore.script());
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done({violations: r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))}))"
                + ".catch(e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(driver.getCurrentUrl() + ": " + violation.get("id") + " (" + impact + ") " + violation.get("help")
                        + " at " + violation.get("nodes"));
            }
        }
        return serious;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
