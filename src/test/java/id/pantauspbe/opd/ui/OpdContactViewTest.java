package id.pantauspbe.opd.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import id.pantauspbe.opd.OpdService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The contacts of the OPD registry: everyone reads them, a coordinator edits them. */
class OpdContactViewTest extends KaribuTest {

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    @SuppressWarnings("unchecked")
    private Grid<Opd> grid() {
        return _get(Grid.class, s -> s.withClasses("opd-registry-grid"));
    }

    private int rowOf(Grid<Opd> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormattedRow(grid, i).get(0).equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the registry grid");
    }

    @Test
    void theRegistryShowsEachOpdsHeadAndContact() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("opd-daftar");
        Grid<Opd> grid = grid();
        List<String> dinsos = GridKt._getFormattedRow(grid, rowOf(grid, "Dinas Sosial"));
        assertThat(dinsos.get(5)).isEqualTo("dinsos@kabupaten-contoh.example");
        assertThat(dinsos.get(3)).isNotBlank().isNotEqualTo("\u2013");
        List<String> setwan = GridKt._getFormattedRow(grid, rowOf(grid, "Sekretariat DPRD"));
        assertThat(setwan.get(5)).isEqualTo("\u2013");
        assertThat(_find(EmailField.class)).isEmpty();
    }

    @Test
    @Transactional
    void aCoordinatorEditsAContactAndABadAddressIsRefusedNamingTheOpd() {
        Opd dinsos = opds.findByShortName("CONTOH", "Dinsos").orElseThrow();
        OpdContact before = opds.contacts("CONTOH").get(dinsos.id());
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("opd-daftar");
        Grid<Opd> grid = grid();
        GridKt._clickItem(grid, rowOf(grid, "Dinas Sosial"));
        EmailField email = _get(EmailField.class, s -> s.withClasses("opd-email"));
        assertThat(email.getValue()).isEqualTo("dinsos@kabupaten-contoh.example");
        _setValue(email, "dinsos(at)contoh");
        _click(_get(Button.class, s -> s.withClasses("opd-save")));
        expectNotifications(
                "Alamat surel \"dinsos(at)contoh\" untuk Dinsos tidak valid (contoh: nama@kabupaten.go.id).");
        assertThat(opds.contacts("CONTOH").get(dinsos.id()).email()).isEqualTo(before.email());

        _setValue(email, "sosial@kabupaten-contoh.example");
        _setValue(_get(TextField.class, s -> s.withClasses("opd-phone")), "+62 291 555 123");
        _click(_get(Button.class, s -> s.withClasses("opd-save")));
        OpdContact after = opds.contacts("CONTOH").get(dinsos.id());
        assertThat(after.email()).isEqualTo("sosial@kabupaten-contoh.example");
        assertThat(after.phone()).isEqualTo("+62 291 555 123");
        assertThat(opds.list("CONTOH"))
                .filteredOn(o -> o.name().equals("Dinas Sosial"))
                .hasSize(1);
    }
}
