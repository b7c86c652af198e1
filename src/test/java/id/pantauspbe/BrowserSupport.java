package id.pantauspbe;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium from the system (Debian's {@code chromium}, or {@code CHROMIUM_PATH}) driven
 * by Playwright; Playwright's own browser download is never used. Without a Chromium the browser
 * tests are skipped, except in CI ({@code CI=true}), where they fail.
 */
public final class BrowserSupport {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private BrowserSupport() {}

    public static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path path = Path.of(configured != null ? configured : "/usr/bin/chromium");
        boolean present = Files.isExecutable(path);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("No Chromium at " + path + ": CI must install it");
        }
        assumeTrue(present, "No Chromium at " + path + "; browser tests skipped");
        return path;
    }

    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright, Path chromium) {
        // waits, not time limits: a page may take longer than Playwright's 5 s on a loaded 2-core machine
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    /** Opens a URL, signs in on the login page it leads to, and waits for the target page. */
    public static void openAs(Page page, String url, String username, String password) {
        page.navigate(url);
        page.getByLabel("Nama pengguna").fill(username);
        page.getByLabel("Kata sandi").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    /**
     * The browser, with every context and page it opens watched for Content Security Policy
     * violations reported in the console; each is added to {@code violations}.
     */
    public static Browser watchingCsp(Browser browser, List<String> violations) {
        return (Browser) java.lang.reflect.Proxy.newProxyInstance(
                Browser.class.getClassLoader(), new Class<?>[] {Browser.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(browser, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof com.microsoft.playwright.BrowserContext context) {
                        context.onConsoleMessage(m -> recordCsp(m.text(), violations));
                    } else if (result instanceof Page page) {
                        page.onConsoleMessage(m -> recordCsp(m.text(), violations));
                    }
                    return result;
                });
    }

    private static void recordCsp(String text, List<String> violations) {
        if (text.contains("Content Security Policy")) {
            violations.add(text);
        }
    }

    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
