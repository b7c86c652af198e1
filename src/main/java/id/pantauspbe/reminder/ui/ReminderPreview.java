package id.pantauspbe.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.reminder.ReminderService;
import java.util.stream.Collectors;

/** The card "Yang akan dikirim hari ini": one row per message, OPDs without an address, and "Kirim sekarang". */
class ReminderPreview extends Section {

    ReminderPreview(ReminderService.Preview preview, boolean mailConfigured, Runnable sendNow) {
        addClassName("card");
        add(new H3(getTranslation("reminder.preview.title", TextFormat.date(preview.today()))));
        if (preview.year() == null) {
            add(new Paragraph(getTranslation("reminder.preview.noYear")));
            return;
        }
        add(new Paragraph(getTranslation("reminder.preview.year", String.valueOf(preview.year()))));
        if (preview.mails().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("reminder.preview.empty"));
            empty.addClassName("reminder-preview-empty");
            add(empty);
        } else {
            Grid<ReminderService.PlannedMail> grid = new Grid<>();
            grid.addColumn(p -> p.mail().recipient())
                    .setHeader(getTranslation("reminder.col.recipient"))
                    .setAutoWidth(true);
            grid.addColumn(ReminderService.PlannedMail::opdName)
                    .setHeader(getTranslation("reminder.col.opd"))
                    .setAutoWidth(true);
            grid.addColumn(p -> getTranslation("mail.kind." + p.mail().kind().name()))
                    .setHeader(getTranslation("reminder.col.kind"))
                    .setAutoWidth(true);
            grid.addColumn(p -> p.mail().subject())
                    .setHeader(getTranslation("reminder.col.subject"))
                    .setFlexGrow(2);
            grid.addColumn(p -> p.itemCount() == 0 ? "" : String.valueOf(p.itemCount()))
                    .setHeader(getTranslation("reminder.col.items"))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            grid.addColumn(p -> getTranslation(p.alreadySent() ? "reminder.preview.sent" : "reminder.preview.pending"))
                    .setHeader(getTranslation("reminder.col.state"))
                    .setAutoWidth(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addClassName("reminder-preview-grid");
            grid.setAllRowsVisible(true);
            grid.setItems(preview.mails());
            add(grid);
        }
        if (!preview.opdsWithoutEmail().isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation(
                    "reminder.preview.withoutEmail",
                    preview.opdsWithoutEmail().stream().map(Opd::name).collect(Collectors.joining(", "))));
            missing.addClassName("reminder-without-email");
            add(missing);
        }
        Button send = new Button(getTranslation("reminder.send"), e -> sendNow.run());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("reminder-send");
        send.setEnabled(mailConfigured);
        send.setDisableOnClick(true);
        add(send);
    }
}
