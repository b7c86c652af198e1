package id.pantauspbe.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import id.pantauspbe.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An indicator's page names its mapped predecessors and successors with their history. */
class CounterpartsViewTest extends KaribuTest {

    @Test
    void arsitekturShowsRencanaIndukBeforeAndTataKelolaPemdiAfter() {
        login("kadis", "PIMPINAN");
        UI.getCurrent()
                .navigate(
                        "indikator/PERMENPANRB-59-2020/I11",
                        com.vaadin.flow.router.QueryParameters.of("instansi", "CONTOH"));
        List<String> lines = _find(Paragraph.class, s -> s.withClasses("counterpart")).stream()
                .map(Paragraph::getText)
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith(
                        "Sebelumnya: PermenPANRB 5/2018 I20 Rencana Induk SPBE Instansi Pemerintah. Riwayat: 2018: ");
        assertThat(lines.get(1)).startsWith("Sesudahnya: PermenPANRB 8/2026 I1 Tingkat Kematangan Tata Kelola Pemdi.");
    }
}
