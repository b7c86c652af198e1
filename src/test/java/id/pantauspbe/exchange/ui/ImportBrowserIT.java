package id.pantauspbe.exchange.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The coordinator imports a spreadsheet in real headless Chromium: first with mistakes, then fixed. */
class ImportBrowserIT extends BrowserTest {

    @Test
    void coordinatorFixesAFileAfterTheReportAndDownloadsATemplate() throws Exception {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setAcceptDownloads(true))) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, "http://localhost:" + port + "/impor", "koordinator", "demo");
            assertThat(page.locator(".view-title")).hasText("Impor & Ekspor data evaluasi");

            String wrong = "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                    + "UJI-BROWSER;Kabupaten Uji Peramban;2022;final;I1;3\n"
                    + "UJI-BROWSER;Kabupaten Uji Peramban;2022;final;I2;3,5\n";
            upload(page, "nilai-2022.csv", wrong);
            assertThat(page.locator(".import-status"))
                    .hasText("Berkas nilai-2022.csv tidak diimpor: 1 kesalahan. Tidak ada data yang disimpan."
                            + " Perbaiki lalu unggah lagi.");
            assertThat(page.locator("vaadin-grid.import-problems"))
                    .containsText("Nilai 3,5 di luar skala indikator I2 tahun 2022: bilangan bulat 1 sampai 5.");
            BrowserSupport.screenshot(page, "import-report");

            upload(page, "nilai-2022.csv", wrong.replace("I2;3,5", "I2;4"));
            assertThat(page.locator(".import-status"))
                    .hasText("Berkas nilai-2022.csv diimpor: 2 baris, 2 baru, 0 diubah, 0 tidak berubah."
                            + " Instansi baru dibuat: UJI-BROWSER.");
            BrowserSupport.screenshot(page, "import-success");

            Download download =
                    page.waitForDownload(() -> page.locator("a.template-hasil").click());
            assertThat(download.suggestedFilename()).isEqualTo("templat-hasil.xlsx");
            assertThat(Files.readAllBytes(download.path())).startsWith('P', 'K');
        }
    }

    private static void upload(Page page, String name, String content) {
        page.locator("vaadin-upload.import-upload input[type=file]")
                .setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
    }
}
