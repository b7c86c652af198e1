package id.pantauspbe.rakor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.base.ui.DateFields;
import id.pantauspbe.opd.Opd;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Records an action agreed in the meeting: which OPD, what, who, by when. */
class ActionDialog extends Dialog {

    /** What the dialog gives back. */
    record NewAction(Long opdId, String what, String who, LocalDate due) implements Serializable {}

    @FunctionalInterface
    interface Saver extends Serializable {
        void save(NewAction action);
    }

    final ComboBox<Opd> opd = new ComboBox<>();
    final TextField what = new TextField();
    final TextField who = new TextField();
    final DatePicker due = new DatePicker();
    final Paragraph error = new Paragraph();
    final Button save;

    ActionDialog(List<Opd> opds, LocalDate defaultDue, Saver onSave) {
        addClassName("rakor-action-dialog");
        setHeaderTitle(getTranslation("rakor.action.add"));
        opd.setLabel(getTranslation("rakor.action.opd"));
        opd.setItems(opds);
        opd.setItemLabelGenerator(Opd::name);
        opd.setWidthFull();
        opd.addClassName("action-opd");
        what.setLabel(getTranslation("rakor.action.what"));
        what.setMaxLength(1000);
        what.setWidthFull();
        what.addClassName("action-what");
        who.setLabel(getTranslation("rakor.action.who"));
        who.setMaxLength(200);
        who.setWidthFull();
        who.addClassName("action-who");
        due.setLabel(getTranslation("rakor.action.due"));
        due.setValue(defaultDue);
        DateFields.configure(due);
        due.addClassName("action-due");
        error.addClassName("evidence-error");
        error.setVisible(false);
        add(opd, what, who, due, error);
        save = new Button(getTranslation("rakor.save"), e -> {
            if (what.getValue().isBlank()) {
                error.setText(getTranslation("rakor.action.whatRequired"));
                error.setVisible(true);
                return;
            }
            onSave.save(new NewAction(
                    opd.getValue() == null ? null : opd.getValue().id(),
                    what.getValue().strip(),
                    who.getValue().strip(),
                    due.getValue()));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("action-save");
        getFooter().add(new Button(getTranslation("rakor.cancel"), e -> close()), save);
        setWidth("min(44rem, 95vw)");
    }
}
