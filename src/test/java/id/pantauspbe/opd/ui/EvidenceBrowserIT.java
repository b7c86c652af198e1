package id.pantauspbe.opd.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.pantauspbe.AppTest;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.StageDeadline;
import id.pantauspbe.opd.TestFiles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The evidence journey of an OPD operator in real headless Chromium (on a year of its own, 2033). */
@id.pantauspbe.OpenSelfAssessment(2033)
@AppTest
class EvidenceBrowserIT {

    private static final String HOME = "CONTOH";
    private static final int YEAR = 2033;
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    EvidenceService service;

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    @BeforeAll
    static void launch() {
        var chromium = BrowserSupport.chromium();
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright, chromium);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void checklist() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> {
            long bappeda = opds.findByShortName(HOME, "Bappeda").orElseThrow().id();
            long dinsos = opds.findByShortName(HOME, "Dinsos").orElseThrow().id();
            service.saveDeadline(new StageDeadline(
                    HOME, YEAR, "DATA_DUKUNG", "OPD melengkapi data dukung", LocalDate.of(2026, 12, 11)));
            service.add(HOME, YEAR, "I1", null, "SK Tim Koordinasi SPBE", bappeda, null, LocalDate.of(2026, 12, 11));
            service.add(
                    HOME,
                    YEAR,
                    "I19",
                    new BigDecimal("3"),
                    "Rekap tiket helpdesk layanan sosial",
                    dinsos,
                    null,
                    LocalDate.of(2026, 6, 18));
        });
    }

    @AfterEach
    void cleanUp() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> service.deleteYear(HOME, YEAR));
    }

    @Test
    void anOperatorUploadsALinkForTheirOpdsDocument() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, "http://localhost:" + port + "/data-dukung?instansi=CONTOH&tahun=" + YEAR, "bappeda", "demo");

            assertThat(page.locator("h2.view-title")).hasText("Data dukung Kabupaten Contoh tahun " + YEAR);
            assertThat(page.locator(".deadline-countdown")).hasText("18 hari lagi");
            Locator overdue = page.locator("vaadin-grid.overdue-grid");
            assertThat(overdue).containsText("Dinas Sosial");
            Locator grid = page.locator("vaadin-grid.evidence-grid");
            assertThat(grid).containsText("SK Tim Koordinasi SPBE");
            assertThat(grid).containsText("18 Juni 2026 · terlambat");
            // only Bappeda's own document can be edited
            assertThat(page.locator(".evidence-edit")).hasCount(1);
            BrowserSupport.screenshot(page, "data-dukung-operator");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ubah SK Tim Koordinasi SPBE"))
                    .click();
            assertThat(page.locator("vaadin-text-field.evidence-title input")).hasValue("SK Tim Koordinasi SPBE");
            page.locator("vaadin-select.evidence-status").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Diunggah"))
                    .click();
            page.locator("vaadin-text-field.evidence-link input").fill("https://drive.contoh.go.id/sk-tim.pdf");
            BrowserSupport.screenshot(page, "data-dukung-dialog");
            page.locator("vaadin-button.evidence-save").click();

            assertThat(page.getByText("Data dukung disimpan.")).isVisible();
            assertThat(grid).containsText("Diunggah");
            assertThat(grid.locator("a[href='https://drive.contoh.go.id/sk-tim.pdf']"))
                    .hasText("Buka");
        }
    }

    @Test
    void anOperatorUploadsAFileDownloadsItAndARenamedExecutableIsRefused() throws Exception {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setAcceptDownloads(true))) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, "http://localhost:" + port + "/data-dukung?instansi=CONTOH&tahun=" + YEAR, "bappeda", "demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ubah SK Tim Koordinasi SPBE"))
                    .click();
            assertThat(page.locator(".evidence-files-none")).hasText("Belum ada berkas yang diunggah.");
            Locator input = page.locator("vaadin-upload.evidence-upload input[type=file]");

            byte[] png = TestFiles.png();
            input.setInputFiles(new FilePayload("foto rapat.png", "image/png", png));
            assertThat(page.getByText("Berkas \"foto rapat.png\" diunggah.")).isVisible();
            Locator file = page.locator(".evidence-file-download");
            assertThat(file).hasText("foto rapat.png");
            assertThat(page.locator("vaadin-select.evidence-status")).containsText("Diunggah");

            input.setInputFiles(new FilePayload("laporan.pdf", "application/pdf", TestFiles.windowsExecutable()));
            assertThat(page.locator(".evidence-error"))
                    .hasText("Berkas \"laporan.pdf\" ditolak: isinya bukan PDF, gambar, atau dokumen kantor"
                            + " (terdeteksi application/x-msdownload).");
            assertThat(page.locator(".evidence-file")).hasCount(1);
            BrowserSupport.screenshot(page, "data-dukung-upload");

            Download download = page.waitForDownload(file::click);
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                    .isEqualTo("foto rapat.png");
            org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path()))
                    .isEqualTo(png);

            page.locator("vaadin-button.evidence-cancel").click();
            assertThat(page.locator("vaadin-grid.evidence-grid .evidence-file-download"))
                    .hasText("foto rapat.png");
        }
    }

    @Test
    void pimpinanSeesTheDemoDeadlinesAndWhoIsBehindWithoutEditControls() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, "http://localhost:" + port + "/data-dukung?instansi=CONTOH&tahun=2026", "kadis", "demo");

            assertThat(page.locator(".deadline-countdown"))
                    .containsText(new String[] {"lewat 158 hari", "11 hari lagi", "18 hari lagi"});
            assertThat(page.locator("vaadin-grid.overdue-grid")).containsText("Dinas Sosial");
            assertThat(page.locator("vaadin-grid.evidence-grid")).containsText("SK Tim Koordinasi SPBE");
            assertThat(page.locator(".evidence-edit")).hasCount(0);
            assertThat(page.locator(".evidence-carry")).hasCount(0);
            BrowserSupport.screenshot(page, "data-dukung-2026");
        }
    }
}
