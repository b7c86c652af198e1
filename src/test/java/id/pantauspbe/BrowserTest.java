package id.pantauspbe;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Journeys in real headless Chromium against the running application (see {@link BrowserSupport}). */
@AppTest
public abstract class BrowserTest {

    private static Playwright playwright;
    /** Watched for Content Security Policy violations: every journey fails on one. */
    protected static Browser browser;

    private static final List<String> CSP_VIOLATIONS = new CopyOnWriteArrayList<>();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        var chromium = BrowserSupport.chromium();
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.watchingCsp(BrowserSupport.launch(playwright, chromium), CSP_VIOLATIONS);
    }

    @AfterEach
    void noContentSecurityPolicyViolation() {
        List<String> seen = List.copyOf(CSP_VIOLATIONS);
        CSP_VIOLATIONS.clear();
        assertThat(seen)
                .as("Content Security Policy violations in the browser console")
                .isEmpty();
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /** A desktop-sized browser context (1366 × 900). */
    protected static BrowserContext desktop() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
        context.setDefaultTimeout(30_000);
        return context;
    }
}
