package id.pantauspbe.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.base.ui.Chart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisViewsTest extends KaribuTest {

    @Test
    void trendShowsSelfAssessmentGapsAndExplainsTheDrop() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("tren", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2021")));
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText())
                .isEqualTo("Tren Indeks SPBE Kabupaten Contoh");
        Grid<?> years = _get(Grid.class, s -> s.withClasses("trend-grid"));
        List<String> row2021 = GridKt._getFormattedRow(years, 5);
        assertThat(row2021.get(0)).isEqualTo("2021");
        assertThat(row2021.get(1)).isEqualTo("2,51");
        assertThat(row2021.get(2)).isEqualTo("Hasil akhir resmi");
        assertThat(row2021.get(4)).startsWith("+");
        Chart trend = _get(Chart.class, s -> s.withClasses("trend-lines"));
        assertThat(trend.getElement().getProperty("option"))
                .contains("PermenPANRB 59/2020: 35 \\u2192 47 indikator".replace("\\u2192", "→"))
                .contains("PermenPANRB 8/2026: 47 → 20 indikator, tanpa domain");
        // 2020 -> 2021 crosses the framework boundary: the change is not a number, the page says why
        assertThat(_get(Paragraph.class, s -> s.withClasses("change-unavailable"))
                        .getText())
                .startsWith("Kedua tahun dinilai dengan kerangka evaluasi yang berbeda");
        assertThat(_find(Paragraph.class, s -> s.withClasses("change-summary"))).isEmpty();
        assertThat(_find(Grid.class, s -> s.withClasses("node-contributions"))).isEmpty();
    }

    @Test
    void trendExplainsAChangeUnderOneFrameworkByIndicator() {
        login("kadis", "PIMPINAN");
        UI.getCurrent()
                .navigate(
                        "tren", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2023", "dari", "2022")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("change-summary")).getText())
                .startsWith("Indeks berubah dari 2,93 menjadi 3,34 (+0,410 poin, dihitung dari nilai tepat)");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withClasses("indicator-contributions"))))
                .isBetween(1, 10);
    }

    @Test
    void heatmapFiltersAndOpensAnIndicator() {
        login("koordinator", "ADMIN");
        UI.getCurrent()
                .navigate(
                        "indikator",
                        QueryParameters.simple(
                                Map.of("instansi", "CONTOH", "tahun", "2021", "domain", "Manajemen SPBE")));
        IndicatorsView view = _get(IndicatorsView.class);
        assertThat(view.shownRows()).hasSize(11);
        assertThat(view.shownRows())
                .allSatisfy(r -> assertThat(r.indicator().domainName()).isEqualTo("Manajemen SPBE"));
        _get(Checkbox.class, s -> s.withClasses("filter-weak")).setValue(true);
        // the weak filter follows the short weak list of /lemah (at most 15 of 47)
        assertThat(_get(IndicatorsView.class).shownRows()).hasSizeBetween(1, 10).allMatch(Analysis_HeatRowWeak::weak);
        Chart heatmap = _get(Chart.class, s -> s.withClasses("heatmap"));
        ComponentUtil.fireEvent(
                heatmap, new Chart.ClickEvent(heatmap, true, "2021", "I21 Penerapan Manajemen Risiko SPBE"));
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText())
                .isEqualTo("I21 Tingkat Kematangan Penerapan Manajemen Risiko SPBE");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("1,00 – Rintisan", "5,00 – Optimum");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("tile-value-small")))
                .extracting(com.vaadin.flow.component.html.Span::getText)
                .contains("Diskominfo");
    }

    @Test
    void heatmapFiltersByLeadOpd() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("indikator", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2024")));
        @SuppressWarnings("unchecked")
        Select<id.pantauspbe.evaluation.IndicatorOwner.OpdRef> lead =
                _get(Select.class, s -> s.withClasses("filter-lead"));
        id.pantauspbe.evaluation.IndicatorOwner.OpdRef bpkad = lead.getListDataView()
                .getItems()
                .filter(o -> o != null && o.shortName().equals("BPKAD"))
                .findFirst()
                .orElseThrow();
        lead.setValue(bpkad);
        assertThat(_get(IndicatorsView.class).shownRows())
                .extracting(r -> r.indicator().code())
                .containsExactlyInAnyOrder("I33", "I34", "I38");
    }

    @Test
    void weakListGivesReasonsAndOnlyAnAdminEditsThresholds() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("lemah", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2021")));
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("weak-grid"));
        // the short list: at most a third of the 47 indicators
        assertThat(GridKt._size(grid)).isBetween(5, 15);
        assertThat(GridKt._getFormattedRow(grid, 0).get(6))
                .contains("nilai ≤ 2,00")
                .contains("poin indeks");
        assertThat(_find(BigDecimalField.class)).isEmpty();
        assertThat(_get(
                                Paragraph.class,
                                s -> s.withText(
                                        "Nilai rendah: ≤ 2,00; poin hilang besar: ≥ 0,050; "
                                                + "penilaian mandiri terlalu tinggi: selisih ≥ 1,00. Hanya koordinator (ADMIN) yang dapat mengubahnya."))
                        .isVisible())
                .isTrue();
    }

    @Test
    void adminSeesTheThresholdForm() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("lemah", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2021")));
        assertThat(_find(BigDecimalField.class)).hasSize(3);
        assertThat(_get(Button.class, s -> s.withClasses("threshold-save")).getText())
                .isEqualTo("Simpan ambang batas");
    }

    @Test
    void peersRankTheInstansiOfAYear() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("pembanding", QueryParameters.simple(Map.of("tahun", "2021")));
        Grid<?> ranking = _get(Grid.class, s -> s.withClasses("ranking-grid"));
        assertThat(GridKt._getFormattedRow(ranking, 0))
                .containsExactly("1", "Kota Mojokerto", "2,92", "Baik", "Angka publikasi (hanya total)");
        assertThat(GridKt._getFormattedRow(ranking, 2).get(1)).isEqualTo("Kabupaten Contoh");
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, s -> s.withClasses("filter-year"));
        year.setValue(2024);
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText()).endsWith("2024");
    }

    @Test
    void notesAreListedAndACoordinatorCanAddOne() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("tren", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2023")));
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, s -> s.withClasses("note")))
                .extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).startsWith("2021 · D3 Manajemen SPBE"));
        _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withClasses("note-code"))
                .setValue("D2");
        _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withClasses("note-input"))
                .setValue("Catatan uji dari Karibu");
        _get(Button.class, s -> s.withClasses("note-add")).click();
        var added = _find(com.vaadin.flow.component.html.ListItem.class, s -> s.withClasses("note")).stream()
                .filter(li -> li.getElement().getTextRecursively().contains("Catatan uji dari Karibu"))
                .toList();
        assertThat(added).hasSize(1);
        assertThat(added.getFirst().getElement().getTextRecursively()).startsWith("2023 · D2 Tata Kelola SPBE");
        _get(added.getFirst(), Button.class, s -> s.withText("Hapus")).click();
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, s -> s.withClasses("note")))
                .noneMatch(li -> li.getElement().getTextRecursively().contains("Catatan uji dari Karibu"));
    }

    @Test
    void aKadisSeesNotesButNoForm() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("tren", QueryParameters.simple(Map.of("instansi", "CONTOH")));
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, s -> s.withClasses("note")))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(_find(Button.class, s -> s.withClasses("note-add"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Hapus"))).isEmpty();
    }

    @Test
    void theNewFrameworkWithoutDomainsWorksToo() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("indikator", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        IndicatorsView view = _get(IndicatorsView.class);
        assertThat(view.shownRows()).hasSize(20);
        assertThat(view.shownRows())
                .allSatisfy(r -> assertThat(r.indicator().domainName()).isNull());
        assertThat(_find(Select.class, s -> s.withClasses("filter-domain"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withClasses("card-hint")).getText())
                .startsWith("PermenPANRB 8/2026, tahun 2026–2026: 20 dari 20 indikator");

        UI.getCurrent()
                .navigate("indikator/PERMENPANRB-8-2026/I19", QueryParameters.simple(Map.of("instansi", "CONTOH")));
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText())
                .isEqualTo("I19 Fasilitas Dukungan Pengguna Layanan Digital Pemerintah");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("1,00 – Merintis", "5,00 – Unggul");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Nilai boleh pecahan dari 1,00 sampai 5,00.");

        UI.getCurrent().navigate("lemah", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        Grid<?> weak = _get(Grid.class, s -> s.withClasses("weak-grid"));
        assertThat(GridKt._size(weak)).isPositive();
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("(Draf penilaian mandiri · sementara, 14 dari 20"));

        UI.getCurrent().navigate("tren", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("change-unavailable"))
                        .getText())
                .startsWith("Kedua tahun dinilai dengan kerangka evaluasi yang berbeda");
    }

    /** Keeps the lambda above readable. */
    private interface Analysis_HeatRowWeak {
        static boolean weak(id.pantauspbe.analysis.Analysis.HeatRow row) {
            return row.weak();
        }
    }
}
