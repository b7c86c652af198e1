package id.pantauspbe.access.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import id.pantauspbe.access.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator's administration in real Chromium: the stage schedule, creating an account that
 * then signs in, and seeing that in the audit trail.
 */
class AdminBrowserIT extends BrowserTest {

    @Autowired
    UserService users;

    @Test
    void theCoordinatorCreatesAnAccountThatCanSignInAndSeesItInTheAuditTrail() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/tahapan?tahun=2026"), "koordinator", "demo");
            Locator schedule = page.locator("vaadin-grid.cycle-grid");
            assertThat(schedule).containsText("Penilaian mandiri");
            assertThat(schedule).containsText("Terbuka");
            assertThat(page.locator("vaadin-button.close-mandiri")).isVisible();
            assertThat(page.locator("vaadin-button.open-dokumen")).isVisible();
            BrowserSupport.screenshot(page, "tahapan-koordinator");

            page.navigate(url("/pengguna"));
            assertThat(page.locator("vaadin-grid.users-grid")).containsText("bappeda");
            page.locator("vaadin-button.add-user").click();
            page.getByLabel("Nama pengguna").fill("operator.dinsos");
            page.getByLabel("Nama lengkap").fill("Operator Dinas Sosial");
            page.locator("vaadin-combo-box input").fill("Dinas Sosial");
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Dinas Sosial"))
                    .click();
            page.locator("vaadin-password-field input").fill("sandi-dinsos-2026");
            BrowserSupport.screenshot(page, "pengguna-tambah");
            page.locator("vaadin-button.save-user").click();
            assertThat(page.getByText("Akun operator.dinsos tersimpan.")).isVisible();
            assertThat(page.locator("vaadin-grid.users-grid")).containsText("Operator Dinas Sosial");
            BrowserSupport.screenshot(page, "pengguna");

            page.navigate(url("/audit?jenis=USER&cari=operator.dinsos"));
            Locator audit = page.locator("vaadin-grid.audit-grid");
            assertThat(audit).containsText("Akun dibuat");
            assertThat(audit).containsText("koordinator");
        }
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/penilaian?tahun=2026"), "operator.dinsos", "sandi-dinsos-2026");
            // Dinas Sosial leads no indicator of 8/2026: nothing to fill in, and it says why
            assertThat(page.locator(".scope-note"))
                    .hasText("OPD Anda tidak memimpin indikator pada tahun ini, jadi tidak ada yang perlu diisi.");
            assertThat(page.locator(".assessment-empty")).containsText("Tidak ada indikator dalam lingkup Anda");
        }
    }
}
