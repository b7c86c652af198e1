package id.pantauspbe.plan.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.ValueEntry;
import id.pantauspbe.plan.PlanProgress;
import id.pantauspbe.plan.SavedPlanService;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner in headless Chromium: the demo's plan for 2022 (target 3,20 from the 2021 result), a
 * step ticked off and the plan saved; then the open year 2026 planned and saved, one of its steps
 * reached by a self-assessment value entered on the Penilaian page, and the Ringkasan counting it.
 * The 2022 self-assessment is closed, so the edit is made where a user can make it: in the open
 * 2026 self-assessment. Both plans and the edited value are put back afterwards for the other
 * journeys.
 */
class PlanBrowserIT extends BrowserTest {

    @Autowired
    SavedPlanService plans;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    CurrentUser currentUser;

    private ValueEntry original;

    @AfterEach
    void restore() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> {
            plans.deletePlan("CONTOH", 2022);
            plans.deletePlan("CONTOH", 2026);
            if (original != null) {
                evaluation.saveValues(
                        "CONTOH", 2026, Stage.MANDIRI, Map.of(original.indicatorCode(), original.value()), "uji");
            }
        });
    }

    @Test
    void aCoordinatorPlans2022TicksAStepOffSavesAndSeesProgress() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url("/rencana?instansi=CONTOH&tahun=2022"), "koordinator", "demo");
            assertThat(page.locator(".plan-basis-text"))
                    .hasText("Dari Hasil akhir 2021 · Hasil akhir resmi: 2,51; target 3,20.");
            assertThat(page.locator(".plan-reached")).containsText("Target tercapai: indeks 3,20");
            assertThat(page.locator(".plan-gap")).hasText("selisih dengan target 0,00");
            BrowserSupport.screenshot(page, "plan-2022");

            // tick the first step off: index and gap change at once, and the URL keeps it
            page.locator("vaadin-checkbox.plan-step-on").first().click();
            assertThat(page.locator(".plan-gap")).containsText("−");
            assertThat(page).hasURL(Pattern.compile(".*tanpa=I.*"));
            BrowserSupport.screenshot(page, "plan-2022-step-off");

            page.locator("vaadin-button.plan-save").click();
            assertThat(page.locator(".plan-progress-count")).containsText("langkah tercapai");
            PlanProgress saved2022 = plans.progress("CONTOH", 2022).orElseThrow();
            assertThat(page.locator(".plan-progress-count"))
                    .hasText(saved2022.reachedCount() + " dari " + saved2022.total() + " langkah tercapai");

            // the open year: plan it, save it, and see the Ringkasan count none reached yet
            page.navigate(url("/rencana?instansi=CONTOH&tahun=2026"));
            page.locator("vaadin-button.plan-save").click();
            assertThat(page.locator(".plan-progress-count")).containsText("langkah tercapai");
            PlanProgress progress = plans.progress("CONTOH", 2026).orElseThrow();
            String counted = " dari " + progress.total() + " langkah tercapai";
            page.navigate(url("/?instansi=CONTOH&tahun=2026"));
            assertThat(page.locator(".plan-progress-count")).hasText(progress.reachedCount() + counted);

            // an open step of an indicator already valued: enter its target level on the Penilaian page
            PlanProgress.StepProgress open = progress.steps().stream()
                    .filter(s -> !s.reached() && s.current() != null)
                    .findFirst()
                    .orElseThrow();
            String code = open.step().indicatorCode();
            original = evaluation.entries("CONTOH", 2026, Stage.MANDIRI).get(code);
            page.navigate(url("/penilaian?instansi=CONTOH&tahun=2026&indikator=" + code));
            Locator value = page.locator("vaadin-big-decimal-field.entry-decimal input");
            assertThat(value).hasValue(TextFormat.decimal(original.value()));
            value.fill(TextFormat.decimal(open.step().to()));
            value.press("Tab");
            assertThat(page.locator(".entry-effect")).containsText("→");
            page.locator("vaadin-text-area.entry-justification textarea")
                    .fill("Langkah rencana peningkatan 2026 tercapai");
            page.locator("vaadin-button.entry-save").click();
            assertThat(page.getByText("Nilai " + code + " tersimpan.")).isVisible();
            BrowserSupport.screenshot(page, "plan-2026-step-entered");

            page.navigate(url("/?instansi=CONTOH&tahun=2026"));
            assertThat(page.locator(".plan-progress-count")).hasText((progress.reachedCount() + 1) + counted);
            BrowserSupport.screenshot(page, "plan-2026-progress-on-ringkasan");
        }
    }
}
