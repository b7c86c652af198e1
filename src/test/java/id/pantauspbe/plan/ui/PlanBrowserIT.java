package id.pantauspbe.plan.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.pantauspbe.BrowserSupport;
import id.pantauspbe.BrowserTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.ValueEntry;
import id.pantauspbe.plan.PlanProgress;
import id.pantauspbe.plan.PlanService;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner in headless Chromium: the demo's plan for 2022 (target 3,20 from the 2021 result), a
 * step ticked off, the plan saved, and its progress after a self-assessment value changes.
 */
class PlanBrowserIT extends BrowserTest {

    @Autowired
    PlanService plans;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    CurrentUser currentUser;

    private ValueEntry original;

    @Test
    void aCoordinatorPlans2022TicksAStepOffSavesAndSeesProgress() {
        String url = "http://localhost:" + port + "/rencana?instansi=CONTOH&tahun=2022";
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            BrowserSupport.openAs(page, url, "koordinator", "demo");
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
            String before = page.locator(".plan-progress-count").textContent();

            // a self-assessment value reaching an open step's level counts it as reached
            PlanProgress progress = plans.progress("CONTOH", 2022).orElseThrow();
            PlanProgress.StepProgress open = progress.steps().stream()
                    .filter(s -> !s.reached())
                    .findFirst()
                    .orElseThrow();
            currentUser.runAs(
                    "koordinator",
                    Role.ADMIN,
                    () -> evaluation.saveValues(
                            "CONTOH",
                            2022,
                            Stage.MANDIRI,
                            Map.of(
                                    open.step().indicatorCode(),
                                    open.step().to().setScale(0, java.math.RoundingMode.DOWN)),
                            "koordinator"));
            page.navigate("http://localhost:" + port + "/?instansi=CONTOH&tahun=2022");
            assertThat(page.locator(".plan-progress-count"))
                    .hasText((progress.reachedCount() + 1) + " dari " + progress.total() + " langkah tercapai");
            assertThat(before).isEqualTo(progress.reachedCount() + " dari " + progress.total() + " langkah tercapai");
            BrowserSupport.screenshot(page, "plan-2022-progress-on-ringkasan");
        } finally {
            // leave the shared demo database as it was for the other journeys
            currentUser.runAs("koordinator", Role.ADMIN, () -> {
                plans.deletePlan("CONTOH", 2022);
                if (original != null) {
                    evaluation.saveValues(
                            "CONTOH",
                            2022,
                            Stage.MANDIRI,
                            Map.of(original.indicatorCode(), original.value()),
                            "koordinator");
                }
            });
        }
    }
}
