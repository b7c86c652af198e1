package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.base.ui.DateFields;
import id.pantauspbe.opd.Opd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Adds a document to the checklist: indicator, the level it supports (or general), title, OPD, due date. */
public class EvidenceAddDialog extends Dialog {

    /** What the dialog gives back. */
    public record NewItem(String indicatorCode, BigDecimal level, String title, Long opdId, LocalDate dueDate) {}

    final ComboBox<String> indicator = new ComboBox<>();
    final Select<Integer> level = new Select<>();
    final TextField title = new TextField();
    final ComboBox<Opd> opd = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final Paragraph error = new Paragraph();
    final Button save;

    public EvidenceAddDialog(
            Map<String, String> indicators,
            List<Opd> opds,
            LocalDate defaultDue,
            java.util.function.Consumer<NewItem> onSave) {
        addClassName("evidence-add-dialog");
        setHeaderTitle(getTranslation("evidence.add.title"));
        indicator.setLabel(getTranslation("evidence.column.indicator"));
        indicator.setItems(List.copyOf(indicators.keySet()));
        indicator.setItemLabelGenerator(code -> code + " " + indicators.getOrDefault(code, ""));
        indicator.setWidthFull();
        indicator.addClassName("add-indicator");
        level.setLabel(getTranslation("evidence.column.level"));
        level.setItems(1, 2, 3, 4, 5);
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("evidence.level.general"));
        level.setItemLabelGenerator(
                l -> l == null ? getTranslation("evidence.level.general") : getTranslation("evidence.level.n", l));
        level.addClassName("add-level");
        title.setLabel(getTranslation("evidence.field.title"));
        title.setMaxLength(300);
        title.setWidthFull();
        title.addClassName("add-title");
        opd.setLabel(getTranslation("evidence.column.opd"));
        opd.setItems(opds);
        opd.setItemLabelGenerator(Opd::name);
        opd.setWidthFull();
        opd.addClassName("add-opd");
        due.setLabel(getTranslation("evidence.field.due"));
        due.setValue(defaultDue);
        due.addClassName("add-due");
        DateFields.configure(due);
        error.addClassName("evidence-error");
        error.setVisible(false);
        add(indicator, level, title, opd, due, error);
        save = new Button(getTranslation("evidence.add.save"), e -> {
            if (indicator.getValue() == null || title.getValue().isBlank()) {
                error.setText(getTranslation("evidence.add.invalid"));
                error.setVisible(true);
                return;
            }
            onSave.accept(new NewItem(
                    indicator.getValue(),
                    level.getValue() == null ? null : BigDecimal.valueOf(level.getValue()),
                    title.getValue().strip(),
                    opd.getValue() == null ? null : opd.getValue().id(),
                    due.getValue()));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("evidence-add-save");
        getFooter().add(new Button(getTranslation("evidence.cancel"), e -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
