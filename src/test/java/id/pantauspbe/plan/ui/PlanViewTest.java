package id.pantauspbe.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.plan.SavedPlanService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The Rencana page: the demo's plan for 2022, what-if, limits and saving. */
@Transactional
class PlanViewTest extends KaribuTest {

    @Autowired
    SavedPlanService plans;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    CurrentUser currentUser;

    private void open(Map<String, String> params) {
        UI.getCurrent().navigate("rencana", QueryParameters.simple(params));
    }

    private static Checkbox firstBox(Grid<?> grid) {
        return (Checkbox) GridKt._getCellComponent(grid, 0, "on");
    }

    private String text(String className) {
        return _get(Span.class, s -> s.withClasses(className)).getText();
    }

    @Test
    void theKepalaDinasSeesThePlanFor2022AndTicksAStepOff() {
        login("kadis", "PIMPINAN");
        open(Map.of("instansi", "CONTOH", "tahun", "2022"));
        assertThat(_get(Paragraph.class, s -> s.withClasses("plan-basis-text")).getText())
                .isEqualTo("Dari Hasil akhir 2021 · Hasil akhir resmi: 2,51; target 3,20.");
        assertThat(_get(Paragraph.class, s -> s.withClasses("plan-reached")).getText())
                .startsWith("Target tercapai: indeks 3,2");
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("plan-steps"));
        List<String> first = GridKt._getFormattedRow(grid, 0);
        // the 2018/2020 levels are whole: "1 Rintisan → 3 Terdefinisi", not "1,00 Rintisan"
        assertThat(first.get(2)).matches("[1-5] \\p{L}[\\p{L} ]* → [1-5] \\p{L}[\\p{L} ]*");
        // exact points with four decimals at least, so the column reads evenly ("+0,0950", not "+0,095")
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._getFormattedRow(grid, row).get(4)).matches("\\+0,\\d{4,}");
        }
        // 2022 has no Data dukung checklist of its own: the needs come from 2025's, and the page says so
        assertThat(_get(Paragraph.class, s -> s.withClasses("plan-needs-source"))
                        .getText())
                .startsWith("Data dukung yang dibutuhkan diambil dari daftar tahun 2025 (kerangka yang sama), karena"
                        + " tahun 2022 belum punya daftar data dukung");
        // the demo plan lands exactly on the target
        assertThat(text("plan-gap")).isEqualTo("selisih dengan target 0,00");

        // untick the first step: the index falls below the target at once
        String before = text("plan-index");
        firstBox(grid).setValue(false);
        assertThat(text("plan-index")).isNotEqualTo(before);
        assertThat(text("plan-gap")).startsWith("selisih dengan target −");
        // a Kepala Dinas reads; nothing to save or edit
        assertThat(_find(Button.class, s -> s.withClasses("plan-save"))).isEmpty();
        assertThat(_find(IntegerField.class, s -> s.withClasses("plan-effort-edit")))
                .isEmpty();
    }

    @Test
    void anUnreachableTargetSaysSoAndWhichLimitsBind() {
        login("kadis", "PIMPINAN");
        open(Map.of("instansi", "CONTOH", "tahun", "2022", "target", "4.90"));
        assertThat(_get(Paragraph.class, s -> s.withClasses("plan-unreachable")).getText())
                .startsWith("Target tidak dapat dicapai dalam batas: indeks tertinggi ")
                .contains("Batas yang mengikat: I");
    }

    @Test
    void aCoordinatorSavesThePlanWithoutAStepAndSeesItsProgress() {
        login("koordinator", "ADMIN");
        open(Map.of("instansi", "CONTOH", "tahun", "2022"));
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("plan-steps"));
        int steps = GridKt._size(grid);
        firstBox(grid).setValue(false);
        _click(_get(Button.class, s -> s.withClasses("plan-save")));
        NotificationsKt.expectNotifications("Rencana peningkatan 2022 disimpan: " + (steps - 1) + " langkah.");
        assertThat(plans.yearPlan("CONTOH", 2022).orElseThrow().steps()).hasSize(steps - 1);
        assertThat(_get(Paragraph.class, s -> s.withClasses("plan-progress-count"))
                        .getText())
                .matches("\\d+ dari " + (steps - 1) + " langkah tercapai");
    }

    @Test
    void theRingkasanSaysWhenTheForecastStartsFromAsesorValues() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("forecast-method")).getText())
                .startsWith("Belum ada nilai asesor: indeks penilaian mandiri ditambah rata-rata selisih");
        // the class is @Transactional: the asesor value is rolled back with the test
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> evaluation.saveValues(
                        "CONTOH", 2026, Stage.DOKUMEN, Map.of("I1", new BigDecimal("3.00")), "asesor"));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2022")));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("forecast-basis")).getText())
                .startsWith("Nilai terakhir 2026: ")
                .contains("nilai asesor untuk 1 indikator, terakhir Penilaian dokumen; penilaian mandiri untuk 13;"
                        + " 14 dari 20 indikator bernilai");
        assertThat(_get(Paragraph.class, s -> s.withClasses("forecast-method")).getText())
                .startsWith("Indeks nilai terakhir (nilai asesor bila ada, penilaian mandiri bila belum) ditambah")
                .containsPattern("dikali bagian bobot yang masih bernilai mandiri saja \\(\\d+%\\): nilai asesor"
                        + " dipakai apa adanya");
    }

    @Test
    void theRingkasanOfTheOpenYearShowsTheForecastAndOfAPlannedYearItsProgress() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("forecast-value")).getText())
                .matches("Perkiraan \\d,\\d\\d \\(rentang \\d,\\d\\d – \\d,\\d\\d\\)");
        assertThat(_get(Paragraph.class, s -> s.withClasses("forecast-target")).getText())
                .startsWith("Target 3,50 berada");
        assertThat(_get(Paragraph.class, s -> s.withClasses("forecast-backtest"))
                        .getText())
                .startsWith(
                        "Uji mundur (tiap tahun lalu diperkirakan dari penilaian mandirinya saja): rentang memuat hasil akhir pada ")
                .contains(" dari 7 tahun");
        // a year with a final result gets no forecast
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2022")));
        assertThat(_find(Paragraph.class, s -> s.withClasses("forecast-value"))).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withClasses("plan-progress-count")))
                .isEmpty();
    }
}
