package id.pantauspbe;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every view a Kepala Dinas, a coordinator and an OPD operator open, for 2021 (final results) and
 * 2026 (a self-assessment in progress under the new framework), at 1600 × 1000: each is screenshot
 * (target/screenshots/semua-*), checked with axe-core for serious or critical WCAG 2 A/AA
 * violations, and for 2026 checked that the draft is never presented as a result.
 */
class AllViewsBrowserIT extends BrowserTest {

    private static final List<String> VIEWS = List.of(
            "/",
            "/tren",
            "/tren?tampilan=setara",
            "/tren-opd",
            "/indikator",
            "/lemah",
            "/pembanding",
            "/opd",
            "/data-dukung",
            "/penilaian",
            "/tahapan");

    private static BrowserContext wide() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Waits until the view has drawn its title and charts. */
    private static void settle(Page page) {
        page.locator("h2.view-title, .view-title").first().waitFor();
        for (var chart : page.locator("pantau-chart").all()) {
            assertThat(chart).hasAttribute("data-rendered", "true");
        }
    }

    private static List<String> seriousViolations(Page page) {
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa"))
                .analyze()
                .getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp());
            }
        }
        return found;
    }

    private void walk(String user, int year, List<String> paths) {
        try (BrowserContext context = wide()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/?instansi=CONTOH&tahun=" + year), user, "demo");
            List<String> problems = new ArrayList<>();
            for (String path : paths) {
                page.navigate(url(path + (path.contains("?") ? "&" : "?") + "instansi=CONTOH&tahun=" + year));
                settle(page);
                String name = path.replaceAll("[^a-z]", "-").replaceAll("(^-+|-+$)", "");
                BrowserSupport.screenshot(
                        page, "semua-" + user + "-" + year + "-" + (name.isEmpty() ? "ringkasan" : name));
                seriousViolations(page).forEach(v -> problems.add(path + ": " + v));
                if (year == 2026) {
                    String text = page.locator("main, body").first().innerText();
                    // the 2026 draft (14 of 20 indicators) against the 2025 final: no change number, no result title
                    assertThat(text).as(path + " for 2026").doesNotContain("−0,81", "Hasil evaluasi tahun 2026");
                }
            }
            assertThat(problems)
                    .as("serious or critical accessibility violations")
                    .isEmpty();
        }
    }

    @Test
    void aKepalaDinasSeesEveryViewOf2021() {
        walk("kadis", 2021, VIEWS);
    }

    @Test
    void aKepalaDinasSeesEveryViewOf2026WithoutADraftShownAsAResult() {
        walk("kadis", 2026, VIEWS);
        try (BrowserContext context = wide()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/rakor?instansi=CONTOH&tahun=2026"), "kadis", "demo");
            assertThat(page.locator(".slide-title .fact-index .fact-value")).hasText("3,17");
            assertThat(page.locator(".slide-title")).containsText("sementara, 14 dari 20 indikator");
            assertThat(page.locator("body")).not().containsText("Hasil evaluasi tahun 2026");
            BrowserSupport.screenshot(page, "semua-kadis-2026-rakor");
        }
    }

    @Test
    void aCoordinatorSeesTheAdministrationViews() {
        walk(
                "koordinator",
                2026,
                List.of(
                        "/pengguna",
                        "/audit",
                        "/cadangan",
                        "/pengingat",
                        "/opd-daftar",
                        "/pemetaan-setara",
                        "/profil",
                        "/tahapan",
                        "/target",
                        "/impor"));
    }

    @Test
    void anOpdOperatorSeesTheirEntryAndEvidence() {
        walk("bappeda", 2026, List.of("/", "/penilaian", "/data-dukung", "/opd"));
        walk("bappeda", 2021, List.of("/", "/data-dukung"));
    }

    @Test
    void aPageTheRoleMayNotOpenOrThatDoesNotExistIsExplainedInIndonesian() {
        walk("kadis", 2021, List.of("/impor", "/pengguna"));
        try (BrowserContext context = wide()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/?instansi=CONTOH&tahun=2021"), "kadis", "demo");
            page.navigate(url("/impor"));
            assertThat(page.locator(".not-found-text"))
                    .hasText("Alamat /impor tidak ada, atau tidak dapat dibuka dengan peran Anda. Pilih halaman dari"
                            + " menu, atau kembali ke Ringkasan.");
            assertThat(page.locator("body")).not().containsText("Could not navigate");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Kembali ke Ringkasan"))
                    .click();
            assertThat(page.locator("h2.view-title").first()).containsText("Ringkasan");
            BrowserSupport.screenshot(page, "semua-kadis-tidak-tersedia");
            // a path that is no view at all (an old bookmark, a typo) and one with markup in it
            var response = page.navigate(url("/tidak-ada/<b>x</b>"));
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator(".not-found-text")).containsText("Alamat /tidak-ada/%3Cb%3Ex%3C/b%3E tidak ada");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Kembali ke Ringkasan"))
                    .click();
            assertThat(page.locator("h2.view-title").first()).containsText("Ringkasan");
        }
    }
}
