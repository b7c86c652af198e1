package id.pantauspbe.assessment.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The self-assessment journey in real Chromium: Bappeda's operator fills in one of Bappeda's
 * indicators; the coordinator then sees the value on the entry page and its entry in the audit trail.
 */
class AssessmentBrowserIT extends BrowserTest {

    @Autowired
    EvaluationService evaluation;

    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void restore() {
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> evaluation.saveValues(
                        "CONTOH", 2026, Stage.MANDIRI, Map.of("I2", new BigDecimal("3.10")), "uji"));
    }

    @Test
    void bappedaFillsItsIndicatorAndTheCoordinatorSeesTheValueAndItsAuditEntry() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/penilaian?instansi=CONTOH&tahun=2026&indikator=I2"), "bappeda", "demo");
            assertThat(page.locator(".scope-note")).hasText("Anda dapat mengisi 2 indikator yang dipimpin OPD Anda.");
            assertThat(page.locator(".stage-line"))
                    .containsText("Penilaian mandiri: 1 Oktober 2026 – 11 Desember 2026");
            assertThat(page.locator(".stage-line")).containsText("18 hari lagi");
            Locator grid = page.locator("vaadin-grid.assessment-grid");
            assertThat(grid).containsText("Tingkat Kematangan Tata Kelola Pemdi");
            assertThat(page.locator(".entry-editor > h3").first())
                    .hasText("I2 Tingkat Kematangan Manajemen Layanan Digital Pemerintah");

            Locator value = page.locator("vaadin-big-decimal-field.entry-decimal input");
            assertThat(value).hasValue("3,10");
            value.fill("3,60");
            value.press("Tab");
            assertThat(page.locator(".entry-effect")).containsText("→");
            assertThat(page.locator(".entry-effect")).containsText("(+0,");
            page.locator("vaadin-text-area.entry-justification textarea")
                    .fill("Perbup manajemen Pemdi 2026 sudah ditetapkan");
            BrowserSupport.screenshot(page, "penilaian-operator");
            page.locator("vaadin-button.entry-save").click();
            assertThat(page.getByText("Nilai I2 tersimpan.")).isVisible();
            assertThat(page.locator(".entry-last")).containsText("Terakhir diubah oleh bappeda");
        }
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(
                    page, url("/penilaian?instansi=CONTOH&tahun=2026&indikator=I2"), "koordinator", "demo");
            assertThat(page.locator("vaadin-big-decimal-field.entry-decimal input"))
                    .hasValue("3,60");
            assertThat(page.locator(".entry-last")).containsText("Terakhir diubah oleh bappeda");

            page.navigate(url("/audit?jenis=VALUE&tahun=2026&cari=I2"));
            Locator audit = page.locator("vaadin-grid.audit-grid");
            assertThat(audit).containsText("bappeda");
            assertThat(audit).containsText("Nilai diubah");
            assertThat(audit).containsText("Penilaian mandiri");
            assertThat(audit).containsText("3,1");
            assertThat(audit).containsText("3,6");
            assertThat(audit).containsText("Perbup manajemen Pemdi 2026 sudah ditetapkan");
            BrowserSupport.screenshot(page, "audit-koordinator");
        }
    }
}
