package id.pantauspbe.opd.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Tren per OPD", the OPD page's trend card and the rank move on "OPD", as users see them. */
class OpdTrendViewTest extends KaribuTest {

    @Autowired
    OpdService opds;

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String className) {
        return _get(Grid.class, s -> s.withClasses(className));
    }

    private static List<String> rowOf(Grid<Object> grid, String shortName, int column) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            List<String> row = GridKt._getFormattedRow(grid, i);
            if (row.get(column).equals(shortName)) {
                return row;
            }
        }
        throw new AssertionError(shortName + " not in the grid");
    }

    @Test
    void aCoordinatorSeesWhichOpdHasBeenWeakForYearsAndWhichRecovered() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("tren-opd", QueryParameters.simple(Map.of("instansi", "CONTOH")));
        String summary =
                _get(Paragraph.class, s -> s.withClasses("opd-trend-summary")).getText();
        assertThat(summary)
                .contains("Dinas Sosial lemah sejak 2023")
                .contains("Dinas Kependudukan dan Pencatatan Sipil");
        Grid<Object> grid = grid("opd-trend-grid");
        // OPD | 2021 * | 2022 ... 2026 | Keterangan
        assertThat(grid.getColumns().stream().map(c -> c.getHeaderText()).toList())
                .containsSubsequence("2021 *", "2022", "2025", "2026", "Keterangan");
        List<String> dinsos = GridKt._getFormattedRow(grid, indexOf(grid, "Dinsos"));
        assertThat(dinsos.getLast()).isEqualTo("lemah sejak 2023");
        // 2021 had no questionnaire: the official index points Bappeda holds, and its rank by them
        assertThat(GridKt._getFormattedRow(grid, indexOf(grid, "Bappeda")).get(1))
                .matches("0,\\d{3} poin \\(\\d+\\)");
        List<String> brida = GridKt._getFormattedRow(grid, indexOf(grid, "BRIDA"));
        assertThat(brida.get(1)).isEqualTo("–");
        assertThat(brida.get(4)).matches("\\d,\\d{2} \\(\\d+\\)");
        Chart chart = _get(Chart.class, s -> s.withClasses("opd-trend-chart"));
        assertThat(chart.getElement().getProperty("option"))
                .contains("\"Dinsos\"")
                .contains("#b3261e");
    }

    @Test
    void theTrendPageReachesItAsItsThirdLevel() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("tren", QueryParameters.simple(Map.of("instansi", "CONTOH", "tingkat", "opd")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("opd-trend-summary"))
                        .getText())
                .contains("Dinas Sosial lemah sejak 2023");
        assertThat(_get(Chart.class, s -> s.withClasses("opd-trend-chart"))
                        .getElement()
                        .getProperty("option"))
                .contains("\"Disdukcapil\"");
    }

    private static int indexOf(Grid<Object> grid, String shortName) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            Anchor link = (Anchor) GridKt._getCellComponent(grid, i, "opd");
            if (link.getText().equals(shortName)) {
                return i;
            }
        }
        throw new AssertionError(shortName + " not in the trend table");
    }

    @Test
    void choosingOpdsAndSmallMultiplesAreKeptInTheUrl() {
        login("kadis", "PIMPINAN");
        UI.getCurrent()
                .navigate(
                        "tren-opd",
                        QueryParameters.simple(
                                Map.of("instansi", "CONTOH", "pilih", "Bappeda,Dinsos", "tampilan", "kecil")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Opd> chooser = _get(MultiSelectComboBox.class, s -> s.withClasses("opd-trend-choose"));
        assertThat(chooser.getValue()).extracting(Opd::shortName).containsExactlyInAnyOrder("Bappeda", "Dinsos");
        Chart chart = _get(Chart.class, s -> s.withClasses("opd-trend-chart"));
        // one small grid per OPD
        assertThat(chart.getElement().getProperty("option")).contains("\"gridIndex\":25");
    }

    @Test
    void theOpdPageShowsItsJourneyAndTheRakorAction() {
        Opd disdukcapil = opds.findByShortName("CONTOH", "Disdukcapil").orElseThrow();
        login("kadis", "PIMPINAN");
        UI.getCurrent()
                .navigate(
                        "opd/" + disdukcapil.id(),
                        QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2025")));
        String ranks =
                _get(Paragraph.class, s -> s.withClasses("opd-rank-history")).getText();
        assertThat(ranks).contains("2022: ").contains("2025: ").contains(" dari 26");
        Chart chart = _get(Chart.class, s -> s.withClasses("opd-page-trend-chart"));
        assertThat(chart.getElement().getProperty("option")).contains("Pendampingan Diskominfo");
        assertThat(_find(Span.class, s -> s.withClasses("opd-weak-since"))).isEmpty();

        Opd dinsos = opds.findByShortName("CONTOH", "Dinsos").orElseThrow();
        UI.getCurrent()
                .navigate("opd/" + dinsos.id(), QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2025")));
        assertThat(_get(Span.class, s -> s.withClasses("opd-weak-since")).getText())
                .isEqualTo("lemah sejak 2023");
    }

    @Test
    void theRankingShowsTheMoveInRankAndWhyAnOpdIsPersistentlyWeak() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("opd", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2024")));
        Grid<Object> grid = grid("opd-ranking");
        List<String> disdukcapil = rowOf(grid, "Disdukcapil", 1);
        assertThat(disdukcapil.get(4)).startsWith("naik ");
        List<String> dinsos = rowOf(grid, "Dinsos", 1);
        assertThat(dinsos.getLast()).contains("lemah dua tahun atau lebih berturut-turut");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Tren per OPD");
    }
}
