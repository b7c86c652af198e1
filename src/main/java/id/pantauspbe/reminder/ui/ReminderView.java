package id.pantauspbe.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.reminder.MailLogEntry;
import id.pantauspbe.reminder.ReminderService;
import id.pantauspbe.reminder.ReminderSettings;
import id.pantauspbe.reminder.ReminderSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;

/**
 * "Pengingat" (coordinators only): whether a mail server is set, the reminder settings, what a run
 * today would send (with "kirim sekarang"), and the log of what was sent to whom and when.
 */
@Route("pengingat")
@Menu(title = "nav.reminder", order = 23, icon = "BELL")
@RolesAllowed("ADMIN")
public class ReminderView extends Main implements HasDynamicTitle {

    private final transient ReminderService reminders;
    private final transient ReminderSettingsService settings;
    private final String instansiCode;
    private final Checkbox enabled = new Checkbox();
    private final TextField days = new TextField();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final TextArea recipients = new TextArea();
    private final IntegerField reportDay = new IntegerField();
    private final Checkbox stageClose = new Checkbox();
    private final Div preview = new Div();
    private final Grid<MailLogEntry> logGrid = new Grid<>();
    private final Paragraph logEmpty = new Paragraph();

    public ReminderView(
            ReminderService reminders,
            ReminderSettingsService settings,
            EvaluationService evaluation,
            @Value("${pantau.pengingat.waktu:07:00}") String runTime) {
        this.reminders = reminders;
        this.settings = settings;
        this.instansiCode = evaluation.home().map(Instansi::code).orElse(null);
        addClassNames("analysis", "reminder-view");
        H2 title = new H2(getTranslation("reminder.title"));
        title.addClassName("view-title");
        add(title, new Paragraph(getTranslation("reminder.intro")));
        add(serverCard());
        if (instansiCode == null) {
            return;
        }
        add(settingsCard(runTime));
        preview.addClassName("reminder-preview");
        add(preview);
        add(logCard());
        showSettings(settings.of(instansiCode));
        refresh();
    }

    private Section serverCard() {
        boolean ok = reminders.mailConfigured();
        Paragraph state = new Paragraph(
                ok
                        ? getTranslation("reminder.server.ok", reminders.sender())
                        : getTranslation("reminder.server.missing"));
        state.addClassNames("reminder-server", ok ? "ok" : "missing");
        Section card = new Section(new H3(getTranslation("reminder.server.title")), state);
        card.addClassName("card");
        return card;
    }

    private Section settingsCard(String runTime) {
        enabled.setLabel(getTranslation("reminder.settings.enabled", runTime));
        enabled.addClassName("reminder-enabled");
        days.setLabel(getTranslation("reminder.settings.days"));
        days.setHelperText(getTranslation("reminder.settings.daysHint"));
        days.addClassName("reminder-days");
        weekday.setLabel(getTranslation("reminder.settings.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        recipients.setLabel(getTranslation("reminder.settings.recipients"));
        recipients.setHelperText(getTranslation("reminder.settings.recipientsHint"));
        recipients.addClassName("reminder-recipients");
        recipients.setMaxLength(2000);
        reportDay.setLabel(getTranslation("reminder.settings.reportDay"));
        reportDay.setHelperText(getTranslation("reminder.settings.reportDayHint"));
        reportDay.setMin(0);
        reportDay.setMax(28);
        stageClose.setLabel(getTranslation("reminder.settings.stageClose"));
        Button save = new Button(getTranslation("reminder.settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("reminder-save");
        Div fields = new Div(days, weekday, reportDay);
        fields.addClassName("filters");
        Section card = new Section(
                new H3(getTranslation("reminder.settings.title")), enabled, fields, recipients, stageClose, save);
        card.addClassNames("card", "reminder-settings");
        return card;
    }

    private void showSettings(ReminderSettings s) {
        enabled.setValue(s.enabled());
        days.setValue(s.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        weekday.setValue(s.overdueDay());
        recipients.setValue(String.join("\n", s.reportRecipients()));
        reportDay.setValue(s.reportDay());
        stageClose.setValue(s.reportOnStageClose());
    }

    private void save() {
        List<Integer> before;
        try {
            before = days.getValue().isBlank()
                    ? List.of()
                    : Arrays.stream(days.getValue().split("[,;\\s]+"))
                            .filter(t -> !t.isBlank())
                            .map(t -> Integer.valueOf(t.replaceFirst("^[Hh]-", "")))
                            .toList();
        } catch (NumberFormatException e) {
            Notices.error("reminder.error.daysFormat");
            return;
        }
        try {
            ReminderSettings saved = settings.saveSettings(
                    instansiCode,
                    new ReminderSettings(
                            enabled.getValue(),
                            before,
                            weekday.getValue() == null ? DayOfWeek.MONDAY : weekday.getValue(),
                            recipients
                                    .getValue()
                                    .lines()
                                    .map(String::strip)
                                    .filter(l -> !l.isEmpty())
                                    .toList(),
                            reportDay.getValue() == null ? 0 : reportDay.getValue(),
                            stageClose.getValue()));
            showSettings(saved);
            Notices.success("reminder.settings.saved");
            refresh();
        } catch (UserMessageException refused) {
            Notices.error(refused);
        }
    }

    private Section logCard() {
        logGrid.addColumn(e -> TextFormat.dateTime(e.sentAt() != null ? e.sentAt() : e.createdAt()))
                .setHeader(getTranslation("reminder.col.time"))
                .setAutoWidth(true);
        logGrid.addColumn(e -> getTranslation("mail.kind." + e.kind().name()))
                .setHeader(getTranslation("reminder.col.kind"))
                .setAutoWidth(true);
        logGrid.addColumn(MailLogEntry::recipient)
                .setHeader(getTranslation("reminder.col.recipient"))
                .setAutoWidth(true);
        logGrid.addColumn(MailLogEntry::subject)
                .setHeader(getTranslation("reminder.col.subject"))
                .setFlexGrow(2);
        logGrid.addColumn(e -> getTranslation("mail.status." + e.status().name()))
                .setHeader(getTranslation("reminder.col.status"))
                .setPartNameGenerator(e -> e.status() == MailLogEntry.Status.GAGAL ? "failed" : null)
                .setAutoWidth(true);
        logGrid.addColumn(MailLogEntry::attempts)
                .setHeader(getTranslation("reminder.col.attempts"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        logGrid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("reminder.col.error"))
                .setFlexGrow(1);
        logGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        logGrid.addClassName("reminder-log");
        logGrid.setAllRowsVisible(true);
        logEmpty.setText(getTranslation("reminder.log.empty"));
        Section card = new Section(new H3(getTranslation("reminder.log.title")), logEmpty, logGrid);
        card.addClassName("card");
        return card;
    }

    private void refresh() {
        preview.removeAll();
        preview.add(new ReminderPreview(reminders.preview(instansiCode), reminders.mailConfigured(), this::sendNow));
        List<MailLogEntry> entries = reminders.mailLog(instansiCode);
        logGrid.setItems(entries);
        logGrid.setVisible(!entries.isEmpty());
        logEmpty.setVisible(entries.isEmpty());
    }

    private void sendNow() {
        try {
            int sent = reminders.sendNow(instansiCode);
            long failed = reminders.mailLog(instansiCode).stream()
                    .filter(e -> e.status() == MailLogEntry.Status.GAGAL)
                    .count();
            if (failed > 0) {
                Notices.error("reminder.sentSome", String.valueOf(sent), String.valueOf(failed));
            } else {
                Notices.success("reminder.sent", String.valueOf(sent));
            }
        } catch (UserMessageException refused) {
            Notices.error(refused);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminder.pageTitle");
    }
}
