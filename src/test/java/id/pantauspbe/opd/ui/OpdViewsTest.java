package id.pantauspbe.opd.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.OwnershipService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

class OpdViewsTest extends KaribuTest {

    @Autowired
    OpdService opds;

    @Autowired
    OwnershipService ownerships;

    @Test
    void rankingPutsBappedaAndBkpsdmFirstAndMarksDinasSosial() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("opd", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2025")));
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText())
                .isEqualTo("Peringkat OPD Kabupaten Contoh tahun 2025");
        assertThat(_get(Paragraph.class, s -> s.withClasses("opd-estimate")).getText())
                .startsWith("Perkiraan indeks Pemda dari skor OPD: ")
                .endsWith("(rata-rata 26 OPD).");
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("opd-ranking"));
        // 25 OPDs and the Badan Riset dan Inovasi Daerah formed in 2024
        assertThat(GridKt._size(grid)).isEqualTo(26);
        List<String> first = GridKt._getFormattedRow(grid, 0);
        assertThat(first.get(0)).isEqualTo("1 dari 26");
        assertThat(first.get(1)).isIn("Bappeda", "BKPSDM");
        assertThat(first.get(2)).isEqualTo("5,00");
        List<String> last = GridKt._getFormattedRow(grid, 25);
        assertThat(last.get(1)).isEqualTo("Dinsos");
        assertThat(last.getLast()).contains("indeks OPD di bawah 3,00");
    }

    @Test
    void theDinasSosialPageSaysWhy() {
        login("kadis", "PIMPINAN");
        Opd dinsos = opds.findByShortName("CONTOH", "Dinsos").orElseThrow();
        UI.getCurrent()
                .navigate("opd/" + dinsos.id(), QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2025")));
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText()).isEqualTo("Dinas Sosial tahun 2025");
        assertThat(_find(Span.class, s -> s.withClasses("tile-value-small")))
                .extracting(Span::getText)
                .contains("indeks OPD di bawah 3,00; lemah dua tahun atau lebih berturut-turut");
        Grid<?> scores = _get(Grid.class, s -> s.withClasses("opd-scores"));
        assertThat(GridKt._size(scores)).isEqualTo(9);
        assertThat(GridKt._getFormattedRow(scores, 0)).containsExactly("I4 Data OPD terbuka dan termutakhir", "1,00");
    }

    @Test
    void theDinasSosialPageListsItsLateEvidenceIn2026() {
        login("kadis", "PIMPINAN");
        Opd dinsos = opds.findByShortName("CONTOH", "Dinsos").orElseThrow();
        UI.getCurrent()
                .navigate("opd/" + dinsos.id(), QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("opd-evidence-summary"))
                        .getText())
                .isEqualTo("0 dari 6 dokumen terverifikasi; 6 terlambat; 3 ditolak.");
        assertThat(_find(Span.class, s -> s.withClasses("tile-value-small")))
                .extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).contains("data dukung terlambat").contains("data dukung ditolak"));
        Grid<?> ranking;
        UI.getCurrent().navigate("opd", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2026")));
        ranking = _get(Grid.class, s -> s.withClasses("opd-ranking"));
        boolean found = false;
        for (int i = 0; i < GridKt._size(ranking); i++) {
            List<String> row = GridKt._getFormattedRow(ranking, i);
            if (row.get(1).equals("Dinsos")) {
                assertThat(row.get(8)).isEqualTo("0/6 terverifikasi, 6 terlambat");
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void bpkadLeadsFinanceIndicatorsWithTheLargestGainFirst() {
        login("kadis", "PIMPINAN");
        Opd bpkad = opds.findByShortName("CONTOH", "BPKAD").orElseThrow();
        UI.getCurrent()
                .navigate("opd/" + bpkad.id(), QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2024")));
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("opd-indicators"));
        assertThat(GridKt._getFormattedRow(grid, 0).get(1)).isEqualTo("OPD pengampu");
        assertThat(GridKt._getFormattedRow(grid, 0).get(4)).startsWith("2021: ");
    }

    @Test
    @Transactional
    void aCoordinatorEditsOwnershipAKadisOnlyReadsIt() {
        login("kadis", "PIMPINAN");
        UI.getCurrent()
                .navigate("opd-kepemilikan", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2024")));
        Grid<?> readOnly = _get(Grid.class, s -> s.withClasses("ownership-grid"));
        assertThat(GridKt._getFormattedRow(readOnly, 31))
                .containsExactly("I32 Tingkat Kematangan Layanan Perencanaan", "Bappeda", "");
        assertThat(_find(Button.class, s -> s.withClasses("ownership-copy"))).isEmpty();

        login("koordinator", "ADMIN");
        UI.getCurrent()
                .navigate("opd-kepemilikan", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2024")));
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("ownership-grid"));
        @SuppressWarnings("unchecked")
        ComboBox<Opd> lead = (ComboBox<Opd>) GridKt._getCellComponent(grid, 43, "lead");
        assertThat(lead.getClassName()).isEqualTo("lead-I44");
        Opd kominfo = opds.findByShortName("CONTOH", "Diskominfo").orElseThrow();
        lead.setValue(kominfo);
        assertThat(ownerships.ownership("CONTOH", 2024).get("I44").leadOpdId()).isEqualTo(kominfo.id());
    }

    @Test
    void aCoordinatorAddsAnOpd() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("opd-daftar", QueryParameters.simple(Map.of("instansi", "GROBOGAN")));
        _get(TextField.class, s -> s.withClasses("opd-name")).setValue("Dinas Komunikasi dan Informatika");
        _get(TextField.class, s -> s.withClasses("opd-short")).setValue("Diskominfo");
        _get(TextField.class, s -> s.withClasses("opd-group")).setValue("Dinas");
        _get(Button.class, s -> s.withClasses("opd-save")).click();
        assertThat(opds.list("GROBOGAN")).extracting(Opd::shortName).contains("Diskominfo");
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("opd-registry-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(opds.list("GROBOGAN").size());
    }
}
