package id.pantauspbe.dashboard.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.Legend;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Series;
import id.pantauspbe.base.ui.chart.Toolbox;
import id.pantauspbe.base.ui.chart.Tooltip;
import id.pantauspbe.dashboard.Overview;
import java.util.ArrayList;
import java.util.List;

/** Horizontal bars of the domain (or aspect) values of the year beside the previous year. */
public final class BreakdownChartOption {

    private BreakdownChartOption() {}

    /** The option with names wrapped at 150 pixels. */
    public static ChartOption of(Overview overview, Texts text) {
        return of(overview, text, 150);
    }

    /** The option with the domain (or aspect) names wrapped at {@code labelWidth} pixels. */
    public static ChartOption of(Overview overview, Texts text, int labelWidth) {
        List<Overview.BreakdownRow> rows = overview.breakdown().reversed();
        List<Series> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        boolean anyPrevious = rows.stream().anyMatch(r -> r.previousValue() != null);
        if (anyPrevious && overview.previous().isPresent()) {
            String name = String.valueOf(overview.previous().get().year());
            legend.add(name);
            series.add(Series.bar(
                            name,
                            rows.stream().map(r -> (Object) r.previousValue()).toList())
                    .color("#9aa0a6")
                    .label(Label.shown().position("right").fontSize(12)));
        }
        String name = String.valueOf(overview.year());
        legend.add(name);
        series.add(Series.bar(name, rows.stream().map(r -> (Object) r.value()).toList())
                .color("#1d4f91")
                .label(Label.shown().position("right").fontSize(13).fontWeight("bold")));
        return ChartOption.animated()
                .grid(PlotArea.margins(8, 48, 40, 8))
                .tooltip(Tooltip.axisShadow())
                .toolbox(Toolbox.saveAndData(text, "profil-domain"))
                .xAxis(Axis.value().range(0, 5).interval(1))
                .yAxis(Axis.category(
                                rows.stream().map(Overview.BreakdownRow::name).toList())
                        // wrapped names need a line height, or their lines overprint each other
                        .axisLabel(Label.of()
                                .width(labelWidth)
                                .overflow("break")
                                .lineHeight(14)
                                .fontSize(12)))
                .legend(Legend.topLeft(legend))
                .series(series);
    }
}
