package id.pantauspbe.opd.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdScoringService;
import id.pantauspbe.opd.OpdService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

class OpdScoringViewTest extends KaribuTest {

    @Autowired
    OpdService opds;

    @Autowired
    OpdScoringService scorings;

    @Autowired
    FrameworkService frameworks;

    private static void open(int year) {
        UI.getCurrent()
                .navigate(
                        "opd-penilaian",
                        QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", String.valueOf(year))));
    }

    @Test
    @Transactional
    void anAssessorEntersAScoreAndAValueOutsideTheScaleIsRefused() {
        login("asesor", "ASESOR");
        open(2025);
        Opd dishub = opds.findByShortName("CONTOH", "Dishub").orElseThrow();
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("scores-grid"));
        int row = opds.list("CONTOH").indexOf(dishub);
        BigDecimalField i1 = (BigDecimalField) GridKt._getCellComponent(grid, row, "I1");
        i1.setValue(new BigDecimal("2"));
        assertThat(scorings.scores("CONTOH", 2025).get(dishub.id()).get("I1")).isEqualByComparingTo("2");
        i1.setValue(new BigDecimal("7"));
        NotificationsKt.expectNotifications(
                "Skor I1 untuk Dishub (7) di luar skala indikator itu, 1 sampai 5; nilai sebelumnya dikembalikan.");
        assertThat(scorings.scores("CONTOH", 2025).get(dishub.id()).get("I1")).isEqualByComparingTo("2");
        assertThat(i1.getValue()).isEqualByComparingTo("2");
        assertThat(_find(Upload.class)).isEmpty();
    }

    @Test
    void aKadisSeesTheScoresWithoutFields() {
        login("kadis", "PIMPINAN");
        open(2025);
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("scores-grid"));
        assertThat(GridKt._getFormattedRow(
                        grid,
                        opds.list("CONTOH")
                                .indexOf(opds.findByShortName("CONTOH", "Bappeda")
                                        .orElseThrow())))
                .startsWith("Bappeda", "5,00");
        assertThat(_find(BigDecimalField.class)).isEmpty();
    }

    @Test
    void aBadQuestionnaireFileIsRejectedWithRowAndColumnAndAGoodOneIsAdded() {
        login("koordinator", "ADMIN");
        open(2025);
        _get(TextField.class, s -> s.withClasses("internal-code")).setValue("UJI-KUESIONER");
        _get(TextField.class, s -> s.withClasses("internal-name")).setValue("Kuesioner uji");
        OpdScoringView view = _get(OpdScoringView.class);
        Map<String, String> bad = row("A1", "Aspek satu", "10", "I1", "Pertanyaan satu", "sepuluh", "PROCESS_1_5");
        Map<String, String> worse = row("A1", "Aspek satu", "10", "I1", "Pertanyaan dua", "5", "SKALA_X");
        view.addInternal("kuesioner.csv", List.of(bad, worse));
        assertThat(_find(
                        ListItem.class,
                        s -> s.withText("kuesioner.csv, baris 2, kolom indicator_weight: “sepuluh” bukan angka")))
                .hasSize(1);
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("kuesioner.csv, baris 3, kolom level_scale: skala “SKALA_X” tidak dikenal"))
                .anySatisfy(t -> assertThat(t)
                        .isEqualTo("kuesioner.csv, baris 3, kolom indicator_code: kode indikator I1 muncul dua kali"));
        assertThat(frameworks.byCode("UJI-KUESIONER")).isEmpty();

        view.addInternal(
                "kuesioner.csv",
                List.of(
                        row("A1", "Aspek satu", "10", "I1", "Pertanyaan satu", "4", "PROCESS_1_5"),
                        row("A1", "Aspek satu", "10", "I2", "Pertanyaan dua", "6", "PROCESS_1_5")));
        assertThat(frameworks.byCode("UJI-KUESIONER"))
                .hasValueSatisfying(f -> assertThat(f.indicators()).hasSize(2));
    }

    private static Map<String, String> row(
            String aspect,
            String aspectName,
            String aspectWeight,
            String code,
            String name,
            String weight,
            String scale) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("domain_code", "");
        row.put("domain_name", "");
        row.put("domain_weight", "");
        row.put("aspect_code", aspect);
        row.put("aspect_name", aspectName);
        row.put("aspect_weight", aspectWeight);
        row.put("indicator_code", code);
        row.put("indicator_name", name);
        row.put("indicator_weight", weight);
        row.put("level_scale", scale);
        return row;
    }
}
