package id.pantauspbe.rakor.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.rakor.RakorService;
import id.pantauspbe.rakor.RakorSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rakor presentation in real headless Chromium, walked by keyboard as a presenter would. */
class RakorBrowserIT extends BrowserTest {

    private static final int TOTAL = 10;

    @Autowired
    RakorService rakor;

    @Autowired
    CurrentUser currentUser;

    @Test
    void presenterWalksEverySlideByKeyboardAt1920x1080() {
        RakorSnapshot expected = snapshot(false);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080))) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/rakor?instansi=CONTOH&tahun=2021"), "kadis", "demo");
            assertThat(page.locator(".rakor-counter")).hasText("1 / " + TOTAL);
            assertThat(page.locator(".slide-title .fact-index .fact-value")).hasText("2,51");
            assertThat(page.locator(".slide-title .predikat-badge")).hasText("Cukup");
            assertThat(page.locator(".slide-title .title-data-per")).hasText("Data per 23 November 2026, 09.00");
            assertThat(page.locator(".slide-title .title-main")).hasText("Rapat Koordinasi Evaluasi SPBE");

            // → Space PageDown, and so on: every slide once
            List<String> forward = List.of(
                    "ArrowRight", " ", "PageDown", "ArrowRight", "ArrowRight", " ", "PageDown", "ArrowRight", " ");
            for (int n = 1; n <= TOTAL; n++) {
                if (n > 1) {
                    page.keyboard().press(forward.get(n - 2));
                }
                assertThat(page.locator(".rakor-counter")).hasText(n + " / " + TOTAL);
                assertThat(page).hasURL(Pattern.compile(".*slide=" + n + "(&.*)?$"));
                if (page.locator("pantau-chart").count() > 0) {
                    assertThat(page.locator("pantau-chart").first()).hasAttribute("data-rendered", "true");
                }
                assertFits(page, 1920, 1080);
                assertReadable(page);
                screenshot(page, "rakor-" + n);
            }
            // slide content: the previous rakor, the change, the weakest indicators with their lead OPD
            page.keyboard().press("Home");
            assertThat(page.locator(".rakor-counter")).hasText("1 / " + TOTAL);
            page.keyboard().press("ArrowRight");
            assertThat(page.locator(".slide-previous .slide-heading")).hasText("Tindak lanjut rencana aksi rakor 2020");
            assertThat(page.locator(".previous-actions")).containsText("Menyusun Arsitektur SPBE daerah");
            assertThat(page.locator(".previous-actions")).containsText("Selesai");
            page.keyboard().press("ArrowRight");
            // 2020 -> 2021 crosses the framework boundary: no change as a number, and why (issue 12)
            assertThat(page.locator(".slide-trend .fact-change .fact-value")).hasText("\u2013");
            assertThat(page.locator(".slide-trend .slide-hint")).containsText("kerangka evaluasi yang berbeda");
            page.keyboard().press("ArrowRight");
            assertThat(page.locator(".slide-change .slide-note")).containsText("kerangka evaluasi yang berbeda");
            assertThat(page.locator(".slide-change .change-table")).hasCount(0);
            page.keyboard().press("End");
            assertThat(page.locator(".rakor-counter")).hasText(TOTAL + " / " + TOTAL);
            // a presenter looks at each slide before the next key
            List<String> backward = List.of("PageUp", "ArrowLeft", "ArrowLeft", "ArrowLeft");
            for (int k = 0; k < backward.size(); k++) {
                page.keyboard().press(backward.get(k));
                assertThat(page.locator(".rakor-counter")).hasText((TOTAL - 1 - k) + " / " + TOTAL);
            }
            assertThat(page.locator(".rakor-counter")).hasText("6 / " + TOTAL);
            // the slide shows the head of the short weak list (the PDF lists it all)
            for (RakorSnapshot.WeakIndicator w : expected.weakest().subList(0, 5)) {
                assertThat(page.locator(".weakest-table")).containsText(w.leadOpd());
                assertThat(page.locator(".weakest-table"))
                        .containsText(w.indicator().code() + " ");
            }
            // a reload keeps the place
            page.reload();
            assertThat(page.locator(".rakor-counter")).hasText("6 / " + TOTAL);
            assertThat(page.locator(".weakest-table")).isVisible();
            // the presenter switches the year without leaving the presentation
            page.locator("vaadin-select.filter-year").click();
            page.locator("vaadin-select-item")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("2024"))
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*tahun=2024.*slide=6.*"));
            assertThat(page.locator(".rakor-counter")).hasText("6 / " + TOTAL);
            page.keyboard().press("Home");
            assertThat(page.locator(".slide-title .fact-index .fact-value")).hasText("3,77");
        }
    }

    @Test
    void slidesFitAt1280x720AndOpdNamesCanBeHidden() {
        RakorSnapshot named = snapshot(false);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720))) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/rakor?instansi=CONTOH&tahun=2021&slide=1"), "koordinator", "demo");
            for (int n = 1; n <= TOTAL; n++) {
                if (n > 1) {
                    page.keyboard().press("ArrowRight");
                }
                assertThat(page.locator(".rakor-counter")).hasText(n + " / " + TOTAL);
                assertFits(page, 1280, 720);
            }
            screenshot(page, "rakor-1280-" + TOTAL);
            page.keyboard().press("Home");
            page.locator(".rakor-anonymous").click();
            assertThat(page).hasURL(Pattern.compile(".*anonim=1.*"));
            page.keyboard().press("End");
            page.keyboard().press("PageUp");
            page.keyboard().press("PageUp");
            page.keyboard().press("PageUp");
            page.keyboard().press("PageUp");
            assertThat(page.locator(".rakor-counter")).hasText("6 / " + TOTAL);
            String text = page.locator(".weakest-table").innerText();
            for (RakorSnapshot.WeakIndicator w : named.weakest()) {
                assertThat(text).doesNotContain(w.leadOpd());
            }
            assertThat(text).containsPattern("OPD [A-Z]+");
            screenshot(page, "rakor-1280-anonim-6");
        }
    }

    @Test
    void theCoordinatorSeesTheEditingControlsOnTheSlidesInEditModeOnly() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080))) {
            Page page = context.newPage();
            // presenting: no edit controls
            BrowserSupport.openAs(page, url("/rakor?instansi=CONTOH&tahun=2020&slide=10"), "koordinator", "demo");
            assertThat(page.locator(".rakor-counter")).hasText("10 / " + TOTAL);
            assertThat(page.locator(".closing-actions vaadin-select")).hasCount(0);
            assertThat(page.locator(".action-add")).hasCount(0);
            // the edit mode, switched on by the coordinator
            page.locator(".rakor-edit-mode").click();
            assertThat(page).hasURL(Pattern.compile(".*edit=1.*"));
            assertThat(page.locator(".rakor-counter")).hasText("10 / " + TOTAL);
            assertThat(page.locator(".closing-text")).containsText("Indeks 2020 naik menjadi 3,08");
            assertThat(page.locator(".closing-actions vaadin-select")).hasCount(4);
            assertThat(page.locator(".action-add")).isVisible();
            assertFits(page, 1920, 1080);
            assertReadable(page);
            screenshot(page, "rakor-koordinator-2020-9");
            page.navigate(url("/rakor?instansi=CONTOH&tahun=2025&slide=2&edit=1"));
            assertThat(page.locator(".slide-previous .slide-heading")).hasText("Tindak lanjut rencana aksi rakor 2024");
            assertThat(page.locator(".previous-actions vaadin-select")).hasCount(3);
            assertFits(page, 1920, 1080);
            screenshot(page, "rakor-koordinator-2025-2");
            page.setViewportSize(1280, 720);
            for (int n = 2; n <= TOTAL; n++) {
                assertThat(page.locator(".rakor-counter")).hasText(n + " / " + TOTAL);
                assertFits(page, 1280, 720);
                screenshot(page, "rakor-2025-1280-" + n);
                page.keyboard().press("ArrowRight");
            }
            screenshot(page, "rakor-koordinator-2025-1280-9");
        }
    }

    @Test
    void theDraftOf2026IsPresentedAsProvisionalAndEverySlideFits() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080))) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/rakor?instansi=CONTOH&tahun=2026&slide=1"), "kadis", "demo");
            assertThat(page.locator(".slide-title .title-sub"))
                    .hasText("Kabupaten Contoh \u00b7 Penilaian tahun 2026, belum hasil akhir");
            assertThat(page.locator(".slide-title .fact-provenance")).containsText("sementara, 14 dari 20 indikator");
            assertThat(page.locator(".slide-title .fact-predikat .fact-value")).hasText("\u2013");
            assertThat(page.locator(".predikat-badge")).hasCount(0);
            assertFits(page, 1920, 1080);
            screenshot(page, "rakor-2026-1");
            page.setViewportSize(1280, 720);
            for (int n = 1; n <= TOTAL; n++) {
                if (n > 1) {
                    page.keyboard().press("ArrowRight");
                }
                assertThat(page.locator(".rakor-counter")).hasText(n + " / " + TOTAL);
                assertFits(page, 1280, 720);
                screenshot(page, "rakor-2026-1280-" + n);
            }
        }
    }

    /** No scroll bar on the page, and nothing cut off at the bottom or the right of the slide. */
    private static void assertFits(Page page, int width, int height) {
        Object sizes =
                page.evaluate("() => { const d = document.documentElement; const s = document.querySelector('.slide');"
                        + " return [d.scrollWidth, d.scrollHeight, window.innerWidth, window.innerHeight,"
                        + " s.scrollHeight, s.clientHeight, s.scrollWidth, s.clientWidth]; }");
        List<?> v = (List<?>) sizes;
        int[] n = v.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
        assertThat(n[0]).as("page width").isLessThanOrEqualTo(n[2]);
        assertThat(n[1]).as("page height").isLessThanOrEqualTo(n[3]);
        assertThat(n[2]).isEqualTo(width);
        assertThat(n[3]).isEqualTo(height);
        assertThat(n[4]).as("slide content height at " + width + "x" + height).isLessThanOrEqualTo(n[5] + 1);
        assertThat(n[6]).as("slide content width at " + width + "x" + height).isLessThanOrEqualTo(n[7] + 1);
    }

    /** Body text of the slide at least 24 px. */
    private static void assertReadable(Page page) {
        Object sizes = page.evaluate("() => Array.from(document.querySelectorAll("
                + "'.slide p, .slide td, .slide td span, .slide li, .slide li span, .slide .fact-label, .slide-lead'))"
                + ".filter(e => e.offsetParent !== null && e.textContent.trim().length > 0)"
                + ".map(e => parseFloat(getComputedStyle(e).fontSize))");
        List<?> values = (List<?>) sizes;
        for (Object value : values) {
            assertThat(((Number) value).doubleValue())
                    .as("font size of slide text")
                    .isGreaterThanOrEqualTo(24.0);
        }
    }

    private static void screenshot(Page page, String name) {
        java.nio.file.Path file = BrowserSupport.SCREENSHOTS.resolve(name + ".png");
        try {
            java.nio.file.Files.createDirectories(BrowserSupport.SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        assertThat(Path.of(file.toString())).exists();
    }

    private RakorSnapshot snapshot(boolean anonymous) {
        AtomicReference<RakorSnapshot> result = new AtomicReference<>();
        currentUser.runAs(
                "kadis",
                Role.PIMPINAN,
                () -> result.set(rakor.snapshot("CONTOH", 2021, anonymous).orElseThrow()));
        return result.get();
    }
}
