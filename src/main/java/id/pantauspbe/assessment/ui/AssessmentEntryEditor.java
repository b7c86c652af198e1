package id.pantauspbe.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.evaluation.EntrySheet;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.StaleValueException;
import id.pantauspbe.evaluation.ValueEdit;
import id.pantauspbe.evaluation.ValueEntry;
import id.pantauspbe.evaluation.ValueEntryService;
import id.pantauspbe.evaluation.ValuePreview;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The form of one indicator on {@link AssessmentView}: its place and lead OPD, the last change, the
 * earlier stage's value, the value by level name, the justification, a correction note in the final
 * stage, the effect on the index while editing, and the indicator's evidence.
 */
final class AssessmentEntryEditor extends Div {

    private final transient ValueEntryService evaluation;
    private final SerializableConsumer<String> afterSave;
    private final EntrySheet sheet;
    private final EntrySheet.Row row;
    private final RadioButtonGroup<BigDecimal> levels = new RadioButtonGroup<>();
    private final BigDecimalField decimal = new BigDecimalField();
    private final TextArea justification = new TextArea();
    private final TextArea correction = new TextArea();
    private final Paragraph effect = new Paragraph();
    private final Paragraph conflict = new Paragraph();
    private Integer version;

    AssessmentEntryEditor(
            ValueEntryService evaluation,
            EntrySheet sheet,
            EntrySheet.Row row,
            String leadOpd,
            Component evidence,
            SerializableConsumer<String> afterSave) {
        this.evaluation = evaluation;
        this.sheet = sheet;
        this.row = row;
        this.afterSave = afterSave;
        addClassName("entry-editor");
        ValueEntry entry = row.entry();
        version = entry == null ? null : entry.version();
        H3 heading = new H3(row.code() + " " + row.name());
        Paragraph place =
                new Paragraph(getTranslation("assessment.place", row.groupName(), TextFormat.decimal(row.weight())));
        place.addClassName("entry-place");
        add(heading, place, createOwners(leadOpd), createLast(entry));
        if (row.reference() != null) {
            add(createReference());
        }
        boolean editable = row.editable();
        LevelScale scale = row.scale();
        if (scale.decimals()) {
            decimal.setLabel(getTranslation("assessment.value"));
            decimal.setHelperText(getTranslation(
                    "assessment.decimalHelp",
                    TextFormat.decimal(scale.min()),
                    nameOr(scale, scale.min()),
                    TextFormat.decimal(scale.max()),
                    nameOr(scale, scale.max())));
            decimal.addClassName("entry-decimal");
            decimal.setValue(entry == null ? null : entry.value());
            decimal.setReadOnly(!editable);
            decimal.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            decimal.addValueChangeListener(e -> updateEffect());
            add(decimal);
        } else {
            levels.setLabel(getTranslation("assessment.level"));
            levels.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            levels.addClassName("entry-levels");
            levels.setItems(List.copyOf(scale.names().keySet()));
            levels.setItemLabelGenerator(v -> v.stripTrailingZeros().toPlainString() + " – "
                    + scale.names().get(v));
            levels.setValue(
                    entry == null
                            ? null
                            : scale.names().keySet().stream()
                                    .filter(v -> v.compareTo(entry.value()) == 0)
                                    .findFirst()
                                    .orElse(null));
            levels.setReadOnly(!editable);
            levels.addValueChangeListener(e -> updateEffect());
            add(levels);
        }
        justification.setLabel(getTranslation("assessment.justification"));
        justification.setHelperText(getTranslation("assessment.justificationHelp"));
        justification.setMaxLength(4000);
        justification.setValue(entry == null || entry.justification() == null ? "" : entry.justification());
        justification.setReadOnly(!editable);
        justification.addClassName("entry-justification");
        add(justification);
        boolean correcting = editable && sheet.stage() == Stage.FINAL && entry != null;
        if (correcting) {
            correction.setLabel(getTranslation("assessment.correction"));
            correction.setHelperText(getTranslation("assessment.correctionHelp"));
            correction.setRequiredIndicatorVisible(true);
            correction.addClassName("entry-correction");
            add(correction);
        }
        effect.addClassName("entry-effect");
        conflict.addClassName("entry-conflict");
        conflict.setVisible(false);
        add(effect, conflict);
        if (editable) {
            Button save = new Button(getTranslation("assessment.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("entry-save");
            add(save);
        }
        add(evidence);
        updateEffect();
    }

    private String nameOr(LevelScale scale, BigDecimal value) {
        String name = scale.nameOf(value);
        return name == null ? "" : name;
    }

    private Component createOwners(String lead) {
        Paragraph p = new Paragraph(getTranslation("assessment.lead", lead));
        p.addClassName("entry-lead");
        return p;
    }

    /** The value of the nearest earlier stage, for the reviewer to compare with. */
    private Component createReference() {
        ValueEntry reference = row.reference();
        Div box = new Div(new Paragraph(getTranslation(
                "assessment.reference",
                getTranslation("stage." + row.referenceStage().name()),
                valueText(row.scale(), reference.value()),
                reference.updatedBy() == null ? "–" : reference.updatedBy())));
        if (reference.justification() != null) {
            box.add(new Paragraph(getTranslation("assessment.referenceJustification", reference.justification())));
        }
        box.addClassName("entry-reference");
        return box;
    }

    private Component createLast(ValueEntry entry) {
        Paragraph p = new Paragraph(
                entry == null
                        ? getTranslation("assessment.notValued")
                        : getTranslation(
                                "assessment.lastChange",
                                entry.updatedBy() == null ? "–" : entry.updatedBy(),
                                entry.updatedAt() == null ? "–" : TextFormat.dateTime(entry.updatedAt())));
        p.addClassName("entry-last");
        return p;
    }

    private BigDecimal value() {
        return row.scale().decimals() ? decimal.getValue() : levels.getValue();
    }

    private void updateEffect() {
        BigDecimal value = value();
        if (value == null) {
            effect.setText(getTranslation("assessment.effect.none"));
            return;
        }
        effect.setText(evaluation
                .previewEdit(sheet.instansiCode(), sheet.year(), sheet.stage(), row.code(), value)
                .map(this::effectText)
                .orElseGet(() -> getTranslation("assessment.effect.offScale")));
    }

    private String effectText(ValuePreview p) {
        String predikat = p.predikat()
                .map(b -> b.name())
                .orElse(getTranslation("assessment.predikat.incomplete", p.valuedIndicators(), p.totalIndicators()));
        return p.before() == null
                ? getTranslation("assessment.effect.first", TextFormat.decimal(p.after()), predikat)
                : getTranslation(
                        "assessment.effect",
                        TextFormat.decimal(p.before()),
                        TextFormat.decimal(p.after()),
                        TextFormat.signed(p.change()),
                        predikat);
    }

    private void save() {
        conflict.setVisible(false);
        if (row.scale().decimals() && decimal.isInvalid()) {
            error(getTranslation("assessment.error.number", row.code()));
            return;
        }
        try {
            evaluation.saveEntry(new ValueEdit(
                    sheet.instansiCode(),
                    sheet.year(),
                    sheet.stage(),
                    row.code(),
                    value(),
                    justification.getValue(),
                    version,
                    correction.getValue()));
            Notification n = Notification.show(getTranslation("assessment.saved", row.code()));
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterSave.accept(row.code());
        } catch (StaleValueException e) {
            // keep what the user typed; take the new version so a deliberate second save works
            ValueEntry now = e.current();
            version = now.version();
            conflict.setText(getTranslation(
                    "assessment.conflict",
                    row.code(),
                    now.updatedBy(),
                    TextFormat.dateTime(now.updatedAt()),
                    valueText(row.scale(), now.value()),
                    valueText(row.scale(), e.attempted())));
            conflict.setVisible(true);
        } catch (UserMessageException e) {
            error(getTranslation(e.key(), e.params()));
        } catch (AccessDeniedException e) {
            error(getTranslation("assessment.error.denied", row.code()));
        }
    }

    private void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A value as its number and, where the scale names it, its level name. */
    static String valueText(LevelScale scale, BigDecimal value) {
        String name = scale.nameOf(value);
        String number = scale.decimals()
                ? TextFormat.decimal(value)
                : value.stripTrailingZeros().toPlainString();
        return name == null ? number : number + " · " + name;
    }
}
