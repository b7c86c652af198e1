package id.pantauspbe.crosswalk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.crosswalk.CrosswalkService;
import id.pantauspbe.crosswalk.Setara;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Pemetaan setara" as a coordinator uses it; nobody else reaches it. */
class CrosswalkViewTest extends KaribuTest {

    @Autowired
    CrosswalkService service;

    @Test
    void aCoordinatorSeesTheMappingLabelledAsTheProjectsOwnAndAddsAndRemovesAPair() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("pemetaan-setara");
        assertThat(_get(Paragraph.class, s -> s.withClasses("setara-disclaimer"))
                        .getText())
                .contains("bukan pemetaan resmi");
        @SuppressWarnings("unchecked")
        Grid<Setara.PairRow> grid = _get(Grid.class, s -> s.withClasses("setara-grid"));
        int before = GridKt._size(grid);
        assertThat(GridKt._getFormattedRow(grid, 0).get(0))
                .isEqualTo("PermenPANRB 5/2018 I1 Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah");

        _setValue(_get(TextField.class, s -> s.withClasses("setara-from")), "I34");
        _setValue(_get(TextField.class, s -> s.withClasses("setara-to")), "I39");
        _setValue(_get(TextField.class, s -> s.withClasses("setara-reason")), "WBS ditangani pengawasan internal");
        _click(_get(Button.class, s -> s.withClasses("setara-save")));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        long id = service.pairs().stream()
                .filter(p -> p.fromIndicator().equals("I34") && p.toIndicator().equals("I39"))
                .findFirst()
                .orElseThrow()
                .id();
        service.deletePair(id);
        assertThat(service.pairs()).hasSize(before);
    }

    @Test
    void onlyCoordinatorsReachIt() {
        login("kadis", "PIMPINAN");
        assertThatThrownBy(() -> UI.getCurrent().navigate("pemetaan-setara")).isNotNull();
        assertThat(_find(Grid.class, s -> s.withClasses("setara-grid"))).isEmpty();
    }
}
