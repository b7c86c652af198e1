package id.pantauspbe.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12: the 2026 draft (a self-assessment, 14 of 20 indicators) never appears as a result on
 * the views, while the final 2021 still shows its result; the OPD ranking and the weak list follow
 * one service rule each.
 */
class ProvisionalFiguresViewTest extends KaribuTest {

    @Autowired
    OpdService opds;

    @BeforeEach
    void signIn() {
        login("kadis", "PIMPINAN");
    }

    private static void open(String route, String year) {
        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", year)));
    }

    private static List<String> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                .toList();
    }

    @Test
    void pembandingDoesNotRankTheDraftAndDrawsItDashed() {
        UI.getCurrent().navigate("pembanding", QueryParameters.simple(Map.of("tahun", "2026")));
        Grid<?> ranking = _get(Grid.class, s -> s.withClasses("ranking-grid"));
        String contoh = rows(ranking).stream()
                .filter(r -> r.contains("Kabupaten Contoh"))
                .findFirst()
                .orElseThrow();
        assertThat(contoh)
                .startsWith("– | Kabupaten Contoh | 3,17 | – | Draf penilaian mandiri")
                .contains("14 dari 20 indikator")
                .endsWith("tidak diberi peringkat");
        assertThat(_get(Chart.class, s -> s.withClasses("peers-chart"))
                        .getElement()
                        .getProperty("option"))
                .contains("Kabupaten Contoh (sementara)")
                .contains("\"dashed\"");
        // nobody is ranked in the open year: no empty histogram, but a way to the latest ranking
        assertThat(_find(Chart.class, s -> s.withClasses("peers-distribution"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withClasses("peers-position")).getText())
                .isEqualTo("Tahun 2026 belum ada instansi yang diberi peringkat: hanya hasil akhir resmi yang lengkap"
                        + " diberi peringkat.");
        Button toRanked = _get(Button.class, s -> s.withClasses("peers-to-ranked-year"));
        assertThat(toRanked.getText()).isEqualTo("Lihat peringkat 2022");
        _click(toRanked);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("tahun", List.of("2022"));
        assertThat(_get(Chart.class, s -> s.withClasses("peers-distribution"))
                        .getElement()
                        .getProperty("option"))
                .contains("\"countAxis\":true")
                .contains("\"nameLocation\":\"middle\"");

        UI.getCurrent().navigate("pembanding", QueryParameters.simple(Map.of("tahun", "2021")));
        assertThat(rows(_get(Grid.class, s -> s.withClasses("ranking-grid"))))
                .anySatisfy(r -> assertThat(r).startsWith("3 | Kabupaten Contoh | 2,51 | Cukup"));
        assertThat(_find(Button.class, s -> s.withClasses("peers-to-ranked-year")))
                .isEmpty();
    }

    @Test
    void theIndicatorPageMarksTheLatestDraftValue() {
        UI.getCurrent()
                .navigate("indikator/PERMENPANRB-8-2026/I1", QueryParameters.simple(Map.of("instansi", "CONTOH")));
        Div latest = _get(Div.class, s -> s.withClasses("fact-latest"));
        assertThat(_find(latest, Span.class))
                .extracting(Span::getText)
                .contains("Nilai terakhir (2026)")
                .anySatisfy(t -> assertThat(t).startsWith("Draf penilaian mandiri · sementara, 14 dari 20"));
    }

    @Test
    void trendNeverGivesTheDraftAPredikat() {
        open("tren", "2026");
        Grid<?> years = _get(Grid.class, s -> s.withClasses("trend-grid"));
        List<String> row2026 = GridKt._getFormattedRow(years, 0);
        assertThat(row2026.get(0)).isEqualTo("2026");
        assertThat(row2026.get(2)).isEqualTo("Draf penilaian mandiri · sementara, 14 dari 20 indikator bernilai");
        assertThat(row2026.getLast()).isEqualTo("–");
        List<String> row2021 = GridKt._getFormattedRow(years, 5);
        assertThat(row2021.get(1)).isEqualTo("2,51");
        assertThat(row2021.getLast()).isEqualTo("Cukup");
    }

    @Test
    void theWeakListIsShortCountedAndListsUnvaluedIndicatorsFirst() {
        open("lemah", "2021");
        Grid<?> weak = _get(Grid.class, s -> s.withClasses("weak-grid"));
        assertThat(GridKt._size(weak)).isBetween(1, 15);
        assertThat(_get(Paragraph.class, s -> s.withClasses("weak-count")).getText())
                .startsWith(GridKt._size(weak) + " dari 47 indikator;")
                .contains("Ambang: nilai ≤ 2,00");
        assertThat(_find(Grid.class, s -> s.withClasses("unvalued-grid"))).isEmpty();

        open("lemah", "2026");
        Grid<?> unvalued = _get(Grid.class, s -> s.withClasses("unvalued-grid"));
        assertThat(GridKt._size(unvalued)).isEqualTo(6);
        assertThat(rows(unvalued))
                .allSatisfy(r -> assertThat(r.split(" \\| ")[1]).isNotEqualTo("–"));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withClasses("weak-grid"))))
                .isLessThanOrEqualTo(6);
    }

    @Test
    void opdsWithoutInternalScoresAreRankedByPointsHeldOnTheListAndThePage() {
        open("opd", "2021");
        assertThat(_get(Paragraph.class, s -> s.withClasses("rank-basis")).getText())
                .startsWith("Peringkat menurut poin indeks yang dipegang");
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("opd-ranking"));
        List<String> first = GridKt._getFormattedRow(grid, 0);
        assertThat(first.get(0)).matches("1 dari \\d+");
        assertThat(first.get(1)).isEqualTo("Diskominfo");
        List<String> third = GridKt._getFormattedRow(grid, 2);
        assertThat(third.get(0)).startsWith("3 dari ");
        Opd opd = opds.findByShortName("CONTOH", third.get(1)).orElseThrow();
        UI.getCurrent()
                .navigate("opd/" + opd.id(), QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2021")));
        Div rank = _get(Div.class, s -> s.withClasses("opd-rank"));
        assertThat(_find(rank, Span.class))
                .extracting(Span::getText)
                .containsExactly("Peringkat (menurut poin indeks yang dipegang)", third.get(0));
    }
}
