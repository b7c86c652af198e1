package id.pantauspbe.analysis.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The analysis journeys in real headless Chromium. */
class AnalysisBrowserIT extends BrowserTest {

    @Test
    void heatmapLeadsToAWeakManajemenIndicator() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page,
                    "http://localhost:" + port + "/indikator?instansi=CONTOH&tahun=2021&lemah=1",
                    "koordinator",
                    "demo");
            Locator heatmap = page.locator("pantau-chart.heatmap");
            assertThat(heatmap).hasAttribute("data-rendered", "true");
            BrowserSupport.screenshot(page, "indikator-2021-weak");

            // the y axis lists the rows bottom-up; find the row of I21 and click its 2021 cell
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) heatmap.evaluate("el => JSON.parse(el.option).yAxis.data");
            int row = -1;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).startsWith("I21 ")) {
                    row = i;
                }
            }
            assertThat(row).as("I21 among the weak indicators").isNotNegative();
            @SuppressWarnings("unchecked")
            List<Number> pixel = (List<Number>) heatmap.evaluate("(el, row) => el.pixelOf(0, row)", row);
            var box = heatmap.boundingBox();
            page.mouse()
                    .click(
                            box.x + pixel.get(0).doubleValue(),
                            box.y + pixel.get(1).doubleValue());

            assertThat(page).hasURL(Pattern.compile(".*/indikator/PERMENPANRB-59-2020/I21\\?.*instansi=CONTOH.*"));
            assertThat(page.locator("h2.view-title")).hasText("I21 Tingkat Kematangan Penerapan Manajemen Risiko SPBE");
            assertThat(page.locator(".fact-domain .tile-value-small")).hasText("Manajemen SPBE");
            assertThat(page.locator(".fact-weight .tile-value-small")).hasText("1,50 (1,50% dari indeks)");
            assertThat(page.locator(".levels-card")).containsText("1,00 – Rintisan");
            assertThat(page.locator(".levels-card")).containsText("5,00 – Optimum");
            assertThat(page.locator("pantau-chart.history-chart")).hasAttribute("data-rendered", "true");
            assertThat(page.locator(".history-grid")).containsText("2021");
            BrowserSupport.screenshot(page, "indikator-I21-detail");
        }
    }

    @Test
    void trendWeakAndPeersRender() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, "http://localhost:" + port + "/tren?instansi=CONTOH&tahun=2021", "kadis", "demo");
            assertThat(page.locator("pantau-chart.trend-lines")).hasAttribute("data-rendered", "true");
            // 2020 → 2021 crosses the framework boundary: no change number, and why
            assertThat(page.locator(".change-unavailable")).containsText("kerangka evaluasi");
            assertThat(page.locator("pantau-chart.waterfall")).hasCount(0);
            BrowserSupport.screenshot(page, "tren-2021");

            page.navigate("http://localhost:" + port + "/tren?instansi=CONTOH&tahun=2024");
            assertThat(page.locator("pantau-chart.waterfall")).hasAttribute("data-rendered", "true");
            assertThat(page.locator(".change-summary")).containsText("menjadi 3,77");
            BrowserSupport.screenshot(page, "tren-2024");

            page.navigate("http://localhost:" + port + "/lemah?instansi=CONTOH&tahun=2021");
            assertThat(page.locator(".weak-grid")).containsText("Manajemen SPBE");
            assertThat(page.locator(".thresholds-card")).containsText("Hanya koordinator");
            BrowserSupport.screenshot(page, "lemah-2021");

            page.navigate("http://localhost:" + port + "/pembanding?tahun=2021");
            assertThat(page.locator("pantau-chart.peers-chart")).hasAttribute("data-rendered", "true");
            assertThat(page.locator(".ranking-grid")).containsText("Kota Mojokerto");
            BrowserSupport.screenshot(page, "pembanding-2021");
        }
    }
}
