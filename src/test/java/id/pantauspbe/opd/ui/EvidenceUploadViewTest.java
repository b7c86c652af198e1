package id.pantauspbe.opd.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.opd.EvidenceFileService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.TestFiles;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploading, listing and removing evidence files in the edit dialog (year 2034). */
@id.pantauspbe.OpenSelfAssessment(2034)
class EvidenceUploadViewTest extends KaribuTest {

    private static final String HOME = "CONTOH";
    private static final int YEAR = 2034;

    @Autowired
    EvidenceService service;

    @Autowired
    EvidenceFileService files;

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void cleanUp() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> service.deleteYear(HOME, YEAR));
    }

    private EvidenceItem add(String indicator, String title, String opd) {
        AtomicReference<EvidenceItem> item = new AtomicReference<>();
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> item.set(service.add(
                        HOME,
                        YEAR,
                        indicator,
                        null,
                        title,
                        opds.findByShortName(HOME, opd).orElseThrow().id(),
                        null,
                        null)));
        return item.get();
    }

    private void open() {
        UI.getCurrent()
                .navigate(
                        "data-dukung", QueryParameters.simple(Map.of("instansi", HOME, "tahun", String.valueOf(YEAR))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<EvidenceItem> checklist() {
        return _get(EvidenceGrid.class);
    }

    private static List<String> fileNames(EvidenceDialog dialog) {
        return _find(dialog, ListItem.class, s -> s.withClasses("evidence-file")).stream()
                .map(f -> _get(f, Anchor.class).getElement().getTextRecursively())
                .toList();
    }

    private static EvidenceDialog openDialog(int row) {
        _click((Button) GridKt._getCellComponent(checklist(), row, "edit"));
        return _get(EvidenceDialog.class);
    }

    @Test
    void anOperatorUploadsAPdfWhichIsListedAndTheItemBecomesDiunggah() {
        add("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        login("bappeda", "OPERATOR_OPD");
        open();
        EvidenceDialog dialog = openDialog(0);
        assertThat(_get(dialog, ListItem.class, s -> s.withClasses("evidence-files-none"))
                        .getText())
                .isEqualTo("Belum ada berkas yang diunggah.");
        assertThat(dialog.upload.getAcceptedFileTypes()).contains(".pdf", ".docx", ".png");
        assertThat(dialog.upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);

        UploadKt._upload(dialog.upload, "sk-tim.pdf", "application/pdf", TestFiles.pdf());

        NotificationsKt.expectNotifications("Berkas \"sk-tim.pdf\" diunggah.");
        assertThat(fileNames(dialog)).containsExactly("sk-tim.pdf");
        Anchor link = _get(dialog, Anchor.class, s -> s.withClasses("evidence-file-download"));
        assertThat(link.getHref()).matches("berkas/\\d+");
        assertThat(link.isRouterIgnore()).isTrue();
        assertThat(dialog.status.getValue()).isEqualTo(EvidenceStatus.DIUNGGAH);
        assertThat(dialog.error.isVisible()).isFalse();

        // saving afterwards is not taken for someone else's change
        dialog.note.setValue("Versi bertanda tangan");
        _click(dialog.save);
        NotificationsKt.expectNotifications("Data dukung disimpan.");
        EvidenceItem saved = service.forIndicator(HOME, YEAR, "I1").getFirst();
        assertThat(saved.status()).isEqualTo(EvidenceStatus.DIUNGGAH);
        assertThat(saved.note()).isEqualTo("Versi bertanda tangan");

        // the grid shows the file as a download
        Component cell = GridKt._getCellComponent(checklist(), 0, "link");
        assertThat(_get(cell, Anchor.class, s -> s.withClasses("evidence-file-download"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("sk-tim.pdf");
    }

    @Test
    void aRenamedExecutableIsRefusedWithAMessageAndNothingIsListed() {
        add("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        login("bappeda", "OPERATOR_OPD");
        open();
        EvidenceDialog dialog = openDialog(0);

        UploadKt._upload(dialog.upload, "laporan.pdf", "application/pdf", TestFiles.windowsExecutable());

        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText())
                .isEqualTo("Berkas \"laporan.pdf\" ditolak: isinya bukan PDF, gambar, atau dokumen kantor"
                        + " (terdeteksi application/x-msdownload).");
        assertThat(_find(dialog, ListItem.class, s -> s.withClasses("evidence-file")))
                .isEmpty();
        assertThat(dialog.status.getValue()).isEqualTo(EvidenceStatus.BELUM);
        // what was typed is kept
        dialog.note.setValue("catatan");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void removingAFileInTheDialogListsItNoMoreAndTheGridFollowsOnClose() {
        EvidenceItem item = add("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> files.upload(item.id(), "sk-tim.pdf", new ByteArrayInputStream(TestFiles.pdf())));
        login("bappeda", "OPERATOR_OPD");
        open();
        EvidenceDialog dialog = openDialog(0);
        assertThat(fileNames(dialog)).containsExactly("sk-tim.pdf");

        _click(_get(dialog, Button.class, s -> s.withClasses("evidence-file-delete")));

        NotificationsKt.expectNotifications("Berkas \"sk-tim.pdf\" dihapus.");
        assertThat(fileNames(dialog)).isEmpty();
        assertThat(dialog.status.getValue()).isEqualTo(EvidenceStatus.BELUM);
        assertThat(files.files(item.id())).isEmpty();

        _click(_get(dialog, Button.class, s -> s.withClasses("evidence-cancel")));
        assertThat(GridKt._getCellComponent(checklist(), 0, "link")).isInstanceOf(Span.class);
    }

    @Test
    void anotherOpdsFilesAreShownLockedToAnOperator() {
        EvidenceItem other = add("I19", "Rekap tiket helpdesk", "Dinsos");
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> files.upload(other.id(), "rekap.xlsx", new ByteArrayInputStream(TestFiles.xlsx())));
        login("bappeda", "OPERATOR_OPD");
        open();

        Component cell = GridKt._getCellComponent(checklist(), 0, "link");
        assertThat(_find(cell, Anchor.class)).isEmpty();
        assertThat(_get(cell, Span.class, s -> s.withClasses("evidence-file-locked"))
                        .getElement()
                        .getAttribute("title"))
                .isEqualTo("Anda tidak berhak mengunduh berkas ini");

        login("kadis", "PIMPINAN");
        open();
        Component forPimpinan = GridKt._getCellComponent(checklist(), 0, "link");
        assertThat(_get(forPimpinan, Anchor.class).getElement().getTextRecursively())
                .isEqualTo("rekap.xlsx");
    }

    @Test
    void theOpdPageOffersItsUploadedFilesForDownload() {
        login("kadis", "PIMPINAN");
        long bappeda = opds.findByShortName(HOME, "Bappeda").orElseThrow().id();
        UI.getCurrent().navigate("opd/" + bappeda, QueryParameters.simple(Map.of("instansi", HOME, "tahun", "2026")));

        Grid<EvidenceItem> grid = checklist();
        List<String> downloads = new java.util.ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            _find(
                            GridKt._getCellComponent(grid, row, "link"),
                            Anchor.class,
                            s -> s.withClasses("evidence-file-download"))
                    .forEach(a -> downloads.add(a.getElement().getTextRecursively()));
        }
        assertThat(downloads).containsExactly("SK Tim Koordinasi SPBE 2026.pdf");
    }
}
