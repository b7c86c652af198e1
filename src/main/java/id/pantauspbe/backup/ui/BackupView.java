package id.pantauspbe.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pantauspbe.backup.BackupFile;
import id.pantauspbe.backup.BackupService;
import id.pantauspbe.backup.BackupSettings;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * "Cadangan" (coordinators only): the backups kept, newest first, with time and size, each
 * downloadable; one can be taken now. Restoring is done at start ({@code --pantau.pulihkan}).
 */
@Route("cadangan")
@Menu(title = "nav.backup", order = 22, icon = "ARCHIVE")
@RolesAllowed("ADMIN")
public class BackupView extends Main implements HasDynamicTitle {

    private final transient BackupService backups;
    private final Grid<BackupFile> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public BackupView(BackupService backups, BackupSettings settings) {
        this.backups = backups;
        addClassName("backup-view");
        H2 title = new H2(getTranslation("backup.title"));
        title.addClassName("view-title");
        Paragraph hint = new Paragraph(getTranslation(
                "backup.hint",
                settings.time().toString(),
                settings.keep(),
                settings.keepDays(),
                backups.directory().toString()));
        hint.addClassName("card-hint");
        Paragraph restore = new Paragraph(getTranslation("backup.hint.manual"));
        restore.addClassNames("card-hint", "restore-hint");
        Button create = new Button(getTranslation("backup.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("backup-create");
        create.setDisableOnClick(true);
        create.addClickListener(e -> create.setEnabled(true));

        grid.addColumn(BackupFile::name)
                .setHeader(getTranslation("backup.column.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(b -> TextFormat.timestamp(b.created()))
                .setHeader(getTranslation("backup.column.created"))
                .setAutoWidth(true);
        grid.addColumn(b -> size(b.size()))
                .setHeader(getTranslation("backup.column.size"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setKey("download").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("backup-grid");
        empty.setText(getTranslation("backup.empty"));
        empty.addClassName("backup-empty");
        add(title, hint, restore, create, empty, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.pageTitle");
    }

    private void create() {
        try {
            String name = backups.createNow();
            Notices.success("backup.created", name);
        } catch (RuntimeException e) {
            Notices.error("backup.failed", e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        List<BackupFile> kept = backups.list();
        grid.setItems(kept);
        grid.setVisible(!kept.isEmpty());
        empty.setVisible(kept.isEmpty());
    }

    private Anchor downloadLink(BackupFile backup) {
        Anchor link = new Anchor(
                DownloadHandler.forFile(
                        backups.directory().resolve(backup.name()).toFile(), backup.name()),
                getTranslation("backup.download"));
        link.addClassName("backup-download");
        return link;
    }

    /** "512 KB", "2,51 MB". */
    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return getTranslation("backup.size.kb", String.valueOf(Math.max(1, bytes / 1024)));
        }
        return getTranslation(
                "backup.size.mb",
                TextFormat.decimal(
                        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 2, RoundingMode.HALF_UP)));
    }
}
