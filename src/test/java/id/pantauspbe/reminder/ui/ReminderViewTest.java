package id.pantauspbe.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.reminder.ReminderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Pengingat" as a coordinator sees it in the test configuration, which has no mail server: the page
 * says so, shows what would be sent today (23 November 2026, a Monday), and nothing breaks.
 */
class ReminderViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetSettings() {
        jdbc.update("delete from reminder_setting");
    }

    @Test
    void withoutAMailServerThePageSaysSoAndPreviewsTodaysReminders() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("pengingat");
        assertThat(_get(Paragraph.class, s -> s.withClasses("reminder-server")).getText())
                .startsWith("Server surat belum diatur");
        @SuppressWarnings("unchecked")
        Grid<ReminderService.PlannedMail> preview = _get(Grid.class, s -> s.withClasses("reminder-preview-grid"));
        int rows = GridKt._size(preview);
        assertThat(rows).isPositive();
        boolean dinsos = false;
        for (int i = 0; i < rows; i++) {
            var row = GridKt._getFormattedRow(preview, i);
            if (row.get(1).equals("Dinas Sosial")) {
                dinsos = true;
                assertThat(row.get(0)).isEqualTo("dinsos@kabupaten-contoh.example");
                assertThat(row.get(2)).isEqualTo("Pengingat tenggat");
                assertThat(row.get(3)).contains("lewat tenggat");
                assertThat(row.get(5)).isEqualTo("akan dikirim");
            }
        }
        assertThat(dinsos).isTrue();
        assertThat(_get(Button.class, s -> s.withClasses("reminder-send")).isEnabled())
                .isFalse();
    }

    @Test
    void settingsAreSavedAndABadAddressIsRefusedWithItsName() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("pengingat");
        _setValue(_get(TextField.class, s -> s.withClasses("reminder-days")), "H-14, 7, 1");
        _setValue(
                _get(TextArea.class, s -> s.withClasses("reminder-recipients")),
                "bupati@kabupaten-contoh.example\nsalah");
        _click(_get(Button.class, s -> s.withClasses("reminder-save")));
        expectNotifications("Alamat penerima \"salah\" tidak valid.");

        _setValue(_get(TextArea.class, s -> s.withClasses("reminder-recipients")), "bupati@kabupaten-contoh.example");
        _click(_get(Button.class, s -> s.withClasses("reminder-save")));
        expectNotifications("Pengaturan pengingat disimpan.");
        assertThat(_get(TextField.class, s -> s.withClasses("reminder-days")).getValue())
                .isEqualTo("14, 7, 1");

        UI.getCurrent().navigate("pengingat");
        assertThat(_get(TextArea.class, s -> s.withClasses("reminder-recipients"))
                        .getValue())
                .isEqualTo("bupati@kabupaten-contoh.example");
    }

    @Test
    void onlyCoordinatorsReachIt() {
        login("kadis", "PIMPINAN");
        assertThatThrownBy(() -> UI.getCurrent().navigate("pengingat")).isNotNull();
        assertThat(_find(Grid.class, s -> s.withClasses("reminder-preview-grid")))
                .isEmpty();
    }

    @Test
    void anOperatorsBellCountsTheirOpdsDueItemsAndLinksToThem() {
        login("bappeda", "OPERATOR_OPD");
        UI.getCurrent().navigate("data-dukung");
        Button bell = _get(Button.class, s -> s.withClasses("due-bell"));
        _click(bell);
        Dialog dialog = _get(Dialog.class, s -> s.withClasses("due-bell-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Tenggat data dukung Anda");
        // Bappeda's checklist is complete in the demo: nothing due
        assertThat(bell.getAriaLabel()).hasValue("Tidak ada data dukung Anda yang mendekati tenggat.");
        assertThat(_find(Span.class, s -> s.withClasses("due-bell-count"))).isEmpty();
    }

    @Test
    void aCoordinatorsBellListsOverdueItemsWithTheirDaysLate() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("data-dukung");
        Span count = _get(Span.class, s -> s.withClasses("due-bell-count"));
        assertThat(Integer.parseInt(count.getText())).isPositive();
        _click(_get(Button.class, s -> s.withClasses("due-bell")));
        Anchor first = _find(Anchor.class).stream()
                .filter(a -> a.getHref().startsWith("data-dukung?instansi=CONTOH&tahun=2026"))
                .findFirst()
                .orElseThrow();
        assertThat(first.getHref()).contains("&indikator=");
        assertThat(_find(Span.class, s -> s.withClasses("overdue")).getFirst().getText())
                .contains("lewat 158 hari");
    }

    @Test
    void aLeaderHasNoBell() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("");
        assertThat(_find(Button.class, s -> s.withClasses("due-bell"))).isEmpty();
        assertThat(_find(Span.class, s -> s.withClasses("due-bell-count"))).isEmpty();
    }
}
