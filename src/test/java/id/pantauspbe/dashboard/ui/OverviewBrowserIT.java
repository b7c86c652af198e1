package id.pantauspbe.dashboard.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The overview in real headless Chromium against the running application. */
class OverviewBrowserIT extends BrowserTest {

    @Test
    void kadisSeesThe2021ResultPicksAnotherYearOnTheTrendAndDownloadsItsReport() throws Exception {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            assertThat(page.getByLabel("Nama pengguna")).isVisible();
            BrowserSupport.screenshot(page, "login");
            BrowserSupport.openAs(page, "http://localhost:" + port + "/?instansi=CONTOH&tahun=2021", "kadis", "demo");

            assertThat(page.locator(".tile-index .tile-value")).hasText("2,51");
            assertThat(page.locator(".predikat-badge")).hasText("Cukup");
            // 2020 -> 2021 crosses the framework boundary: no change as a number
            assertThat(page.locator(".tile-change .tile-value")).hasText("tidak ditampilkan");
            assertThat(page.locator(".brand-name")).hasText("Pemerintah Kabupaten Contoh");

            Locator trend = page.locator("pantau-chart.trend-chart");
            assertThat(trend).hasAttribute("data-rendered", "true");
            assertThat(paintedPixels(trend)).isGreaterThan(5_000);
            BrowserSupport.screenshot(page, "overview-2021-desktop");

            // the toolbox's data view: the figures as the page writes them, and a CSV download of the same
            String table = (String) trend.evaluate("el => { const option = el.chart.getOption();"
                    + " const box = el.dataTable(option, option.toolbox[0].feature.dataView);"
                    + " document.body.appendChild(box); return box.querySelector('table').innerText; }");
            assertThat(table).contains("2,51").doesNotContain("2.51");
            Download csv = page.waitForDownload(
                    // the table is detached from the layout here, so the button is pressed directly
                    () -> page.evaluate("document.querySelector('button.chart-data-download').click()"));
            String csvText = java.nio.file.Files.readString(csv.path());
            assertThat(csvText).startsWith("\ufeff").contains(";2,51");
            page.evaluate("document.querySelector('.chart-data').remove()");

            // the cards above it (plan, setara) may push the chart below the fold: click where it is seen
            trend.scrollIntoViewIfNeeded();
            double x = ((Number) trend.evaluate("el => el.pixelForX(2024)")).doubleValue();
            var box = trend.boundingBox();
            page.mouse().click(box.x + x, box.y + box.height / 2);

            assertThat(page.locator(".tile-index .tile-value")).hasText("3,77");
            assertThat(page.locator(".predikat-badge")).hasText("Sangat Baik");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*tahun=2024.*"));
            assertThat(trend).hasAttribute("data-rendered", "true");
            BrowserSupport.screenshot(page, "overview-2024-desktop");

            Download download =
                    page.waitForDownload(() -> page.locator(".overview-report").click());
            assertThat(download.suggestedFilename()).isEqualTo("laporan-spbe-CONTOH-2024.pdf");
            try (PdfReader reader = new PdfReader(download.path().toString())) {
                assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                        .contains("Laporan SPBE", "Tahun 2024", "3,77");
            }
        }
    }

    @Test
    void overviewFitsAPhoneScreen() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true))) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, "http://localhost:" + port + "/?instansi=CONTOH&tahun=2026", "koordinator", "demo");
            assertThat(page.locator(".tile-complete .tile-value")).hasText("Belum lengkap");
            assertThat(page.locator("pantau-chart.trend-chart")).hasAttribute("data-rendered", "true");
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(scrollWidth).isLessThanOrEqualTo(360);
            BrowserSupport.screenshot(page, "overview-2026-phone");
        }
    }

    @Test
    void controlsAreReachableByKeyboard() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, "http://localhost:" + port + "/?instansi=CONTOH&tahun=2021", "kadis", "demo");
            assertThat(page.locator(".tile-index .tile-value")).hasText("2,51");
            boolean reachedYear = false;
            for (int i = 0; i < 25 && !reachedYear; i++) {
                page.keyboard().press("Tab");
                reachedYear = (Boolean) page.evaluate("() => { let a = document.activeElement;"
                        + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
                        + " return !!(a && a.closest && a.closest('.filter-year')); }");
            }
            assertThat(reachedYear).as("year selector reachable with Tab").isTrue();
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-select.filter-year")).hasAttribute("opened", "");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            // the list runs from the newest year down, so the next entry is 2020
            assertThat(page.locator(".tile-index .tile-value")).hasText("3,08");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*tahun=2020.*"));
        }
    }

    /** Pixels of the chart canvas that are neither transparent nor white. */
    private static int paintedPixels(Locator chart) {
        Object count = chart.evaluate("el => { const c = el.querySelector('canvas'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 0; i < d.length; i += 4) {"
                + " if (d[i + 3] > 0 && (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245)) n++; }"
                + " return n; }");
        return ((Number) count).intValue();
    }
}
