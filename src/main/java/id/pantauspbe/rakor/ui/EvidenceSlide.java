package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.columns;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.number;
import static id.pantauspbe.rakor.ui.SlideParts.row;
import static id.pantauspbe.rakor.ui.SlideParts.slide;
import static id.pantauspbe.rakor.ui.SlideParts.table;
import static id.pantauspbe.rakor.ui.SlideParts.text;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.DeadlineCountdown;
import id.pantauspbe.rakor.RakorSnapshot;

/** Evidence of the open stage: counts, the stage deadlines and the OPDs most behind. */
final class EvidenceSlide implements Slide {

    private static final int OPD_ROWS = 6;

    @Override
    public String key() {
        return "rakor.slide.evidence";
    }

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public Section render(SlideContext c) {
        RakorSnapshot.Evidence e = c.snapshot().evidence();
        if (!e.present()) {
            return slide(
                    c.t("rakor.slide.evidence.titleYear", c.year()),
                    note(c.t("rakor.slide.evidence.noneYear", c.year())));
        }
        Paragraph counts = new Paragraph(c.t(
                "rakor.slide.evidence.counts",
                e.total(),
                e.verified(),
                e.uploaded(),
                e.rejected(),
                e.missing(),
                e.overdue()));
        counts.addClassName("slide-lead");
        UnorderedList deadlines = new UnorderedList();
        deadlines.addClassName("rakor-deadlines");
        for (DeadlineCountdown d : e.deadlines()) {
            deadlines.add(deadline(c, d));
        }
        Div leftColumn = new Div(new H2(c.t("rakor.slide.evidence.deadlines")), deadlines);
        leftColumn.addClassName("slide-column");
        NativeTable table = table(
                "evidence-opd-table",
                c.t("rakor.column.opd"),
                c.t("rakor.column.verified"),
                c.t("rakor.column.missing"),
                c.t("rakor.column.overdue"));
        e.byOpd().stream()
                .limit(OPD_ROWS)
                .forEach(o -> row(
                        table,
                        o.summary().overdue() > 0 ? "weak" : null,
                        text(o.opdName()),
                        number(o.summary().verified() + " / " + o.summary().total()),
                        number(String.valueOf(o.summary().missing())),
                        number(String.valueOf(o.summary().overdue()))));
        Div rightColumn = new Div(new H2(c.t("rakor.slide.evidence.byOpd")), table);
        rightColumn.addClassName("slide-column");
        return slide(c.t(e.titleKey(), e.year()), counts, columns(leftColumn, rightColumn));
    }

    private static ListItem deadline(SlideContext c, DeadlineCountdown d) {
        Span name = new Span(d.deadline().name());
        name.addClassName("deadline-name");
        Span date = new Span(TextFormat.date(d.deadline().dueDate()));
        date.addClassName("deadline-date");
        Span left = new Span(
                d.daysRemaining() == 0
                        ? c.t("rakor.deadline.today")
                        : d.passed()
                                ? c.t("rakor.deadline.passed", -d.daysRemaining())
                                : c.t("rakor.deadline.left", d.daysRemaining()));
        left.addClassNames("deadline-countdown", d.passed() ? "deadline-passed" : "deadline-ahead");
        ListItem item = new ListItem(name, date, left);
        item.addClassName("rakor-deadline");
        return item;
    }
}
