package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.evaluation.StageSchedule;
import id.pantauspbe.opd.DeadlineCountdown;
import java.util.List;

/** The stage deadlines of a year with a countdown; a passed one is late while a stage is still open. */
final class EvidenceDeadlinesCard extends Section {

    EvidenceDeadlinesCard(List<DeadlineCountdown> deadlines, StageSchedule openStage) {
        add(new H3(getTranslation("evidence.deadlines")));
        addClassNames("card", "deadlines-card");
        if (deadlines.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.deadlines.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("deadline-list");
        for (DeadlineCountdown d : deadlines) {
            Span name = new Span(d.deadline().name());
            name.addClassName("deadline-name");
            Span date = new Span(TextFormat.date(d.deadline().dueDate()));
            date.addClassName("deadline-date");
            // a deadline of a finished year is simply over; while a stage is open a passed one is late
            boolean late = d.passed() && openStage != null;
            Span countdown = new Span(
                    d.passed() && openStage == null
                            ? getTranslation("evidence.countdown.over")
                            : countdown(d.daysRemaining()));
            countdown.addClassNames(
                    "deadline-countdown", late ? "deadline-passed" : d.passed() ? "deadline-over" : "deadline-ahead");
            ListItem item = new ListItem(name, date, countdown);
            item.addClassName("deadline");
            list.add(item);
        }
        add(list);
        if (openStage != null && deadlines.stream().anyMatch(DeadlineCountdown::passed)) {
            Paragraph stillOpen = new Paragraph(getTranslation(
                    "evidence.deadlines.stillOpen",
                    getTranslation("stage." + openStage.stage().name()),
                    TextFormat.date(openStage.closesOn())));
            stillOpen.addClassName("deadline-still-open");
            add(stillOpen);
        }
    }

    String countdown(long days) {
        if (days == 0) {
            return getTranslation("evidence.countdown.today");
        }
        return days > 0
                ? getTranslation("evidence.countdown.ahead", days)
                : getTranslation("evidence.countdown.passed", -days);
    }
}
