package id.pantauspbe.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.HeaderItem;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.reminder.DueItem;
import id.pantauspbe.reminder.DueItemService;
import id.pantauspbe.reminder.ReminderRules;
import java.util.List;

/**
 * The bell in the header: the signed-in user's evidence items that are nearly due or overdue, with a
 * count on the icon and a list that links to each item in Data dukung. Hidden for PIMPINAN.
 */
@org.springframework.stereotype.Component
class DueBell implements HeaderItem {

    static final int SHOWN = 10;

    private final DueItemService reminders;

    DueBell(DueItemService reminders) {
        this.reminders = reminders;
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        if (!reminders.hasDeadlines()) {
            Div none = new Div();
            none.setVisible(false);
            return none;
        }
        List<DueItem> due = reminders.myDueItems();
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("due-bell");
        String label = due.isEmpty()
                ? ui.getTranslation("reminder.bell.none")
                : ui.getTranslation("reminder.bell.count", String.valueOf(due.size()));
        bell.setAriaLabel(label);
        bell.getElement().setAttribute("title", label);
        Div wrapper = new Div(bell);
        wrapper.addClassName("due-bell-wrapper");
        if (!due.isEmpty()) {
            Span badge = new Span(String.valueOf(due.size()));
            badge.addClassName("due-bell-count");
            badge.getElement().setAttribute("aria-hidden", "true");
            wrapper.add(badge);
        }
        bell.addClickListener(e -> open(ui, due));
        return wrapper;
    }

    private static void open(UI ui, List<DueItem> due) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation("reminder.bell"));
        dialog.addClassName("due-bell-dialog");
        if (due.isEmpty()) {
            dialog.add(new Paragraph(ui.getTranslation("reminder.bell.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (DueItem d : due.subList(0, Math.min(SHOWN, due.size()))) {
                EvidenceItem item = d.item();
                Anchor link = new Anchor(
                        "data-dukung?instansi=" + item.instansiCode() + "&tahun=" + item.year()
                                + (item.opdId() == null ? "" : "&opd=" + item.opdId()) + "&indikator="
                                + item.indicatorCode(),
                        item.indicatorCode() + " " + item.title());
                Span when = new Span(" – "
                        + ui.getTranslation("evidence.status." + item.status().name()) + ", "
                        + TextFormat.date(item.dueDate()) + " ("
                        + ReminderRules.remaining(d.daysLeft(), ui::getTranslation) + ")");
                if (d.overdue()) {
                    when.addClassName("overdue");
                }
                list.add(new ListItem(link, when));
            }
            dialog.add(list);
            if (due.size() > SHOWN) {
                dialog.add(new Paragraph(ui.getTranslation("reminder.bell.more", String.valueOf(due.size() - SHOWN))));
            }
        }
        Anchor all = new Anchor("data-dukung", ui.getTranslation("reminder.bell.all"));
        Button close = new Button(ui.getTranslation("reminder.bell.close"), e -> dialog.close());
        dialog.getFooter().add(all, close);
        dialog.open();
    }
}
