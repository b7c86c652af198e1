package id.pantauspbe.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.crosswalk.ui.SetaraCard;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ringkasan shows the comparable index only for a year that crosses a framework boundary. */
class SetaraOverviewTest extends KaribuTest {

    @Test
    void theFirstYearOfANewFrameworkIsComparedOnTheComparableIndicators() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2021")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("setara-sentence")).getText())
                .isEqualTo("Pada indikator yang setara, nilai turun 0,16 (indeks resmi turun 0,57); 20 indikator"
                        + " baru tidak punya padanan.");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2023")));
        assertThat(_find(SetaraCard.class)).isEmpty();
    }
}
