package id.pantauspbe.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.evaluation.Instansi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverviewViewTest extends KaribuTest {

    @BeforeEach
    void signIn() {
        login("kadis", "PIMPINAN");
    }

    @Test
    void tilesShowThe2021ResultInIndonesianFormat() {
        open("CONTOH", 2021);
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText())
                .isEqualTo("Ringkasan Indeks SPBE Kabupaten Contoh Tahun 2021");
        assertThat(tileValue("tile-index")).isEqualTo("2,51");
        assertThat(tileSub("tile-index")).isEqualTo("Hasil akhir resmi");
        assertThat(_get(Span.class, s -> s.withClasses("predikat-badge")).getText())
                .isEqualTo("Cukup");
        assertThat(tileSub("tile-predikat")).isEqualTo("Rentang 1,80 – < 2,60");
        // 2020 -> 2021 crosses the framework boundary: no number, the reason instead
        assertThat(tileValue("tile-change")).isEqualTo("tidak ditampilkan");
        assertThat(tileSub("tile-change"))
                .isEqualTo("Tidak dibandingkan dengan 2020 (3,08): kerangka evaluasi berbeda");
        assertThat(tileValue("tile-target")).isEqualTo("3,20");
        assertThat(tileSub("tile-target")).isEqualTo("Di bawah target, selisih −0,69 (sumber: RPJMD)");
        assertThat(tileValue("tile-complete")).isEqualTo("Lengkap");
        assertThat(tileSub("tile-complete")).isEqualTo("47 dari 47 indikator bernilai");
        assertThat(_get(Span.class, s -> s.withClasses("provenance")).getText())
                .isEqualTo("Hasil akhir resmi evaluasi KemenPAN-RB");
    }

    @Test
    void theOpenStageOfTheCycleIsShownWithItsDeadlineAndALinkToTheEntryPage() {
        open("CONTOH", 2021);
        com.vaadin.flow.component.html.Div box =
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("open-stage"));
        assertThat(_get(box, com.vaadin.flow.component.html.Span.class).getText())
                .isEqualTo("Penilaian mandiri 2026 sedang terbuka sampai 11 Desember 2026 (18 hari lagi).");
        assertThat(_get(box, com.vaadin.flow.component.html.Anchor.class).getHref())
                .isEqualTo("penilaian?instansi=CONTOH&tahun=2026");
        // a peer has no cycle of its own here
        open("BLITAR", 2021);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("open-stage")))
                .isEmpty();
    }

    @Test
    void domainBreakdownAndWeakestIndicatorsAreListed() {
        open("CONTOH", 2021);
        @SuppressWarnings("unchecked")
        Grid<Object> breakdown = _get(Grid.class, s -> s.withClasses("breakdown-grid"));
        assertThat(GridKt._size(breakdown)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(breakdown, 2)).containsExactly("Manajemen SPBE", "16,50", "–", "1,00");
        assertThat(GridKt._getFormattedRow(breakdown, 3)).containsExactly("Layanan SPBE", "45,50", "3,18", "3,69");
        @SuppressWarnings("unchecked")
        Grid<Object> weakest = _get(Grid.class, s -> s.withClasses("weakest-grid"));
        assertThat(GridKt._size(weakest)).isEqualTo(5);
        List<String> first = GridKt._getFormattedRow(weakest, 0);
        assertThat(first.get(1)).isEqualTo("Diskominfo");
        assertThat(first.get(2)).isEqualTo("Tata Kelola SPBE");
        assertThat(first.get(3)).isEqualTo("2,50");
        assertThat(first.get(4)).isEqualTo("1 · Rintisan");
        // two decimals throughout, as every figure of the Ringkasan
        assertThat(first.get(5)).isEqualTo("0,10");
    }

    @Test
    void choosingAYearChangesTheTilesAndTheUrl() {
        open("CONTOH", 2021);
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, s -> s.withClasses("filter-year"));
        year.setValue(2024);
        assertThat(tileValue("tile-index")).isEqualTo("3,77");
        assertThat(_get(Span.class, s -> s.withClasses("predikat-badge")).getText())
                .isEqualTo("Sangat Baik");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("tahun=2024")
                .contains("instansi=CONTOH");
    }

    @Test
    void clickingAYearOnTheTrendSelectsIt() {
        open("CONTOH", 2021);
        Chart trend = _get(Chart.class, s -> s.withClasses("trend-chart"));
        assertThat(trend.getElement().getProperty("option")).contains("\"markArea\"");
        ComponentUtil.fireEvent(trend, new Chart.ClickEvent(trend, true, "2019", ""));
        assertThat(tileValue("tile-index")).isEqualTo("3,00");
        assertThat(tileSub("tile-change")).isEqualTo("dibanding 2018 (2,62)");
    }

    @Test
    void draftSelfAssessmentIsNeverShownAsOfficial() {
        open("CONTOH", 2026);
        assertThat(tileValue("tile-index")).isEqualTo("3,17");
        assertThat(tileSub("tile-index"))
                .isEqualTo("Draf penilaian mandiri · sementara, 14 dari 20 indikator bernilai");
        // no predikat, no change as a number, no target gap for an incomplete draft
        assertThat(_get(Span.class, s -> s.withClasses("predikat-badge")).getText())
                .isEqualTo("–");
        assertThat(tileSub("tile-predikat"))
                .isEqualTo("Predikat diberikan bila semua indikator bernilai (14 dari 20).");
        assertThat(tileValue("tile-change")).isEqualTo("tidak ditampilkan");
        assertThat(tileSub("tile-change"))
                .isEqualTo("Tidak dibandingkan dengan 2025 (3,98): kerangka evaluasi berbeda;"
                        + " tahun ini juga belum lengkap");
        assertThat(_find(Span.class))
                .extracting(Span::getText)
                .noneMatch(t -> t.contains("−0,81")
                        || t.equals("Baik")
                        || t.contains("Di bawah target")
                        || t.contains("Tercapai"));
        // aspects of 8/2026 are not compared with the domains of 2025, and the page says why
        @SuppressWarnings("unchecked")
        Grid<Object> breakdown = _get(Grid.class, s -> s.withClasses("breakdown-grid"));
        assertThat(breakdown.getColumns()).hasSize(3);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains("Tahun 2025 memakai kerangka evaluasi lain tanpa aspek yang sama:"
                        + " aspek tahun 2026 tidak dibandingkan dengan 2025.")
                .contains("6 indikator belum bernilai (tahap masih terbuka): lihat daftar lengkap di Indikator lemah.");
        assertThat(tileValue("tile-complete")).isEqualTo("Belum lengkap");
        assertThat(tileSub("tile-complete")).isEqualTo("14 dari 20 indikator bernilai");
        assertThat(_get(Span.class, s -> s.withClasses("provenance")).getText())
                .startsWith("Draf penilaian mandiri: baru 14 dari 20 indikator bernilai, bukan hasil resmi");
    }

    @Test
    void aPeerWithPublishedTotalsOnlySaysSo() {
        open("CONTOH", 2021);
        @SuppressWarnings("unchecked")
        ComboBox<Instansi> instansi = _get(ComboBox.class, s -> s.withClasses("filter-instansi"));
        Instansi rembang = instansi.getListDataView()
                .getItems()
                .filter(i -> i.code().equals("REMBANG"))
                .findFirst()
                .orElseThrow();
        instansi.setValue(rembang);
        assertThat(tileValue("tile-index")).isEqualTo("2,76");
        assertThat(tileValue("tile-complete")).isEqualTo("Hanya total");
        assertThat(_get(Span.class, s -> s.withClasses("predikat-badge")).getText())
                .isEqualTo("Baik");
    }

    @Test
    void defaultsToTheLatestOfficialYear() {
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText()).endsWith("Tahun 2025");
        assertThat(tileValue("tile-index")).isEqualTo("3,98");
    }

    private static void open(String instansi, int year) {
        UI.getCurrent()
                .navigate("", QueryParameters.simple(Map.of("instansi", instansi, "tahun", String.valueOf(year))));
    }

    private static String tileValue(String tile) {
        Div div = _get(Div.class, s -> s.withClasses(tile));
        return _get(div, Span.class, s -> s.withClasses("tile-value")).getText();
    }

    private static String tileSub(String tile) {
        Div div = _get(Div.class, s -> s.withClasses(tile));
        return _get(div, Span.class, s -> s.withClasses("tile-sub")).getText();
    }
}
