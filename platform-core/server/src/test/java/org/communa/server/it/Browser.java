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
        press(control);
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
    List<String> seriousAccessibilityViolations() {
        return axe("{resultTypes: ['violations']}", impact -> "serious".equals(impact) || "critical".equals(impact));
    }

    /**
     * Every violation axe-core finds on the current page under the rule sets of WCAG 2.0 A and AA and WCAG 2.1 AA,
     * whatever its impact, one line each.
     */
    List<String> wcagViolations() {
        return axe("{runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'], resultTypes: ['violations']}", impact -> true);
    }

    /** Runs axe-core on the page with these options; the violations whose impact is kept, one line each. */
    @SuppressWarnings("unchecked")
    private List<String> axe(String options, java.util.function.Predicate<Object> impactKept) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AxeCore.script());
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, " + options + ").then(r => done({violations: r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))}))"
                + ".catch(e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<String> kept = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            if (impactKept.test(violation.get("impact"))) {
                kept.add(driver.getCurrentUrl() + ": " + violation.get("id") + " (" + violation.get("impact") + ") " + violation.get("help")
                        + " at " + violation.get("nodes"));
            }
        }
        return kept;
    }

    /**
     * Scrolls the control to the middle of the screen, as a person does before touching it (on a phone, the sticky
     * ballot bar covers the bottom of the screen), then clicks it.
     */
    void press(WebElement control) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
    }

    /** The page as a phone shows it (390 px wide) or as a desktop does (1280 px). */
    void width(int pixels) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, pixels < 600 ? 844 : 900));
    }

    /** A link or button the person sees with exactly this text; a clear failure naming what is there otherwise. */
    WebElement visible(String text) {
        List<WebElement> candidates = driver.findElements(By.cssSelector("a, button"));
        for (WebElement candidate : candidates) {
            if (candidate.isDisplayed() && text.equals(candidate.getText().strip())) {
                return candidate;
            }
        }
        List<String> shown = candidates.stream().filter(WebElement::isDisplayed).map(e -> e.getText().strip()).filter(t -> !t.isEmpty()).toList();
        throw new AssertionError("no visible link or button \"" + text + "\" on " + driver.getCurrentUrl() + "; there are " + shown);
    }

    /**
     * What Chromium's accessibility tree says of an element (the text of its children, as a screen reader reads
     * it), and the live setting of the region around it ("polite", "assertive", or "" when none).
     */
    @SuppressWarnings("unchecked")
    Accessible accessible(String css) {
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> document = chrome.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", css)).get("nodeId");
        Object backend = ((Map<String, Object>) chrome.executeCdpCommand("DOM.describeNode", Map.of("nodeId", node)).get("node"))
                .get("backendNodeId");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chrome.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", node, "fetchRelatives", true)).get("nodes");
        Map<String, Object> element = nodes.stream().filter(n -> backend.equals(n.get("backendDOMNodeId"))).findFirst().orElseThrow();
        List<Object> children = (List<Object>) element.getOrDefault("childIds", List.of());
        StringBuilder text = new StringBuilder();
        nodes.stream().filter(n -> children.contains(n.get("nodeId"))).forEach(n -> text.append(value(n.get("name"))));
        String live = nodes.stream().flatMap(n -> ((List<Map<String, Object>>) n.getOrDefault("properties", List.of())).stream())
                .filter(p -> "live".equals(p.get("name"))).map(p -> value(p.get("value"))).findFirst().orElse("");
        return new Accessible(text.toString().replace('\u202f', ' ').replace('\u00a0', ' ').replace('\u2212', '-'), live);
    }

    record Accessible(String text, String live) {
    }

    @SuppressWarnings("unchecked")
    private static String value(Object axValue) {
        return axValue instanceof Map<?, ?> map && map.get("value") != null ? String.valueOf(((Map<String, Object>) map).get("value")) : "";
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The focused element's id, name or tag. */
    String focused() {
        WebElement active = driver.switchTo().activeElement();
        String id = active.getAttribute("id");
        return id != null && !id.isEmpty() ? id : active.getTagName();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
