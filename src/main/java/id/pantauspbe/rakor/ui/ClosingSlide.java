package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.hint;
import static id.pantauspbe.rakor.ui.SlideParts.more;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.slide;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.DateFields;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.rakor.RakorSnapshot;

/** What the meeting agrees: the closing text and the action items; recorded in edit mode. */
final class ClosingSlide implements Slide {

    /** Fewer rows under the agreements, so the slide still fits 1280×720. */
    private static final int CLOSING_ROWS = 5;

    @Override
    public String key() {
        return "rakor.slide.closing";
    }

    @Override
    public String name() {
        return "closing";
    }

    @Override
    public Section render(SlideContext c) {
        RakorSnapshot snapshot = c.snapshot();
        Paragraph text = new Paragraph(
                snapshot.closingText().isBlank() ? c.t("rakor.slide.closing.empty") : snapshot.closingText());
        text.addClassName("closing-text");
        Div body = new Div(text);
        body.addClassName("closing-box");
        if (snapshot.actions().isEmpty()) {
            body.add(note(c.t("rakor.slide.closing.noActions")));
        } else {
            body.add(
                    ActionTable.of(c, snapshot.actions(), "closing-actions", CLOSING_ROWS),
                    more(c, snapshot.actions().size(), CLOSING_ROWS));
        }
        snapshot.rakor().ifPresent(r -> body.add(hint(c.t("rakor.heldOn", TextFormat.date(r.heldOn())))));
        Section section = slide(c.t("rakor.slide.closing.title", c.year()), body);
        if (c.editing()) {
            Button edit = new Button(c.t("rakor.closing.edit"), VaadinIcon.EDIT.create(), e -> editClosing(c));
            edit.addClassName("closing-edit");
            Button add = new Button(c.t("rakor.action.add"), VaadinIcon.PLUS.create(), e -> addAction(c));
            add.addClassName("action-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div buttons = new Div(edit, add);
            buttons.addClassName("closing-buttons");
            section.add(buttons);
        }
        return section;
    }

    private static void editClosing(SlideContext c) {
        RakorSnapshot snapshot = c.snapshot();
        Dialog dialog = new Dialog();
        dialog.addClassName("rakor-closing-dialog");
        dialog.setHeaderTitle(c.t("rakor.closing.edit"));
        TextArea area = new TextArea(c.t("rakor.closing.label"));
        area.setMaxLength(4000);
        area.setWidthFull();
        area.setMinHeight("12rem");
        area.setValue(snapshot.closingText());
        area.addClassName("closing-area");
        DatePicker heldOn = new DatePicker(c.t("rakor.closing.heldOn"));
        DateFields.configure(heldOn);
        heldOn.addClassName("closing-held-on");
        snapshot.rakor().ifPresent(r -> heldOn.setValue(r.heldOn()));
        dialog.add(heldOn, area);
        Button save = new Button(c.t("rakor.save"), e -> {
            try {
                c.service()
                        .saveClosing(snapshot.instansi().code(), snapshot.year(), area.getValue(), heldOn.getValue());
            } catch (UserMessageException refused) {
                Notices.error(refused);
                return;
            }
            dialog.close();
            Notices.success("rakor.closing.saved");
            c.reload().run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("closing-save");
        dialog.getFooter().add(new Button(c.t("rakor.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    private static void addAction(SlideContext c) {
        RakorSnapshot snapshot = c.snapshot();
        ActionDialog dialog = new ActionDialog(snapshot.opdChoices(), null, a -> {
            try {
                c.service()
                        .addAction(snapshot.instansi().code(), snapshot.year(), a.opdId(), a.what(), a.who(), a.due());
            } catch (UserMessageException refused) {
                Notices.error(refused);
                return;
            }
            Notices.success("rakor.action.saved");
            c.reload().run();
        });
        dialog.open();
    }
}
