package id.pantauspbe.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.AppUser;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.OpdDirectory;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Stage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's screens: accounts, the audit trail and the stage schedule. */
class AdminViewsTest extends KaribuTest {

    @Autowired
    UserService users;

    @Autowired
    CycleService cycle;

    @Autowired
    CurrentUser currentUser;

    @Test
    void aCoordinatorCreatesAnOperatorAccountAndSeesItInTheListAndTheAuditTrail() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("pengguna");
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("users-grid"));
        int before = GridKt._size(grid);
        _click(_get(Button.class, s -> s.withClasses("add-user")));
        _get(TextField.class, s -> s.withLabel("Nama pengguna")).setValue("operator.dukcapil");
        _get(TextField.class, s -> s.withLabel("Nama lengkap")).setValue("Operator Dukcapil");
        @SuppressWarnings("unchecked")
        ComboBox<OpdDirectory.Entry> opd = _get(ComboBox.class, s -> s.withLabel("OPD"));
        opd.setValue(opd.getListDataView()
                .getItems()
                .filter(o -> o.name().equals("Dinas Kependudukan dan Pencatatan Sipil"))
                .findFirst()
                .orElseThrow());
        _get(PasswordField.class, s -> s.withLabel("Kata sandi awal")).setValue("pendek");
        _click(_get(Button.class, s -> s.withClasses("save-user")));
        NotificationsKt.expectNotifications("Kata sandi minimal 10 karakter.");
        assertThat(users.find("operator.dukcapil")).isEmpty();

        _get(PasswordField.class, s -> s.withLabel("Kata sandi awal")).setValue("sandi-dukcapil-2026");
        _click(_get(Button.class, s -> s.withClasses("save-user")));
        NotificationsKt.expectNotifications("Akun operator.dukcapil tersimpan.");
        AppUser created = users.find("operator.dukcapil").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.OPERATOR_OPD);
        assertThat(created.opdShortName()).isEqualTo("Disdukcapil");
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);

        UI.getCurrent().navigate("audit", QueryParameters.simple(Map.of("cari", "operator.dukcapil")));
        Grid<?> audit = _get(Grid.class, s -> s.withClasses("audit-grid"));
        List<String> row = GridKt._getFormattedRow(audit, 0);
        assertThat(row.get(1)).isEqualTo("koordinator");
        assertThat(row.get(2)).isEqualTo("Akun dibuat");
        assertThat(row.get(3)).isEqualTo("operator.dukcapil");
        // the role and OPD in words, not "OPERATOR_OPD (OPD 7)"
        assertThat(row.get(7)).isEqualTo("Operator OPD (Dinas Kependudukan dan Pencatatan Sipil)");
    }

    @Test
    void theAuditTrailFiltersByKindAndStageFromTheUrl() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("audit", QueryParameters.simple(Map.of("jenis", "STAGE", "tahun", "2026")));
        assertThat(_get(Select.class, s -> s.withClasses("filter-kind")).getValue())
                .hasToString("STAGE");
        Grid<?> audit = _get(Grid.class, s -> s.withClasses("audit-grid"));
        assertThat(GridKt._size(audit)).isGreaterThanOrEqualTo(6);
        for (int i = 0; i < GridKt._size(audit); i++) {
            List<String> row = GridKt._getFormattedRow(audit, i);
            assertThat(row.get(2)).isIn("Tahap dibuka", "Tahap ditutup", "Jadwal tahap diubah");
            assertThat(row.get(3)).matches("Penilaian .*|Hasil akhir").doesNotMatch(".*[A-Z]{3,}.*");
            assertThat(row.get(4)).isEqualTo("2026");
            // states and dates in words: "Direncanakan → Terbuka", "1 Oktober 2026 – 11 Desember 2026"
            for (String value : List.of(row.get(6), row.get(7))) {
                assertThat(value).doesNotContain("PLANNED", "OPEN", "CLOSED").doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*");
            }
        }
        assertThat(_get(Paragraph.class, s -> s.withClasses("audit-count")).getText())
                .isEqualTo(GridKt._size(audit) + " catatan");
    }

    @Test
    void onlyACoordinatorOpensTheAccountAndAuditScreens() {
        login("kadis", "PIMPINAN");
        assertThatThrownBy(() -> UI.getCurrent().navigate("pengguna")).isNotNull();
        assertThat(_find(Grid.class, s -> s.withClasses("users-grid"))).isEmpty();
        UI.getCurrent().navigate("tahapan");
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("cycle-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0).get(1)).isEqualTo("1 Oktober 2026 – 11 Desember 2026");
        assertThat(grid.getColumnByKey("actions")).isNull();
    }

    @Test
    @Transactional
    void aCoordinatorClosesAndReopensAStageAndOpeningASecondIsRefused() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("tahapan", QueryParameters.simple(Map.of("tahun", "2026")));
        Grid<?> grid = _get(Grid.class, s -> s.withClasses("cycle-grid"));
        _click(action(grid, 1));
        _click(_get(Button.class, s -> s.withClasses("confirm-ok")));
        NotificationsKt.expectNotifications(
                "Penilaian mandiri masih terbuka. Tutup tahap itu dulu sebelum membuka Penilaian dokumen.");
        Button close = action(grid, 0);
        assertThat(close.getClassNames()).contains("close-mandiri");
        _click(close);
        // asked first: cancelling leaves the stage open
        assertThat(_get(Paragraph.class, s -> s.withClasses("confirm-text")).getText())
                .startsWith("Setelah Penilaian mandiri 2026 ditutup");
        _click(_get(Button.class, s -> s.withClasses("confirm-cancel")));
        assertThat(cycle.openStage("CONTOH", 2026)).isPresent();
        _click(close);
        _click(_get(Button.class, s -> s.withClasses("confirm-ok")));
        assertThat(cycle.openStage("CONTOH", 2026)).isEmpty();
        Button reopen = action(_get(Grid.class, s -> s.withClasses("cycle-grid")), 0);
        assertThat(reopen.getClassNames()).contains("open-mandiri");
        _click(reopen);
        // a closed stage reopened is a correction: said so before it happens
        assertThat(_get(Paragraph.class, s -> s.withClasses("confirm-text")).getText())
                .contains("sudah berlalu atau pernah ditutup");
        _click(_get(Button.class, s -> s.withClasses("confirm-ok")));
        assertThat(cycle.openStage("CONTOH", 2026)).map(s -> s.stage()).contains(Stage.MANDIRI);
    }

    @Test
    void anyUserOpensThePasswordDialogFromTheHeaderAndAWrongCurrentPasswordIsRefused() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("tren");
        _click(_get(Button.class, s -> s.withClasses("change-password")));
        _get(PasswordField.class, s -> s.withLabel("Kata sandi sekarang")).setValue("bukan-sandinya");
        _get(PasswordField.class, s -> s.withLabel("Kata sandi baru")).setValue("sandi-baru-kadis-1");
        _get(PasswordField.class, s -> s.withLabel("Ulangi kata sandi")).setValue("sandi-baru-kadis-1");
        _click(_get(Button.class, s -> s.withClasses("save-own-password")));
        NotificationsKt.expectNotifications("Kata sandi sekarang tidak cocok.");
    }

    private static Button action(Grid<?> grid, int row) {
        return (Button) GridKt._getCellComponent(grid, row, "actions");
    }

    @Test
    void theCoordinatorCannotDisableTheirOwnAccountNorRemoveTheirOwnRoleOnTheScreen() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("pengguna");
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(Grid.class, s -> s.withClasses("users-grid"));
        Button own = toggleOf(grid, "koordinator");
        assertThat(own.getText()).isEqualTo("Nonaktifkan");
        assertThat(own.isEnabled()).isFalse();
        assertThat(own.getTooltip().getText()).startsWith("Akun Anda sendiri");
        assertThat(toggleOf(grid, "kadis").isEnabled()).isTrue();
        Div ownActions = (Div) GridKt._getCellComponent(grid, rowOf(grid, "koordinator"), "actions");
        ((Button) ownActions.getChildren().findFirst().orElseThrow()).click();
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, s -> s.withLabel("Peran"));
        assertThat(role.isReadOnly()).isTrue();
    }

    private static int rowOf(Grid<AppUser> grid, String username) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " not listed");
    }

    /** The enable/disable button of an account's row. */
    private static Button toggleOf(Grid<AppUser> grid, String username) {
        Div actions = (Div) GridKt._getCellComponent(grid, rowOf(grid, username), "actions");
        return (Button) actions.getChildren().toList().get(1);
    }
}
