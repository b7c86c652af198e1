package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.fact;

import com.vaadin.flow.component.html.Div;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Predikats;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.YearResult;

/** The large figures of the title and trend slides: index, predikat, change, target. */
final class Facts {

    private Facts() {}

    static Div index(SlideContext c) {
        Overview o = c.snapshot().overview();
        return fact(
                "fact-index",
                c.t("rakor.fact.index", c.year()),
                TextFormat.decimal(o.current().map(YearResult::value).orElse(null)));
    }

    static Div predikat(SlideContext c) {
        var band = c.snapshot().overview().current().flatMap(YearResult::predikat);
        Div fact = fact(
                "fact-predikat",
                c.t("rakor.fact.predikat"),
                band.map(PredikatBand::name).orElse("–"));
        band.ifPresent(b -> fact.getChildren()
                .skip(1)
                .findFirst()
                .ifPresent(v -> v.addClassNames("predikat-badge", Predikats.badgeClass(b.rank()))));
        return fact;
    }

    static Div change(SlideContext c) {
        return fact(
                "fact-change",
                c.t("rakor.fact.change"),
                c.snapshot().overview().change().map(TextFormat::signed).orElse("–"));
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
}
