package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.columns;
import static id.pantauspbe.rakor.ui.SlideParts.note;
import static id.pantauspbe.rakor.ui.SlideParts.number;
import static id.pantauspbe.rakor.ui.SlideParts.row;
import static id.pantauspbe.rakor.ui.SlideParts.slide;
import static id.pantauspbe.rakor.ui.SlideParts.table;
import static id.pantauspbe.rakor.ui.SlideParts.text;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.ui.BreakdownChartOption;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.YearResult;
import java.util.List;

/** The domains (or aspects) of the year as bars beside last year's, and the aspects as a table. */
final class ProfileSlide implements Slide {

    /** Room for the long domain and aspect names beside the bars. */
    private static final int LABEL_WIDTH = 300;

    @Override
    public String key() {
        return "rakor.slide.profile";
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public Section render(SlideContext c) {
        Overview o = c.snapshot().overview();
        String title = c.t(c.snapshot().profileTitleKey(), c.year());
        if (o.breakdown().isEmpty()) {
            return slide(title, note(c.t("overview.breakdown.empty")));
        }
        Chart chart = new Chart();
        chart.addClassName("rakor-profile-chart");
        chart.setHeight("62vh");
        chart.setOption(BreakdownChartOption.of(o, c.texts(), LABEL_WIDTH).forProjector(RakorView.FONT_FACTOR));
        chart.setDescription(title);
        List<Figure> aspects = o.current().map(YearResult::aspects).orElse(List.of());
        NativeTable table =
                table("aspect-table", c.t("report.level.ASPECT"), c.t("rakor.column.weight"), String.valueOf(c.year()));
        aspects.forEach(a -> row(
                table,
                null,
                text(a.name()),
                number(TextFormat.decimal(a.weight())),
                number(TextFormat.decimal(a.value()))));
        return c.snapshot()
                .provisional(c.texts())
                .map(text -> slide(title, SlideParts.hint(text), columns(chart, table)))
                .orElseGet(() -> slide(title, columns(chart, table)));
    }
}
