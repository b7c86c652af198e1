package id.pantauspbe.opd.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The OPD trend from the Tren page's third level, and an OPD's journey, painted in real Chromium. */
class OpdTrendBrowserIT extends BrowserTest {

    @Test
    void theTrendByOpdPaintsAndLeadsToAnOpdPageWithItsJourney() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, "http://localhost:" + port + "/tren?instansi=CONTOH&tahun=2025&tingkat=opd", "kadis", "demo");
            assertThat(page.locator(".opd-trend-summary")).containsText("Dinas Sosial lemah sejak 2023");
            assertThat(page.locator("pantau-chart.opd-trend-chart")).hasAttribute("data-rendered", "true");
            BrowserSupport.screenshot(page, "tren-opd-2025");

            page.locator(".opd-trend-layout").getByText("Grafik kecil per OPD").click();
            assertThat(page).hasURL(Pattern.compile(".*/tren-opd\\?.*tampilan=kecil.*"));
            assertThat(page.locator("pantau-chart.opd-trend-chart")).hasAttribute("data-rendered", "true");
            BrowserSupport.screenshot(page, "tren-opd-kecil");

            page.locator(".opd-trend-grid").getByText("Disdukcapil").click();
            assertThat(page).hasURL(Pattern.compile(".*/opd/\\d+\\?instansi=CONTOH.*"));
            assertThat(page.locator(".opd-rank-history")).containsText("2023: ");
            assertThat(page.locator("pantau-chart.opd-page-trend-chart")).hasAttribute("data-rendered", "true");
            BrowserSupport.screenshot(page, "opd-disdukcapil-perjalanan");
        }
    }
}
