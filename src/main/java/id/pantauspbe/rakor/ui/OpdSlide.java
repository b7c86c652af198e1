package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.MAX_ROWS;
import static id.pantauspbe.rakor.ui.SlideParts.more;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.number;
import static id.pantauspbe.rakor.ui.SlideParts.row;
import static id.pantauspbe.rakor.ui.SlideParts.slide;
import static id.pantauspbe.rakor.ui.SlideParts.strong;
import static id.pantauspbe.rakor.ui.SlideParts.table;
import static id.pantauspbe.rakor.ui.SlideParts.text;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.OpdReport;
import java.util.List;
import java.util.stream.Collectors;

/** The OPD ranking of the year beside the weak OPDs and why they are weak. */
final class OpdSlide implements Slide {

    @Override
    public String key() {
        return "rakor.slide.opd";
    }

    @Override
    public String name() {
        return "opd";
    }

    @Override
    public Section render(SlideContext c) {
        var snapshot = c.snapshot();
        List<OpdReport.Row> ranked = snapshot.rankedOpds();
        Div left = new Div(new H2(c.t("opd.rankBasis." + snapshot.opdRankBasis().name())));
        left.addClassName("slide-column");
        if (snapshot.opdRankBasis() == OpdReport.RankBasis.POINTS_HELD) {
            // points of a draft are provisional: say where they come from
            snapshot.provisional(c.texts()).ifPresent(text -> left.add(SlideParts.hint(text)));
        }
        if (ranked.isEmpty()) {
            left.add(note(c.t("rakor.slide.opd.noRanking")));
        } else {
            boolean ownIndex = snapshot.opdRankBasis() == OpdReport.RankBasis.OWN_INDEX;
            NativeTable table = table(
                    "opd-ranking-table",
                    c.t("rakor.column.rank"),
                    c.t("rakor.column.opd"),
                    c.t(ownIndex ? "rakor.column.indexOpd" : "rakor.column.pointsHeld"));
            ranked.stream()
                    .limit(MAX_ROWS)
                    .forEach(r -> row(
                            table,
                            r.weak() ? "weak" : null,
                            number(snapshot.rankText(r, c.texts())),
                            text(r.opd().name()),
                            number(ownIndex ? TextFormat.decimal(r.index()) : TextFormat.points(r.pointsHeld()))));
            left.add(table, more(c, ranked.size()));
        }
        List<OpdReport.Row> weak = snapshot.weakOpds();
        Div right = new Div(new H2(c.t("rakor.slide.opd.weak")));
        right.addClassName("slide-column");
        if (weak.isEmpty()) {
            right.add(note(c.t("rakor.slide.opd.noWeak")));
        } else {
            NativeTable table = table("opd-weak-table", c.t("rakor.column.opd"), c.t("rakor.column.reasons"));
            weak.stream()
                    .limit(MAX_ROWS)
                    .forEach(r -> row(
                            table,
                            "weak",
                            strong(r.opd().name()),
                            text(r.reasons().stream()
                                    .map(reason -> c.t("opd.reason." + reason.name()))
                                    .collect(Collectors.joining("; ")))));
            right.add(table, more(c, weak.size()));
        }
        Div columns = new Div(left, right);
        columns.addClassNames("slide-columns", "slide-columns-even");
        return slide(c.t("rakor.slide.opd.title", c.year()), columns);
    }
}
