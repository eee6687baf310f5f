package uk.nciistats.console;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.nciistats.support.TestServer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The console in Debian's headless Chromium, driven the way a user would: by the ids the views give
 * their components. Every step waits until Vaadin has no request in flight; nothing sleeps.
 */
final class ConsoleBrowser implements AutoCloseable {
    private static final Path TARGET = Path.of("target");
    private static final String VAADIN_IDLE = "return !!(window.Vaadin && window.Vaadin.Flow"
            + " && window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))";

    /** The rendered rows of a grid (rows the virtual scroller keeps but does not show left out), top to bottom. */
    private static final String GRID_ROWS = "const content = td => { const s = td.querySelector('slot');"
            + " return s ? s.assignedElements()[0] : null; };"
            + " const cell = td => { const c = content(td); return c ? c.innerText.trim() : ''; };"
            + " const rows = g => [...g.shadowRoot.querySelectorAll('#items tr')]"
            + ".filter(tr => !tr.hidden && tr.getBoundingClientRect().height > 0 && !tr.hasAttribute('loading'))"
            + ".filter(tr => [...tr.querySelectorAll('td')].map(cell).join('').length > 0)"
            + ".sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private ConsoleBrowser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static ConsoleBrowser open() {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + freshProfile());
        return new ConsoleBrowser(new ChromeDriver(service, options));
    }

    /** Opens a console address such as {@code returns} and waits until the view is shown. */
    ConsoleBrowser go(String path) {
        driver.get(TestServer.baseUrl() + "/" + path);
        return idle();
    }

    /** Makes the viewport {@code width} × {@code height} CSS pixels, as a laptop's screen is. */
    ConsoleBrowser atSize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Brings the element with this id to the top of the view and saves what the browser shows as {@code file}. */
    ConsoleBrowser photograph(String id, Path file) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", byId(id));
        idle();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Whether the element with this id, brought into view, is on top: nothing (a notice, an overlay) covers its middle. */
    boolean onTop(String id) {
        var element = byId(id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const e = arguments[0], r = e.getBoundingClientRect();"
                        + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return !!hit && (e === hit || e.contains(hit) || hit.contains(e));", element));
    }

    /** Signs in on the sign-in page and waits for the signed-in console. */
    ConsoleBrowser signIn(String user, String password) {
        go("login");
        submitSignIn(user, password);
        return waitFor(b -> b.has("signed-in-user"));
    }

    void submitSignIn(String user, String password) {
        type(By.cssSelector("#sign-in vaadin-text-field input"), user);
        type(By.cssSelector("#sign-in vaadin-password-field input"), password + Keys.ENTER);
        idle();
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    WebElement byId(String id) {
        return wait.until(d -> d.findElement(By.id(id)));
    }

    ConsoleBrowser click(String id) {
        var element = byId(id);
        // the console scrolls inside its layout, not the page: bring the element to the middle first
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        return idle();
    }

    /** Clicks the element the CSS selector finds, brought to the middle of the view first. */
    ConsoleBrowser clickCss(String css) {
        var element = element(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        return idle();
    }

    /** Types into the input of the field with this id and leaves it, as a user would. */
    ConsoleBrowser fill(String id, String text) {
        var input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.ENTER);
        return idle();
    }

    /** Types into the input of the field with this id and moves on with Tab, as a user would. */
    ConsoleBrowser type(String id, String text) {
        var input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        return idle();
    }

    /** Presses keys in whatever has the focus, one after another, waiting for Vaadin after each. */
    ConsoleBrowser keys(CharSequence... keys) {
        for (var key : keys) {
            driver.switchTo().activeElement().sendKeys(key);
            idle();
        }
        return this;
    }

    /** Sizes the page's viewport as a user's screen ({@code 1280, 800}) and waits for the layout to follow. */
    ConsoleBrowser windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        var inner = (java.util.List<?>) ((JavascriptExecutor) driver).executeScript("return [window.innerWidth, window.innerHeight]");
        int extraWidth = width - ((Number) inner.get(0)).intValue();
        int extraHeight = height - ((Number) inner.get(1)).intValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width + extraWidth, height + extraHeight));
        return driver.getCurrentUrl().startsWith("http") ? idle() : this; // before any page, nothing to wait for
    }

    /** Saves what the window shows now as {@code file} (e.g. a screenshot for the README). */
    ConsoleBrowser photograph(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Chooses an item of a combo box by typing its label. */
    ConsoleBrowser choose(String id, String label) {
        var input = input(id);
        input.sendKeys(label);
        idle();
        input.sendKeys(Keys.ENTER);
        return idle();
    }

    /** Hands {@code file} to the Vaadin upload with this id, as choosing it in the file dialog would. */
    ConsoleBrowser upload(String id, Path file) {
        var input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const u = arguments[0]; const i = (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))"
                        + " || u.querySelector('input[type=file]'); i.hidden = false; i.style.display = 'block'; return i;",
                byId(id));
        input.sendKeys(file.toAbsolutePath().toString());
        return idle();
    }

    /** The address the Vaadin upload with this id posts its files to, absolute. */
    java.net.URI uploadTarget(String id) {
        return java.net.URI.create((String) ((JavascriptExecutor) driver).executeScript(
                "return new URL(arguments[0].target, document.baseURI).href", byId(id)));
    }

    /** The text of every notification the console shows now, one per line. */
    String notices() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(c => c.innerText).join('\\n')"));
    }

    /** Whether the button with this id is disabled. */
    boolean disabled(String id) {
        return byId(id).getDomAttribute("disabled") != null;
    }

    String fieldError(String id) {
        var field = byId(id);
        return field.getDomAttribute("invalid") == null ? "" : String.valueOf(field.getDomProperty("errorMessage"));
    }

    String textOf(String id) {
        return byId(id).getText();
    }

    /** The text of an element even where it is scrolled out of view (where {@link #textOf} reads ""). */
    String contentOf(String id) {
        return String.valueOf(byId(id).getDomProperty("textContent"));
    }

    /** The text of every rendered cell of a grid. */
    String gridText(String id) {
        var cells = byId(id).findElements(By.tagName("vaadin-grid-cell-content"));
        var text = new StringBuilder();
        cells.forEach(c -> text.append(c.getText()).append('\n'));
        return text.toString();
    }

    /** The text of every item of the open combo box's drop-down. */
    String comboItems() {
        var text = new StringBuilder();
        driver.findElements(By.tagName("vaadin-combo-box-item")).forEach(i -> text.append(i.getText()).append('\n'));
        return text.toString();
    }

    /** Clicks the grid cell that shows exactly {@code text}. */
    ConsoleBrowser clickCell(String gridId, String text) {
        wait.until(d -> byId(gridId).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(text)).findFirst()).orElseThrow().click();
        return idle();
    }

    /**
     * Follows the download link with this id as the browser would, with the browser's session
     * cookie, and answers the response.
     */
    java.net.http.HttpResponse<String> download(String anchorId) {
        var href = byId(anchorId).getDomProperty("href");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).header("Cookie", cookies())
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot download " + href, e);
        }
    }

    /** The browser's cookies for the console, as its Cookie header sends them. */
    String cookies() {
        var cookies = new StringBuilder();
        driver.manage().getCookies().forEach(c -> cookies.append(c.getName()).append('=').append(c.getValue()).append("; "));
        return cookies.toString();
    }

    /** The SameSite attribute of the session cookie as the browser keeps it (null when it has none). */
    String sessionCookieSameSite() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        if (cookie == null) {
            throw new AssertionError("the browser has no session cookie: " + cookies());
        }
        return cookie.getSameSite();
    }

    /** Whether the browser keeps the session cookie as Secure (sent only over HTTPS, or to localhost). */
    boolean sessionCookieSecure() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        if (cookie == null) {
            throw new AssertionError("the browser has no session cookie: " + cookies());
        }
        return cookie.isSecure();
    }

    /** Runs a script in the page ({@code arguments[0]}… are {@code args}) and answers what it returns. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Presses keys where the keyboard focus is, as a user without a mouse would. */
    ConsoleBrowser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return idle();
    }

    /** The page's title, as the browser's tab shows it. */
    String title() {
        return driver.getTitle();
    }

    /** The text of every {@code h1} a person sees on the page (shadow roots left aside: the console has none there). */
    @SuppressWarnings("unchecked")
    java.util.List<String> visibleHeadings() {
        return (java.util.List<String>) script("return [...document.querySelectorAll('h1')]"
                + ".filter(h => h.getClientRects().length > 0 && getComputedStyle(h).visibility !== 'hidden')"
                + ".map(h => h.textContent.trim())");
    }

    /** What Vaadin's own message box says (session ended, server error); "" when none is shown. */
    String systemMessage() {
        return String.valueOf(script("const m = document.querySelector('.v-system-error');"
                + " return m ? m.innerText : ''"));
    }

    /** Runs {@code steps} in a new tab of the same browser (same cookies), closes it and comes back. */
    ConsoleBrowser inAnotherTab(java.util.function.Consumer<ConsoleBrowser> steps) {
        var first = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            steps.accept(this);
        } finally {
            driver.close();
            driver.switchTo().window(first);
        }
        return this;
    }

    /**
     * Where the keyboard is: the id the console gave the focused element or the nearest element
     * around it (through shadow roots; Vaadin's own generated ids left aside), e.g. {@code filter-text}
     * while typing in its input, {@code returns-grid} on one of its cells.
     */
    String focusedId() {
        return String.valueOf(script("let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                + " while (e) { if (e.id && !e.id.includes('vaadin-') && e.getRootNode() === document) return e.id;"
                + " e = e.parentElement || e.getRootNode().host; }"
                + " return '';"));
    }

    /** The cells of the grid's row (or header row) that holds the keyboard focus, joined by " | "; null when none. */
    String focusedGridRow(String gridId) {
        return (String) script("const a = arguments[0].shadowRoot.activeElement; const tr = a && a.closest('tr');"
                + " if (!tr) return null;"
                + " const content = td => { const s = td.querySelector('slot'); return s ? s.assignedElements()[0] : null; };"
                + " return [...tr.querySelectorAll('th, td')].map(td => { const c = content(td);"
                + " return c ? c.innerText.trim() : ''; }).join(' | ');", byId(gridId));
    }

    /** Shift+Tab where the keyboard focus is: back to what comes before. */
    ConsoleBrowser shiftTab() {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return idle();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement element(String css) {
        return wait.until(d -> d.findElement(By.cssSelector(css)));
    }

    ConsoleBrowser waitFor(Predicate<ConsoleBrowser> condition) {
        wait.until(d -> isIdle() && condition.test(this));
        return this;
    }

    /** Makes the viewport exactly {@code width} × {@code height} CSS pixels, as a laptop's screen would be. */
    ConsoleBrowser viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Whether the element with this id is there and shown (not hidden). */
    boolean shown(String id) {
        return has(id) && byId(id).isDisplayed();
    }

    /** Whether the element with this id lies wholly inside the viewport, unscrolled and not covered. */
    boolean onScreen(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const e = arguments[0], r = e.getBoundingClientRect();"
                        + " if (r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) return false;"
                        + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return !!hit && (e === hit || e.contains(hit) || hit.contains(e));", byId(id)));
    }

    /** Whether the page needs no sideways scrolling and the grid shows every column without it either. */
    boolean fitsWidth(String gridId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const g = arguments[0], t = g.shadowRoot.querySelector('#table');"
                        + " return document.documentElement.scrollWidth <= innerWidth"
                        + " && g.getBoundingClientRect().right <= innerWidth && t.scrollWidth <= t.clientWidth;",
                byId(gridId)));
    }

    /** The rows the grid shows, top to bottom, each as the text of its cells joined by " | ". */
    @SuppressWarnings("unchecked")
    java.util.List<String> gridRows(String gridId) {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(GRID_ROWS + " return rows(arguments[0])"
                + ".map(tr => [...tr.querySelectorAll('td')].map(cell).join(' | '));", byId(gridId));
    }

    /** Ticks the selection box of the grid's row that shows {@code text}. */
    ConsoleBrowser selectRow(String gridId, String text) {
        var box = (WebElement) wait.until(d -> ((JavascriptExecutor) driver).executeScript(GRID_ROWS
                + " const row = rows(arguments[0]).find(tr => [...tr.querySelectorAll('td')].map(cell).join(' ').includes(arguments[1]));"
                + " return row ? content(row.querySelector('td')).querySelector('vaadin-checkbox') : null;", byId(gridId), text));
        box.click();
        return idle();
    }

    /** Clicks the sorter of the grid's column with this header, as a user sorting by it would. */
    ConsoleBrowser sortBy(String gridId, String header) {
        var sorter = wait.until(d -> byId(gridId).findElements(By.tagName("vaadin-grid-sorter")).stream()
                .filter(s -> s.getText().trim().equals(header)).findFirst()).orElseThrow();
        sorter.click();
        return idle();
    }

    /** Saves what the browser shows now as {@code file} (e.g. a screenshot for the README). */
    void screenshotTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void screenshot(String name) {
        try {
            var dir = Files.createDirectories(TARGET.resolve("console-screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private ConsoleBrowser idle() {
        wait.until(d -> isIdle());
        return this;
    }

    private boolean isIdle() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(VAADIN_IDLE));
    }

    private WebElement input(String id) {
        return type(By.cssSelector("#" + id + " input, #" + id + " textarea"), "");
    }

    private WebElement type(By by, CharSequence text) {
        var input = wait.until(d -> d.findElement(by));
        input.sendKeys(text);
        return input;
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory(Files.createDirectories(TARGET), "chromium-profile-").toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
