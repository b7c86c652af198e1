package id.pantauspbe.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.base.ui.Chart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tren in its "setara" mode: the comparable index at each boundary beside the official line. */
class SetaraTrendViewTest extends KaribuTest {

    @Test
    void setaraModeDrawsTheComparableIndexAtBothBoundariesLabelledAsTheProjectsMapping() {
        login("kadis", "PIMPINAN");
        UI.getCurrent()
                .navigate(
                        "tren",
                        QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2021", "tampilan", "setara")));
        String option = _get(Chart.class, s -> s.withClasses("setara-lines"))
                .getElement()
                .getProperty("option");
        assertThat(option)
                .contains("Indeks resmi")
                .contains("Setara 2020–2021 (pemetaan proyek; cakupan 83%/65%)")
                .contains("Setara 2025–2026 (pemetaan proyek; cakupan")
                .contains("PermenPANRB 8/2026: 47 → 20 indikator, tanpa domain");
        assertThat(_find(Chart.class, s -> s.withClasses("trend-lines"))).isEmpty();

        List<String> figures = _find(H4.class, s -> s.withClasses("setara-figures")).stream()
                .map(H4::getText)
                .toList();
        List<String> sentences = _find(Paragraph.class, s -> s.withClasses("setara-sentence")).stream()
                .map(Paragraph::getText)
                .toList();
        List<String> bases = _find(Paragraph.class, s -> s.withClasses("setara-basis")).stream()
                .map(Paragraph::getText)
                .toList();
        System.out.println("SETARA figures " + figures + "\nSETARA sentences " + sentences + "\nSETARA basis " + bases);
        assertThat(figures).hasSize(2);
        assertThat(figures.getFirst()).startsWith("Indeks setara 2020 → 2021: ");
        assertThat(sentences.getFirst()).startsWith("Pada indikator yang setara, nilai ");
        assertThat(bases).allSatisfy(b -> assertThat(b).contains("bukan pemetaan resmi"));
        assertThat(bases.get(1)).contains("Angka 2026 belum hasil akhir resmi.");

        // back to the official view through the selector: the URL loses the mode
        @SuppressWarnings("unchecked")
        Select<String> mode = _get(Select.class, s -> s.withClasses("filter-mode"));
        _setValue(mode, "resmi");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .doesNotContainKey("tampilan");
        assertThat(_find(Chart.class, s -> s.withClasses("trend-lines"))).hasSize(1);
    }
}
