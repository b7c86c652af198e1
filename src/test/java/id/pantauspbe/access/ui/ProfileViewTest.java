package id.pantauspbe.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.ApiToken;
import id.pantauspbe.access.ApiTokenService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile page: a user makes a token, sees it once, finds it listed, and revokes it. */
class ProfileViewTest extends KaribuTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    void aUserMakesATokenSeesItOnceAndRevokesIt() {
        login("asesor", "ASESOR");
        UI.getCurrent().navigate("tren");
        _click(_get(Button.class, s -> s.withClasses("open-profile")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("profil");

        TextField name = _get(TextField.class, s -> s.withClasses("token-name"));
        _click(_get(Button.class, s -> s.withClasses("create-token")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Nama token wajib diisi (paling banyak 100 karakter).");

        name.setValue("skrip-rekap");
        _click(_get(Button.class, s -> s.withClasses("create-token")));
        String secret = _get(TextField.class, s -> s.withClasses("new-token")).getValue();
        assertThat(secret).startsWith(ApiTokenService.PREFIX).hasSize(50);
        _click(_get(Button.class, s -> s.withClasses("close-token")));

        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = _get(Grid.class, s -> s.withClasses("tokens-grid"));
        List<String> row = GridKt._getFormattedRow(grid, 0);
        assertThat(row.get(0)).isEqualTo("skrip-rekap");
        assertThat(row.get(1)).isEqualTo(secret.substring(0, 13) + "…");
        assertThat(row.get(3)).isEqualTo("belum pernah");
        // shown once: the page shows the token nowhere else
        assertThat(_get(TextField.class, s -> s.withClasses("token-name")).getValue())
                .isEmpty();

        int before = GridKt._size(grid);
        ((Button) GridKt._getCellComponent(grid, 0, "revoke")).click();
        assertThat(GridKt._size(grid)).isEqualTo(before - 1);
        assertThat(tokens.authenticate(secret)).isEmpty();
    }
}
