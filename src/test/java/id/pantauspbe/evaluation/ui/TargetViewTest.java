package id.pantauspbe.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.AuditFilter;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Targets set on their own page by a coordinator, read by everyone, refused when mistyped. */
@Transactional
class TargetViewTest extends KaribuTest {

    @Autowired
    TargetService evaluation;

    @Autowired
    AuditService audit;

    private void open(String year) {
        UI.getCurrent().navigate("target", QueryParameters.simple(Map.of("tahun", year)));
    }

    @Test
    void aCoordinatorSetsNextYearsIndexTargetAndItIsAudited() {
        login("koordinator", "ADMIN");
        open("2027");
        _get(TextField.class, s -> s.withClasses("target-value")).setValue("3,3");
        @SuppressWarnings("unchecked")
        Select<Target.Source> source = _get(Select.class, s -> s.withClasses("target-source"));
        source.setValue(Target.Source.RPJMD);
        _click(_get(Button.class, s -> s.withClasses("save-target")));
        NotificationsKt.expectNotifications("Target Indeks SPBE tahun 2027 disimpan: 3,30.");
        assertThat(evaluation.indexTarget("CONTOH", 2027)).map(Target::value).contains(new BigDecimal("3.30"));
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("target-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("2027", "Indeks SPBE", "3,30", "RPJMD");
        assertThat(audit.search(new AuditFilter(null, null, null, 2027, null, null, null, null)))
                .anySatisfy(e -> assertThat(e.newValue()).isEqualTo("3.3 (RPJMD)"));
    }

    @Test
    void aMistypedValueIsRefusedAndNothingIsStored() {
        login("koordinator", "ADMIN");
        open("2027");
        _get(TextField.class, s -> s.withClasses("target-value")).setValue("5,5");
        _click(_get(Button.class, s -> s.withClasses("save-target")));
        NotificationsKt.expectNotifications(
                "Nilai target \"5,5\" tidak dapat dipakai: tulis angka 0 sampai 5 dengan paling banyak dua desimal,"
                        + " misalnya 3,20.");
        assertThat(evaluation.indexTarget("CONTOH", 2027)).isEmpty();
    }

    @Test
    void aKepalaDinasReadsTheTargetsButCannotChangeThem() {
        login("kadis", Role.PIMPINAN.name());
        open("2026");
        assertThat(_find(Button.class, s -> s.withClasses("save-target"))).isEmpty();
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("target-grid"));
        List<String> years = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            years.add(GridKt._getFormattedRow(grid, i).get(0));
        }
        assertThat(years).contains("2026");
    }

    @Test
    void aCoordinatorSetsAnAspectTargetOfTheNewFramework() {
        login("koordinator", "ADMIN");
        open("2026");
        @SuppressWarnings("unchecked")
        Select<Target.Scope> scope = _get(Select.class, s -> s.withClasses("target-scope"));
        // 8/2026 has no domains: only the index and aspects are offered
        assertThat(scope.getListDataView().getItems()).containsExactly(Target.Scope.INDEX, Target.Scope.ASPECT);
        scope.setValue(Target.Scope.ASPECT);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<id.pantauspbe.engine.Node> node =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withClasses("target-node"));
        node.setValue(node.getListDataView()
                .getItems()
                .filter(n -> n.code().equals("A1"))
                .findFirst()
                .orElseThrow());
        _get(TextField.class, s -> s.withClasses("target-value")).setValue("3,4");
        _click(_get(Button.class, s -> s.withClasses("save-target")));
        NotificationsKt.expectNotifications("Target Aspek A1 · Tata Kelola dan Manajemen tahun 2026 disimpan: 3,40.");
        assertThat(evaluation.targets("CONTOH"))
                .anySatisfy(t -> assertThat(t)
                        .isEqualTo(new Target(
                                2026, Target.Scope.ASPECT, "A1", new BigDecimal("3.40"), Target.Source.RAKOR, null)));
    }
}
