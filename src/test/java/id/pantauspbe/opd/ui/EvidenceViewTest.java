package id.pantauspbe.opd.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.EvidenceUpdate;
import id.pantauspbe.opd.OpdService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@id.pantauspbe.OpenSelfAssessment({2031, 2032})
class EvidenceViewTest extends KaribuTest {

    private static final String HOME = "CONTOH";

    @Autowired
    EvidenceService service;

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void cleanUp() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> {
            service.deleteYear(HOME, 2031);
            service.deleteYear(HOME, 2032);
        });
    }

    private void open(String year, String... more) {
        Map<String, String> params = new java.util.LinkedHashMap<>(Map.of("instansi", HOME, "tahun", year));
        for (int i = 0; i + 1 < more.length; i += 2) {
            params.put(more[i], more[i + 1]);
        }
        UI.getCurrent().navigate("data-dukung", QueryParameters.simple(params));
    }

    private long opd(String shortName) {
        return opds.findByShortName(HOME, shortName).orElseThrow().id();
    }

    private EvidenceItem add(int year, String indicator, String title, String opd) {
        AtomicReference<EvidenceItem> item = new AtomicReference<>();
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> item.set(service.add(
                        HOME, year, indicator, new BigDecimal("3"), title, opd(opd), null, LocalDate.of(year, 6, 18))));
        return item.get();
    }

    @SuppressWarnings("unchecked")
    private static Grid<EvidenceItem> checklist() {
        return _get(EvidenceGrid.class);
    }

    private static List<Component> editButtons(Grid<EvidenceItem> grid) {
        List<Component> buttons = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            Component cell = GridKt._getCellComponent(grid, i, "edit");
            if (cell instanceof Button) {
                buttons.add(cell);
            }
        }
        return buttons;
    }

    @Test
    void pimpinanSeesCountdownsOverdueOpdsAndTheChecklistWithoutEditControls() {
        login("kadis", "PIMPINAN");
        open("2026");

        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText())
                .isEqualTo("Data dukung Kabupaten Contoh tahun 2026");
        List<String> deadlines = _find(ListItem.class, s -> s.withClasses("deadline")).stream()
                .map(d ->
                        _get(d, Span.class, s -> s.withClasses("deadline-name")).getText() + " | "
                                + _get(d, Span.class, s -> s.withClasses("deadline-countdown"))
                                        .getText())
                .toList();
        assertThat(deadlines)
                .containsExactly(
                        "OPD melengkapi data dukung | lewat 158 hari",
                        "Perbaikan data dukung yang ditolak | 11 hari lagi",
                        "Penilaian mandiri ditutup | 18 hari lagi");
        // the late deadline is explained: the stage it belongs to is still open
        assertThat(_get(Paragraph.class, s -> s.withClasses("deadline-still-open"))
                        .getText())
                .isEqualTo("Tenggat yang lewat: Penilaian mandiri masih terbuka sampai 11 Desember 2026, data dukung"
                        + " yang terlambat masih dapat dilengkapi sampai tahap ditutup.");

        Grid<?> overdue = _get(Grid.class, s -> s.withClasses("overdue-grid"));
        List<String> worst = GridKt._getFormattedRow(overdue, 0);
        assertThat(worst.get(0)).isEqualTo("Dinas Sosial");
        assertThat(worst.get(4)).isEqualTo("0%");
        for (int i = 0; i < GridKt._size(overdue); i++) {
            assertThat(GridKt._getFormattedRow(overdue, i).get(0))
                    .isNotIn(
                            "Badan Perencanaan Pembangunan Daerah",
                            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
        }

        Grid<EvidenceItem> grid = checklist();
        assertThat(GridKt._size(grid)).isEqualTo(service.items(HOME, 2026).size());
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("I1", "SK Tim Koordinasi SPBE", "Umum");
        assertThat(editButtons(grid)).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("evidence-carry"))).isEmpty();
        assertThat(_find(Grid.class, s -> s.withClasses("next-level-grid"))).hasSize(1);
    }

    @Test
    void theChecklistFiltersByOpdAndStatusFromTheUrl() {
        login("kadis", "PIMPINAN");
        open("2026", "opd", String.valueOf(opd("Dinsos")), "status", "DITOLAK");

        Grid<EvidenceItem> grid = checklist();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < GridKt._size(grid); i++) {
            List<String> row = GridKt._getFormattedRow(grid, i);
            assertThat(row.get(3)).isEqualTo("Dinas Sosial");
            assertThat(row.get(4)).startsWith("Ditolak: ");
            assertThat(row.get(5)).isEqualTo("18 Juni 2026 · terlambat");
        }
        assertThat(_get(Paragraph.class, s -> s.withClasses("checklist-summary"))
                        .getText())
                .startsWith("Menampilkan " + GridKt._size(grid) + " dari ");
    }

    @Test
    void anOperatorMayEditOnlyTheItemsOfTheirOpd() {
        add(2031, "I1", "SK Tim Koordinasi SPBE", "Bappeda");
        add(2031, "I19", "Rekap tiket helpdesk", "Dinsos");
        login("bappeda", "OPERATOR_OPD");
        open("2031");

        Grid<EvidenceItem> grid = checklist();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getCellComponent(grid, 0, "edit")).isInstanceOf(Button.class);
        assertThat(GridKt._getCellComponent(grid, 1, "edit")).isNotInstanceOf(Button.class);
        assertThat(_find(Button.class, s -> s.withClasses("evidence-carry"))).isEmpty();
    }

    @Test
    void anAssessorRejectsWithAReasonInTheDialog() {
        add(2031, "I9", "Laporan audit keamanan", "Inspektorat");
        login("asesor", "ASESOR");
        open("2031");

        _click((Button) GridKt._getCellComponent(checklist(), 0, "edit"));
        EvidenceDialog dialog = _get(EvidenceDialog.class);
        dialog.status.setValue(EvidenceStatus.DITOLAK);
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Dokumen yang ditolak harus diberi alasan.");
        dialog.reason.setValue("Belum ditandatangani");
        dialog.link.setValue("bukan-url");
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Tautan harus berupa alamat http:// atau https://.");
        dialog.link.setValue("https://drive.contoh.go.id/audit.pdf");
        _click(dialog.save);

        NotificationsKt.expectNotifications("Data dukung disimpan.");
        List<String> row = GridKt._getFormattedRow(checklist(), 0);
        assertThat(row.get(4)).isEqualTo("Ditolak: Belum ditandatangani");
        assertThat(service.forIndicator(HOME, 2031, "I9").getFirst().updatedBy())
                .isEqualTo("asesor");
    }

    @Test
    void aChangeBySomeoneElseMeanwhileIsReportedWithTheirName() {
        EvidenceItem item = add(2031, "I9", "Laporan audit keamanan", "Inspektorat");
        login("koordinator", "ADMIN");
        open("2031");
        _click((Button) GridKt._getCellComponent(checklist(), 0, "edit"));
        EvidenceDialog dialog = _get(EvidenceDialog.class);

        currentUser.runAs(
                "asesor",
                Role.ASESOR,
                () -> service.update(new EvidenceUpdate(
                        item.id(),
                        item.version(),
                        item.title(),
                        EvidenceStatus.DIVERIFIKASI,
                        null,
                        item.dueDate(),
                        "https://drive.contoh.go.id/a.pdf",
                        null)));
        login("koordinator", "ADMIN");
        dialog.status.setValue(EvidenceStatus.DIUNGGAH);
        _click(dialog.save);

        assertThat(dialog.error.getText()).startsWith("Dokumen ini sudah diubah oleh asesor pada ");
        assertThat(service.forIndicator(HOME, 2031, "I9").getFirst().status()).isEqualTo(EvidenceStatus.DIVERIFIKASI);
    }

    @Test
    void anAdminCarriesLastYearForwardFlaggedForReconfirmation() {
        add(2031, "I1", "SK Tim Koordinasi SPBE", "Bappeda");
        add(2031, "I3", "Rencana SDM", "BKPSDM");
        login("koordinator", "ADMIN");
        open("2032");
        assertThat(GridKt._size(checklist())).isZero();

        _click(_get(Button.class, s -> s.withClasses("evidence-carry")));

        NotificationsKt.expectNotifications(
                "2 dokumen dibawa dari tahun 2031; statusnya Belum dan perlu dikonfirmasi ulang.");
        Grid<EvidenceItem> grid = checklist();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0).get(1))
                .isEqualTo("SK Tim Koordinasi SPBE · dari tahun lalu, perlu dikonfirmasi ulang");
        assertThat(GridKt._getFormattedRow(grid, 0).get(4)).isEqualTo("Belum");
    }

    @Test
    void anAssessorAddsADocumentForTheNextLevel() {
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> service.saveDeadline(new id.pantauspbe.opd.StageDeadline(
                        HOME, 2031, "DATA_DUKUNG", "OPD melengkapi data dukung", LocalDate.of(2031, 6, 18))));
        login("asesor", "ASESOR");
        open("2031");
        assertThat(_find(Button.class, s -> s.withClasses("evidence-carry"))).isEmpty();

        _click(_get(Button.class, s -> s.withClasses("evidence-add")));
        EvidenceAddDialog dialog = _get(EvidenceAddDialog.class);
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Pilih indikator dan isi judul dokumen.");
        dialog.indicator.setValue("I12");
        dialog.level.setValue(4);
        dialog.title.setValue("Laporan latihan penanganan insiden");
        dialog.opd.setValue(opds.findByShortName(HOME, "Diskominfo").orElseThrow());
        _click(dialog.save);

        NotificationsKt.expectNotifications("Dokumen ditambahkan ke daftar periksa.");
        List<String> row = GridKt._getFormattedRow(checklist(), 0);
        assertThat(row.subList(0, 5))
                .containsExactly(
                        "I12",
                        "Laporan latihan penanganan insiden",
                        "Level 4",
                        "Dinas Komunikasi dan Informatika",
                        "Belum");
        assertThat(row.get(5)).isEqualTo("18 Juni 2031");
    }

    @Test
    void pimpinanCannotAddDocuments() {
        login("kadis", "PIMPINAN");
        open("2026");
        assertThat(_find(Button.class, s -> s.withClasses("evidence-add"))).isEmpty();
    }

    @Test
    void aYearWithoutAChecklistSaysSoInsteadOfNothingMissing() {
        login("kadis", "PIMPINAN");
        open("2021");
        Section empty = _get(Section.class, s -> s.withClasses("evidence-empty"));
        assertThat(_get(empty, H3.class).getText()).isEqualTo("Belum ada daftar data dukung 2021");
        assertThat(_get(empty, Paragraph.class).getText()).startsWith("Tahun 2021 belum memiliki daftar data dukung");
        assertThat(_find(Paragraph.class, s -> s.withText("Tidak ada data dukung yang terlambat.")))
                .isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withText("Tidak ada data dukung level berikutnya yang masih kurang.")))
                .isEmpty();
    }
}
