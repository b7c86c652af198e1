package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.EvidenceUpdate;
import java.util.function.Consumer;

/**
 * Edits one evidence item: title, status, reason (required for a rejection), due date, link and note.
 * The version read is sent back so a change by someone else in between is refused. Documents are
 * links for now (file upload comes with another issue).
 */
public class EvidenceDialog extends Dialog {

    final TextField title = new TextField();
    final Select<EvidenceStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final DatePicker due = new DatePicker();
    final TextField link = new TextField();
    final TextArea note = new TextArea();
    final Paragraph error = new Paragraph();
    final Button save;

    public EvidenceDialog(EvidenceItem item, Consumer<EvidenceUpdate> onSave) {
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
        due.setLocale(getLocale());
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
        add(title, status, reason, due, link, note, error);
        save = new Button(getTranslation("evidence.save"), e -> {
            String problem = problem();
            if (problem != null) {
                error.setText(problem);
                error.setVisible(true);
                return;
            }
            onSave.accept(new EvidenceUpdate(
                    item.id(),
                    item.version(),
                    title.getValue(),
                    status.getValue(),
                    reason.getValue(),
                    due.getValue(),
                    link.getValue(),
                    note.getValue()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("evidence-save");
        Button cancel = new Button(getTranslation("evidence.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
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
