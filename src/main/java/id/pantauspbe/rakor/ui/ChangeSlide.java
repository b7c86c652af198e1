package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.capitalized;
import static id.pantauspbe.rakor.ui.SlideParts.columns;
import static id.pantauspbe.rakor.ui.SlideParts.hint;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.number;
import static id.pantauspbe.rakor.ui.SlideParts.row;
import static id.pantauspbe.rakor.ui.SlideParts.slide;
import static id.pantauspbe.rakor.ui.SlideParts.table;
import static id.pantauspbe.rakor.ui.SlideParts.text;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.crosswalk.ui.SetaraTexts;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.evaluation.YearResult;
import java.util.Optional;

/** The change against the previous evaluated year, explained by domain (or aspect). */
final class ChangeSlide implements Slide {

    @Override
    public String key() {
        return "rakor.slide.change";
    }

    @Override
    public String name() {
        return "change";
    }

    @Override
    public Section render(SlideContext c) {
        var snapshot = c.snapshot();
        Overview o = snapshot.overview();
        if (o.previous().isEmpty()) {
            return slide(
                    c.t("rakor.slide.change.titleNone", c.year()),
                    note(c.t("rakor.slide.change.unavailable."
                            + snapshot.changeUnavailable().name())));
        }
        int from = o.previous().get().year();
        String level = c.level();
        String title = c.t("rakor.slide.change.title", from, c.year(), level);
        // across a framework boundary: how the Pemda did on what both years assessed
        Optional<Paragraph> setara = snapshot.setara()
                .flatMap(b -> SetaraTexts.sentence(b, c::t))
                .map(text -> {
                    Paragraph p = new Paragraph(text + " " + c.t("rakor.slide.change.setaraNote"));
                    p.addClassName("change-setara");
                    return p;
                });
        if (snapshot.change().isEmpty()) {
            Paragraph why = note(c.t("rakor.slide.change.unavailable."
                    + snapshot.changeUnavailable().name()));
            if (setara.isPresent()) {
                return slide(title, setara.get(), why);
            }
            // where a comparison is meaningful, say which year it is made with
            return o.comparableYear()
                    .map(y -> slide(title, why, hint(c.t("rakor.slide.change.comparable", y))))
                    .orElseGet(() -> slide(title, why));
        }
        var decomposition = snapshot.change().get();
        Paragraph summary = new Paragraph(c.t(
                "rakor.slide.change.summary",
                snapshot.instansi().name(),
                TextFormat.decimal(o.previous().get().value()),
                TextFormat.decimal(o.current().map(YearResult::value).orElse(null)),
                TextFormat.signed(o.change().orElse(null))));
        summary.addClassName("slide-lead");
        Chart chart = new Chart();
        chart.addClassName("rakor-change-chart");
        chart.setHeight("46vh");
        chart.setOption(ChangeChartOption.of(decomposition, c.texts()).forProjector(RakorView.FONT_FACTOR));
        chart.setDescription(title);
        NativeTable table = table(
                "change-table",
                capitalized(level),
                c.t("rakor.column.before"),
                c.t("rakor.column.after"),
                c.t("rakor.column.contribution"));
        decomposition
                .nodes()
                .forEach(n -> row(
                        table,
                        n.points().signum() < 0 ? "down" : "up",
                        text(n.name()),
                        number(TextFormat.decimal(n.before())),
                        number(TextFormat.decimal(n.after())),
                        number(TextFormat.signedPoints(n.points()))));
        Div columns = columns(chart, table);
        if (decomposition.sameFramework()) {
            return slide(title, summary, columns);
        }
        return setara.isPresent()
                ? slide(title, summary, setara.get(), columns)
                : slide(title, summary, hint(c.t("rakor.slide.change.acrossFrameworks", level)), columns);
    }
}
