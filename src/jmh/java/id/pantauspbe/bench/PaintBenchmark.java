package id.pantauspbe.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.pantauspbe.BrowserSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time to a painted page, as a user sees it, in headless Chromium against a running application:
 * from the navigation's start until the view title is shown and every chart has drawn ({@code
 * pantau-chart[data-rendered=true]}), for each page given, warm (after two unmeasured visits),
 * median, p95 and minimum of {@code rounds}. Used by {@code scripts/paint-benchmark.sh}.
 *
 * <pre>
 * java … id.pantauspbe.bench.PaintBenchmark http://localhost:18500 kadis demo 15 "/?instansi=CONTOH&tahun=2025" "/pembanding?instansi=CONTOH&tahun=2024"
 * </pre>
 */
public final class PaintBenchmark {

    private PaintBenchmark() {}

    /** Until the view title shows and every chart of the page has drawn. */
    private static void awaitPainted(Page page) {
        page.locator("h2.view-title, .view-title").first().waitFor();
        page.waitForFunction("() => [...document.querySelectorAll('pantau-chart')]"
                + ".every(c => c.getAttribute('data-rendered') === 'true')");
    }

    private static void report(String what, List<Long> times, Page page) {
        Collections.sort(times);
        System.out.printf(
                "%-58s painted: median %5d ms, p95 %5d ms, min %5d ms (%d rounds, %d charts)%n",
                what,
                times.get(times.size() / 2),
                times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1)),
                times.get(0),
                times.size(),
                page.locator("pantau-chart").count());
    }

    public static void main(String[] args) {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int rounds = Integer.parseInt(args[3]);
        try (Playwright playwright = BrowserSupport.playwright();
                Browser browser = BrowserSupport.launch(playwright, BrowserSupport.chromium());
                BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000))) {
            context.setDefaultTimeout(120_000);
            Page page = context.newPage();
            BrowserSupport.openAs(page, base + "/", user, password);
            for (int i = 4; i < args.length; i++) {
                String path = args[i];
                List<Long> times = new ArrayList<>();
                for (int round = -2; round < rounds; round++) {
                    long start = System.nanoTime();
                    page.navigate(base + path);
                    awaitPainted(page);
                    if (round >= 0) {
                        times.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                report("page load " + path, times, page);
            }
            // in the application: a click in the menu, the way a user moves between views
            page.navigate(base + "/");
            awaitPainted(page);
            for (String item : List.of("Pembanding", "Ringkasan")) {
                List<Long> times = new ArrayList<>();
                for (int round = -2; round < rounds; round++) {
                    page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Tren"))
                            .first()
                            .click();
                    page.waitForURL(u -> u.contains("/tren"));
                    awaitPainted(page);
                    long start = System.nanoTime();
                    page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(item))
                            .first()
                            .click();
                    page.waitForURL(u -> !u.contains("/tren"));
                    awaitPainted(page);
                    if (round >= 0) {
                        times.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                report("menu click " + item + " (from Tren)", times, page);
            }
        }
    }
}
