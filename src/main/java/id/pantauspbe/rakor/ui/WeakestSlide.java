package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.hint;
import static id.pantauspbe.rakor.ui.SlideParts.more;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.number;
import static id.pantauspbe.rakor.ui.SlideParts.row;
import static id.pantauspbe.rakor.ui.SlideParts.slide;
import static id.pantauspbe.rakor.ui.SlideParts.strong;
import static id.pantauspbe.rakor.ui.SlideParts.table;
import static id.pantauspbe.rakor.ui.SlideParts.text;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.rakor.RakorSnapshot;

/** The weakest indicators of the year with the OPD that leads each. */
final class WeakestSlide implements Slide {

    /** Indicator names are long (two lines): five rows fit 1280×720; the PDF lists the whole short list. */
    private static final int ROWS = 5;

    @Override
    public String key() {
        return "rakor.slide.weakest";
    }

    @Override
    public String name() {
        return "weakest";
    }

    @Override
    public Section render(SlideContext c) {
        var snapshot = c.snapshot();
        String title = c.t("rakor.slide.weakest.title", c.year());
        if (snapshot.weakest().isEmpty()) {
            return slide(title, note(c.t("overview.weakest.empty")));
        }
        NativeTable table = table(
                "weakest-table",
                c.t("rakor.column.indicator"),
                c.t("rakor.column.value"),
                c.t("rakor.column.pointsLost"),
                c.t("rakor.column.leadOpd"));
        for (RakorSnapshot.WeakIndicator w :
                snapshot.weakest().stream().limit(ROWS).toList()) {
            var i = w.indicator();
            row(
                    table,
                    w.unvalued() ? "unvalued" : null,
                    text(i.code() + " " + i.name()),
                    text(
                            w.unvalued()
                                    ? c.t("rakor.weakest.unvalued")
                                    : TextFormat.decimal(i.value())
                                            + (i.levelName() == null ? "" : " \u00b7 " + i.levelName())),
                    number(w.unvalued() ? "–" : TextFormat.points(i.pointsLost())),
                    strong(w.leadOpd() == null ? "–" : w.leadOpd()));
        }
        var list = snapshot.overview().weakList();
        String hint = c.t("rakor.slide.weakest.count", list.flagged(), list.totalIndicators(), list.limit());
        if (!list.unvalued().isEmpty()) {
            hint += " " + c.t("rakor.slide.weakest.unvalued", list.unvalued().size());
        }
        return slide(title, hint(hint), table, more(c, snapshot.weakest().size(), ROWS));
    }
}
