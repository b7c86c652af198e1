package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.MAX_ROWS;
import static id.pantauspbe.rakor.ui.SlideParts.more;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.number;
import static id.pantauspbe.rakor.ui.SlideParts.row;
import static id.pantauspbe.rakor.ui.SlideParts.slide;
import static id.pantauspbe.rakor.ui.SlideParts.table;
import static id.pantauspbe.rakor.ui.SlideParts.text;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.plan.Forecast;
import id.pantauspbe.plan.PlanProgress;
import id.pantauspbe.rakor.RakorSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * "Menuju target": the saved rencana peningkatan of the year the meeting works towards, how many of
 * its steps the self-assessment has reached, the steps still open first, and where the result will
 * likely land (the forecast with its range) against the target.
 */
final class TargetSlide implements Slide {

    @Override
    public String key() {
        return "rakor.slide.target";
    }

    @Override
    public String name() {
        return "target";
    }

    @Override
    public Section render(SlideContext c) {
        RakorSnapshot s = c.snapshot();
        int year = s.planYear();
        List<com.vaadin.flow.component.Component> body = new ArrayList<>();
        s.forecast().ifPresent(f -> body.add(forecast(c, f)));
        if (s.plan().isEmpty()) {
            body.add(note(c.t("rakor.slide.target.noPlan", year)));
            return slide(
                    c.t("rakor.slide.target.title", year), body.toArray(com.vaadin.flow.component.Component[]::new));
        }
        PlanProgress p = s.plan().get();
        Paragraph lead = new Paragraph(c.t(
                "rakor.slide.target.progress",
                p.reachedCount(),
                p.total(),
                TextFormat.decimal(p.plan().target()),
                TextFormat.decimal(p.plan().planExact())));
        lead.addClassNames("slide-lead", "target-progress");
        body.addFirst(lead);
        NativeTable table = table(
                "target-steps",
                c.t("rakor.column.indicator"),
                c.t("rakor.slide.target.step"),
                c.t("rakor.column.opd"),
                c.t("rakor.column.date"),
                c.t("rakor.slide.target.state"));
        // steps still open first: they are what the meeting has to chase
        List<PlanProgress.StepProgress> ordered = new ArrayList<>(p.steps());
        ordered.sort((a, b) -> Boolean.compare(a.reached(), b.reached()));
        ordered.stream()
                .limit(MAX_ROWS)
                .forEach(sp -> row(
                        table,
                        sp.reached() ? null : "weak",
                        text(sp.step().indicatorCode() + " " + sp.indicatorName()),
                        number(TextFormat.level(sp.step().from()) + " \u2192 "
                                + TextFormat.level(sp.step().to())),
                        text(sp.step().opdName() == null ? "\u2013" : sp.step().opdName()),
                        text(
                                sp.step().dueDate() == null
                                        ? "\u2013"
                                        : TextFormat.date(sp.step().dueDate())),
                        text(c.t(sp.reached() ? "rakor.slide.target.reached" : "rakor.slide.target.open"))));
        body.add(table);
        body.add(more(c, ordered.size(), MAX_ROWS));
        return slide(c.t("rakor.slide.target.title", year), body.toArray(com.vaadin.flow.component.Component[]::new));
    }

    private static Paragraph forecast(SlideContext c, Forecast f) {
        String range = f.hasRange()
                ? c.t("rakor.slide.target.range", TextFormat.decimal(f.low()), TextFormat.decimal(f.high()))
                : "";
        String target = f.targetInRange() == null
                ? ""
                : c.t(
                        f.targetInRange() ? "rakor.slide.target.inRange" : "rakor.slide.target.outOfRange",
                        TextFormat.decimal(f.target()));
        Paragraph p = new Paragraph(
                c.t("rakor.slide.target.forecast", f.year(), TextFormat.decimal(f.estimate()), f.sourceText(c::t))
                        + range
                        + target);
        p.addClassName("target-forecast");
        return p;
    }
}
