package id.pantauspbe.opd.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The OPD ranking and the page of a weak OPD in real headless Chromium. */
class OpdBrowserIT extends BrowserTest {

    @Test
    void rankingLeadsToTheDinasSosialPage() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, "http://localhost:" + port + "/opd?instansi=CONTOH&tahun=2025", "koordinator", "demo");
            assertThat(page.locator(".opd-ranking")).containsText("Bappeda");
            assertThat(page.locator(".opd-ranking")).containsText("indeks OPD di bawah 3,00");
            assertThat(page.locator("pantau-chart.opd-heatmap")).hasAttribute("data-rendered", "true");
            BrowserSupport.screenshot(page, "opd-2025");

            page.locator(".opd-ranking")
                    .getByText("Dinsos", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*/opd/\\d+\\?.*"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                    .hasText("Dinas Sosial tahun 2025");
            assertThat(page.locator(".opd-reasons")).containsText("indeks OPD di bawah 3,00");
            BrowserSupport.screenshot(page, "opd-dinsos-2025");
        }
    }
}
