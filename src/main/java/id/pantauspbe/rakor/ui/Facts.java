package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.fact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Predikats;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.rakor.RakorSnapshot;

/**
 * The large figures of the title and trend slides under the one presentation rule: a figure that is
 * not a settled result carries its provenance; an incomplete year gets no predikat; a change that is
 * not comparable is no number.
 */
final class Facts {

    private Facts() {}

    static Div index(SlideContext c) {
        RakorSnapshot s = c.snapshot();
        Div fact = fact(
                "fact-index",
                c.t("rakor.fact.index", c.year()),
                TextFormat.decimal(s.overview().current().map(YearResult::value).orElse(null)));
        s.provisional(c.texts()).ifPresent(text -> fact.add(small("fact-provenance", text)));
        return fact;
    }

    static Div predikat(SlideContext c) {
        RakorSnapshot s = c.snapshot();
        Div fact = fact(
                "fact-predikat",
                c.t("rakor.fact.predikat"),
                s.predikat(c.texts()).orElse("–"));
        if (s.settled()) {
            // the coloured badge only for a settled result; a provisional predikat is plain text
            s.overview()
                    .current()
                    .flatMap(YearResult::predikat)
                    .ifPresent(b -> fact.getChildren()
                            .skip(1)
                            .findFirst()
                            .ifPresent(v -> v.addClassNames("predikat-badge", Predikats.badgeClass(b.rank()))));
        }
        s.predikatWithheld(c.texts()).ifPresent(text -> fact.add(small("fact-withheld", text)));
        return fact;
    }

    static Div change(SlideContext c) {
        Overview o = c.snapshot().overview();
        return fact(
                "fact-change",
                c.t("rakor.fact.change"),
                o.change().map(TextFormat::signed).orElse("–"));
    }

    static Div target(SlideContext c) {
        return fact(
                "fact-target",
                c.t("rakor.fact.target", c.year()),
                c.snapshot()
                        .overview()
                        .target()
                        .map(t -> TextFormat.decimal(t.value()))
                        .orElse("–"));
    }

    private static Span small(String className, String text) {
        Span span = new Span(text);
        span.addClassNames("fact-note", className);
        return span;
    }
}
