package id.pantauspbe.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.backup.BackupFile;
import org.junit.jupiter.api.Test;

/** "Cadangan" as a coordinator sees it; nobody else reaches it. */
class BackupViewTest extends KaribuTest {

    @Test
    void aCoordinatorTakesABackupAndSeesItListedWithTimeAndSize() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("cadangan");
        assertThat(_get(Paragraph.class, s -> s.withClasses("restore-hint")).getText())
                .contains("--pantau.pulihkan=");

        _click(_get(Button.class, s -> s.withText("Buat cadangan sekarang")));

        @SuppressWarnings("unchecked")
        Grid<BackupFile> grid = _get(Grid.class, s -> s.withClasses("backup-grid"));
        assertThat(grid.isVisible()).isTrue();
        String name = GridKt._getFormattedRow(grid, 0).get(0);
        assertThat(name).matches("pantau-cadangan-\\d{8}-\\d{6}-manual(-\\d+)?\\.zip");
        // "1 Desember 2026, 05.40.12" and "512 KB" or "2,51 MB"
        String time = GridKt._getFormattedRow(grid, 0).get(1);
        assertThat(time).matches("\\d{1,2} \\p{L}+ \\d{4}, \\d{2}\\.\\d{2}\\.\\d{2}");
        assertThat(GridKt._getFormattedRow(grid, 0).get(2)).matches("\\d+ KB|\\d+,\\d{2} MB");
        Anchor download = (Anchor) GridKt._getCellComponent(grid, 0, "download");
        assertThat(download.getText()).isEqualTo("Unduh");
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void onlyCoordinatorsReachIt() {
        login("kadis", "PIMPINAN");
        assertThatThrownBy(() -> UI.getCurrent().navigate("cadangan")).isNotNull();
        assertThat(_find(Grid.class, s -> s.withClasses("backup-grid"))).isEmpty();
    }
}
