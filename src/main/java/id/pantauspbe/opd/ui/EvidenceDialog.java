package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.DateFields;
import id.pantauspbe.opd.EvidenceFile;
import id.pantauspbe.opd.EvidenceFileChange;
import id.pantauspbe.opd.EvidenceFileService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.EvidenceUpdate;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Edits one evidence item: title, status, reason (required for a rejection), due date, link and note,
 * and its uploaded files (upload, download, remove). The version read is sent back so a change by
 * someone else in between is refused; an upload or removal here moves that version along (and shows
 * the status the service set), so saving afterwards still works.
 */
public class EvidenceDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceDialog.class);

    final TextField title = new TextField();
    final Select<EvidenceStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final DatePicker due = new DatePicker();
    final TextField link = new TextField();
    final TextArea note = new TextArea();
    final Paragraph error = new Paragraph();
    final UnorderedList fileList = new UnorderedList();
    final Upload upload;
    final Button save;
    private final transient EvidenceFileService files;
    private final long itemId;
    private int version;
    private EvidenceStatus shownStatus;
    private boolean filesChanged;
    private Runnable onFilesChanged = () -> {};

    public EvidenceDialog(EvidenceItem item, EvidenceFileService files, Consumer<EvidenceUpdate> onSave) {
        this.files = files;
        this.itemId = item.id();
        this.version = item.version();
        this.shownStatus = item.status();
        addClassName("evidence-dialog");
        setHeaderTitle(getTranslation("evidence.dialog.title", item.indicatorCode()));
        title.setLabel(getTranslation("evidence.field.title"));
        title.setValue(item.title());
        title.setWidthFull();
        title.setMaxLength(300);
        title.addClassName("evidence-title");
        status.setLabel(getTranslation("evidence.field.status"));
        status.setItems(EvidenceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("evidence.status." + s.name()));
        status.setValue(item.status());
        status.addClassName("evidence-status");
        reason.setLabel(getTranslation("evidence.field.reason"));
        reason.setValue(item.reason() == null ? "" : item.reason());
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.addClassName("evidence-reason");
        reason.setVisible(item.status() == EvidenceStatus.DITOLAK);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == EvidenceStatus.DITOLAK));
        due.setLabel(getTranslation("evidence.field.due"));
        due.setValue(item.dueDate());
        DateFields.configure(due);
        due.addClassName("evidence-due");
        link.setLabel(getTranslation("evidence.field.link"));
        link.setHelperText(getTranslation("evidence.field.linkHelp"));
        link.setValue(item.link() == null ? "" : item.link());
        link.setWidthFull();
        link.addClassName("evidence-link");
        note.setLabel(getTranslation("evidence.field.note"));
        note.setValue(item.note() == null ? "" : item.note());
        note.setWidthFull();
        note.setMaxLength(1000);
        error.addClassName("evidence-error");
        error.setVisible(false);
        upload = createUpload();
        H4 filesHeading = new H4(getTranslation("evidence.files"));
        filesHeading.addClassName("evidence-files-heading");
        Paragraph filesHint = new Paragraph(
                getTranslation("evidence.files.hint", files.maxSize().toBytes() / (1024.0 * 1024.0)));
        filesHint.addClassName("card-hint");
        fileList.addClassName("evidence-files");
        showFiles(files.files(item.id()));
        add(title, status, reason, due, link, note, filesHeading, fileList, upload, filesHint, error);
        save = new Button(getTranslation("evidence.save"), e -> {
            String problem = problem();
            if (problem != null) {
                error.setText(problem);
                error.setVisible(true);
                return;
            }
            onSave.accept(new EvidenceUpdate(
                    item.id(),
                    version,
                    title.getValue(),
                    status.getValue(),
                    reason.getValue(),
                    due.getValue(),
                    link.getValue(),
                    note.getValue()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("evidence-save");
        Button cancel = new Button(getTranslation("evidence.cancel"), e -> {
            close();
            if (filesChanged) {
                onFilesChanged.run();
            }
        });
        cancel.addClassName("evidence-cancel");
        addOpenedChangeListener(e -> {
            if (e.isFromClient() && !e.isOpened() && filesChanged) {
                onFilesChanged.run();
            }
        });
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    /** What to do when the dialog closes without saving after files were uploaded or removed. */
    public void setOnFilesChanged(Runnable onFilesChanged) {
        this.onFilesChanged = onFilesChanged;
    }

    /** Whether files were uploaded or removed in this dialog. */
    public boolean filesChanged() {
        return filesChanged;
    }

    private Upload createUpload() {
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            String name = event.getFileName();
            try {
                EvidenceFileChange change = files.upload(itemId, name, event.getInputStream());
                ui.access(() -> {
                    changed(change);
                    Notification.show(getTranslation("evidence.files.uploaded", name))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
            } catch (UserMessageException e) {
                // a rejected file (UploadRejectedException) or an item removed meanwhile
                event.reject(e.getMessage());
                ui.access(() -> showError(getTranslation(e.key(), e.params())));
            } catch (AccessDeniedException e) {
                event.reject(e.getMessage());
                ui.access(() -> showError(getTranslation("evidence.file.denied")));
            } catch (RuntimeException e) {
                LOG.warn("evidence-upload-failed:{}:{}", itemId, name, e);
                event.reject(e.getMessage());
                ui.access(() -> showError(getTranslation("evidence.file.failed", name)));
            }
        };
        Upload result = new Upload(handler);
        long max = files.maxSize().toBytes();
        result.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        result.setAcceptedFileTypes(files.acceptedExtensions().stream()
                .map(extension -> "." + extension)
                .toArray(String[]::new));
        result.setI18n(uploadI18n(max / (1024.0 * 1024.0)));
        result.addClassName("evidence-upload");
        result.setWidthFull();
        result.addFileRejectedListener(
                e -> showError(getTranslation("evidence.file.rejected.client", e.getFileName(), e.getErrorMessage())));
        result.addAllFinishedListener(e -> result.clearFileList());
        return result;
    }

    private UploadI18N uploadI18n(double maxMegabytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("evidence.upload.addOne"))
                .setMany(getTranslation("evidence.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("evidence.upload.dropOne"))
                .setMany(getTranslation("evidence.upload.dropMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("evidence.upload.tooMany"))
                .setFileIsTooBig(getTranslation("evidence.upload.tooBig", maxMegabytes))
                .setIncorrectFileType(getTranslation("evidence.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("evidence.upload.connecting"))
                        .setStalled(getTranslation("evidence.upload.stalled"))
                        .setProcessing(getTranslation("evidence.upload.processing"))
                        .setHeld(getTranslation("evidence.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("evidence.upload.remaining"))
                        .setUnknown(getTranslation("evidence.upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("evidence.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("evidence.upload.serverError"))
                        .setForbidden(getTranslation("evidence.upload.forbidden"))
                        .setFileTooLarge(getTranslation("evidence.upload.tooBig", maxMegabytes))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("evidence.upload.retry"))
                .setStart(getTranslation("evidence.upload.start"))
                .setRemove(getTranslation("evidence.upload.remove")));
        return i18n;
    }

    /**
     * Takes over the item's state after an upload or removal: the new version if nobody else changed
     * the item in between (otherwise saving reports the other change), and the status the service set
     * unless the user already picked another one.
     */
    private void changed(EvidenceFileChange change) {
        filesChanged = true;
        error.setVisible(false);
        EvidenceItem now = change.item();
        if (now.version() == version + 1) {
            version = now.version();
            if (status.getValue() == shownStatus) {
                status.setValue(now.status());
            }
            shownStatus = now.status();
        }
        showFiles(change.files());
    }

    private void showFiles(List<EvidenceFile> list) {
        fileList.removeAll();
        if (list.isEmpty()) {
            ListItem none = new ListItem(getTranslation("evidence.files.none"));
            none.addClassName("evidence-files-none");
            fileList.add(none);
            return;
        }
        for (EvidenceFile file : list) {
            Anchor download = EvidenceGrid.downloadLink(file);
            Span meta = new Span(getTranslation(
                    "evidence.files.meta",
                    EvidenceGrid.size(this, file.sizeBytes()),
                    file.uploadedBy(),
                    TextFormat.date(file.uploadedAt().toLocalDate())));
            meta.addClassName("evidence-file-meta");
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(file));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.addClassName("evidence-file-delete");
            delete.setAriaLabel(getTranslation("evidence.files.delete", file.originalName()));
            delete.setTooltipText(getTranslation("evidence.files.delete", file.originalName()));
            Div row = new Div(download, meta, delete);
            row.addClassName("evidence-file-row");
            ListItem entry = new ListItem(row);
            entry.addClassName("evidence-file");
            fileList.add(entry);
        }
    }

    private void delete(EvidenceFile file) {
        try {
            changed(files.delete(file.id()));
        } catch (AccessDeniedException e) {
            showError(getTranslation("evidence.file.denied"));
            return;
        } catch (UserMessageException e) {
            // removed meanwhile by someone else
            showFiles(files.files(itemId));
            showError(getTranslation(e.key(), e.params()));
            return;
        }
        Notification.show(getTranslation("evidence.files.deleted", file.originalName()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The first problem of the form in words, or null. */
    private String problem() {
        if (title.getValue().isBlank()) {
            return getTranslation("evidence.invalid.title");
        }
        if (status.getValue() == EvidenceStatus.DITOLAK && reason.getValue().isBlank()) {
            return getTranslation("evidence.invalid.reason");
        }
        if (!link.getValue().isBlank()
                && !EvidenceService.validLink(link.getValue().strip())) {
            return getTranslation("evidence.invalid.link");
        }
        return null;
    }

    /** Shows a problem reported by the service (for example a change by someone else). */
    public void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
