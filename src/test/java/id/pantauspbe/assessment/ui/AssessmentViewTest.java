package id.pantauspbe.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.ValueEdit;
import id.pantauspbe.evaluation.ValueEntryService;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Each test's changes to the demo values are rolled back with its transaction. */
@Transactional
class AssessmentViewTest extends KaribuTest {

    @Autowired
    EvaluationService evaluation;

    @Autowired
    ValueEntryService valueEntry;

    @Autowired
    CurrentUser currentUser;

    private void open(String... params) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        UI.getCurrent().navigate("penilaian", QueryParameters.simple(map));
    }

    private static String text(String className) {
        return _get(Paragraph.class, s -> s.withClasses(className)).getText();
    }

    @Test
    void anOpdOperatorSeesTheirIndicatorsAndTheEffectOfAnEditBeforeSavingIt() {
        login("bappeda", "OPERATOR_OPD");
        open("instansi", "CONTOH", "tahun", "2026");
        assertThat(_get(Select.class, s -> s.withClasses("filter-stage")).getValue())
                .isEqualTo(Stage.MANDIRI);
        assertThat(text("scope-note")).isEqualTo("Anda dapat mengisi 2 indikator yang dipimpin OPD Anda.");
        assertThat(_get(Grid.class, s -> s.withClasses("assessment-grid")).getColumnByKey("reference"))
                .isNull();
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("assessment-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .containsExactly("I1", "Tingkat Kematangan Tata Kelola Pemdi", "3,25", "ya");

        assertThat(_find(H3.class, s -> s.withText("I1 Tingkat Kematangan Tata Kelola Pemdi")))
                .hasSize(1);
        assertThat(text("entry-lead")).isEqualTo("OPD pengampu: Badan Perencanaan Pembangunan Daerah");
        // the demo's uploaded SK of I1 can be downloaded from the editor
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withClasses("evidence-file-download")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).startsWith("berkas/"));
        BigDecimalField value = _get(BigDecimalField.class, s -> s.withClasses("entry-decimal"));
        assertThat(value.getValue()).isEqualByComparingTo("3.25");
        String before = text("entry-effect");
        value.setValue(new BigDecimal("4.25"));
        String effect = text("entry-effect");
        assertThat(effect)
                .startsWith("Dampak pada indeks tahap ini: ")
                .contains(" → ")
                .contains("(+0,");
        assertThat(effect).isNotEqualTo(before);
        _get(TextArea.class, s -> s.withClasses("entry-justification")).setValue("Perbup tata kelola 2026");
        _click(_get(Button.class, s -> s.withClasses("entry-save")));
        NotificationsKt.expectNotifications("Nilai I1 tersimpan.");
        assertThat(evaluation.entries("CONTOH", 2026, Stage.MANDIRI).get("I1").value())
                .isEqualByComparingTo("4.25");
        assertThat(text("entry-last")).startsWith("Terakhir diubah oleh bappeda pada ");
    }

    @Test
    void aValueOffTheScaleIsRefusedWithTheReasonAndNothingIsSaved() {
        login("bappeda", "OPERATOR_OPD");
        open("instansi", "CONTOH", "tahun", "2026", "indikator", "I2");
        _get(BigDecimalField.class, s -> s.withClasses("entry-decimal")).setValue(new BigDecimal("6"));
        assertThat(text("entry-effect")).isEqualTo("Nilai ini di luar skala; dampaknya tidak dihitung.");
        _click(_get(Button.class, s -> s.withClasses("entry-save")));
        NotificationsKt.expectNotifications("Indikator I2: nilai 6 di luar skala 1 sampai 5.");
        assertThat(evaluation.entries("CONTOH", 2026, Stage.MANDIRI).get("I2").value())
                .isEqualByComparingTo("3.10");
    }

    @Test
    void theSecondWriterSeesWhoChangedTheValueAndKeepsTheirEntry() {
        login("asesor", "ASESOR");
        open("instansi", "CONTOH", "tahun", "2026", "indikator", "I2");
        BigDecimalField value = _get(BigDecimalField.class, s -> s.withClasses("entry-decimal"));
        // meanwhile Bappeda changes the same indicator
        currentUser.runAs(
                "bappeda",
                Role.OPERATOR_OPD,
                () -> valueEntry.saveEntry(new ValueEdit(
                        "CONTOH",
                        2026,
                        Stage.MANDIRI,
                        "I2",
                        new BigDecimal("3.40"),
                        null,
                        evaluation
                                .entries("CONTOH", 2026, Stage.MANDIRI)
                                .get("I2")
                                .version(),
                        null)));
        value.setValue(new BigDecimal("2.00"));
        _click(_get(Button.class, s -> s.withClasses("entry-save")));
        assertThat(text("entry-conflict"))
                .startsWith("Tidak disimpan: nilai I2 sudah diubah oleh bappeda pada 23 November 2026, ")
                .contains("menjadi 3,40")
                .contains("Isian Anda (2,00) masih di formulir");
        assertThat(value.getValue()).isEqualByComparingTo("2.00");
        assertThat(evaluation.entries("CONTOH", 2026, Stage.MANDIRI).get("I2").value())
                .isEqualByComparingTo("3.40");
        // saving again deliberately replaces it
        _click(_get(Button.class, s -> s.withClasses("entry-save")));
        assertThat(evaluation.entries("CONTOH", 2026, Stage.MANDIRI).get("I2").value())
                .isEqualByComparingTo("2.00");
    }

    @Autowired
    id.pantauspbe.evaluation.CycleService cycle;

    @Test
    void anAssessorCopiesTheSelfAssessmentIntoTheOpenDocumentStage() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> cycle.open("CONTOH", 2025, Stage.DOKUMEN));
        login("asesor", "ASESOR");
        open("instansi", "CONTOH", "tahun", "2025", "tahap", "dokumen");
        int mandiri = evaluation.entries("CONTOH", 2025, Stage.MANDIRI).size();
        _click(_get(Button.class, s -> s.withClasses("copy-earlier")));
        NotificationsKt.expectNotifications(mandiri + " nilai disalin dari tahap sebelumnya.");
        assertThat(evaluation.entries("CONTOH", 2025, Stage.DOKUMEN)).hasSize(mandiri);
        // nothing is left to copy, so the button is gone
        assertThat(_find(Button.class, s -> s.withClasses("copy-earlier"))).isEmpty();
    }

    @Test
    void pimpinanReadsEveryIndicatorWithLevelNamesButCannotSave() {
        login("kadis", "PIMPINAN");
        open("instansi", "CONTOH", "tahun", "2021", "tahap", "final", "indikator", "I21");
        assertThat(text("scope-note")).startsWith("Hanya baca: peran Anda");
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("assessment-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(47);
        // the final stage is compared with the self-assessment
        assertThat(grid.getColumnByKey("reference")).isNotNull();
        String mandiri = evaluation
                .entries("CONTOH", 2021, Stage.MANDIRI)
                .get("I21")
                .value()
                .stripTrailingZeros()
                .toPlainString();
        com.vaadin.flow.component.html.Div reference =
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("entry-reference"));
        assertThat(_get(reference, Paragraph.class).getText())
                .startsWith("Penilaian mandiri: " + mandiri + " · ")
                .endsWith(", diisi oleh demo.");
        RadioButtonGroup<?> levels = _get(RadioButtonGroup.class, s -> s.withClasses("entry-levels"));
        assertThat(levels.isReadOnly()).isTrue();
        assertThat(levels.getValue()).isNotNull();
        assertThat(_find(Button.class, s -> s.withClasses("entry-save"))).isEmpty();
    }

    @Test
    void aCoordinatorCorrectsAFinalValueOnlyWithAReason() {
        login("koordinator", "ADMIN");
        open("instansi", "CONTOH", "tahun", "2024", "tahap", "final", "indikator", "I1");
        assertThat(text("scope-note")).startsWith("Nilai hasil akhir terkunci.");
        assertThat(_find(TextArea.class, s -> s.withClasses("entry-correction")))
                .hasSize(1);
        _click(_get(Button.class, s -> s.withClasses("entry-save")));
        NotificationsKt.expectNotifications(
                "Indikator I1: nilai hasil akhir sudah terkunci. Koreksi hanya oleh koordinator dan wajib menyebut alasannya.");
    }
}
