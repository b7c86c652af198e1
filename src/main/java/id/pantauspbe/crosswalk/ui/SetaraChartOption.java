package id.pantauspbe.crosswalk.ui;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.Legend;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Series;
import id.pantauspbe.base.ui.chart.Toolbox;
import id.pantauspbe.base.ui.chart.Tooltip;
import id.pantauspbe.crosswalk.Setara;
import id.pantauspbe.evaluation.ui.TimelineChartParts;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ECharts option of Tren's "setara" mode: the official index across the years with the
 * framework changes marked, and at every boundary the comparable index of the two years around it
 * (over the mapped indicators only), named with its covered shares and as the project's own mapping.
 */
public final class SetaraChartOption {

    /** A year of the official line: the published figure and whether it is a settled result. */
    public record OfficialPoint(int year, BigDecimal value, boolean settled) {}

    private static final String OFFICIAL_COLOR = "#1d4f91";
    private static final List<String> BRIDGE_COLORS = List.of("#009e73", "#cc79a7", "#56b4e9");

    private SetaraChartOption() {}

    public static ChartOption of(
            List<OfficialPoint> official, List<FrameworkSpan> spans, Setara.Trend setara, Texts text) {
        List<Integer> years = official.stream().map(OfficialPoint::year).toList();
        List<Series> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();

        String officialName = text.get("setara.series.official");
        List<Object> settled = new ArrayList<>();
        List<Object> provisional = new ArrayList<>();
        OfficialPoint lastSettled = null;
        for (OfficialPoint p : official) {
            if (p.value() == null) {
                continue;
            }
            if (p.settled()) {
                settled.add(List.of(p.year(), p.value()));
                lastSettled = p;
            } else {
                if (provisional.isEmpty() && lastSettled != null) {
                    provisional.add(List.of(lastSettled.year(), lastSettled.value()));
                }
                provisional.add(List.of(p.year(), p.value()));
            }
        }
        series.add(Series.line(officialName, settled, OFFICIAL_COLOR, 4, "solid")
                .label(Label.halo(true))
                .markLine(TimelineChartParts.frameworkLines(spans, text)));
        legend.add(officialName);
        if (!provisional.isEmpty()) {
            String name = text.get("chart.series.unofficial");
            series.add(
                    Series.line(name, provisional, OFFICIAL_COLOR, 3, "dashed").symbol("emptyCircle"));
            legend.add(name);
        }
        int n = 0;
        for (Setara.Bridge bridge : setara.bridges()) {
            var c = bridge.comparison();
            if (c.fromIndex() == null || c.toIndex() == null) {
                continue;
            }
            String name = text.get(
                    "setara.series.bridge",
                    String.valueOf(bridge.fromYear()),
                    String.valueOf(bridge.toYear()),
                    TextFormat.percent(c.fromCoverage()),
                    TextFormat.percent(c.toCoverage()));
            List<Object> data = List.of(
                    List.of(bridge.fromYear(), SetaraTexts.round(c.fromIndex())),
                    List.of(bridge.toYear(), SetaraTexts.round(c.toIndex())));
            series.add(Series.line(name, data, BRIDGE_COLORS.get(n++ % BRIDGE_COLORS.size()), 3, "solid")
                    .symbol("diamond")
                    .symbolSize(12)
                    .label(Label.halo(true).position("bottom")));
            legend.add(name);
        }
        return ChartOption.withToolbox(Toolbox.saveAndData(text, "tren-setara"))
                .xAxis(Axis.years(years))
                .yAxis(Axis.value().range(0, 5).interval(1))
                .tooltip(Tooltip.axis())
                .legend(Legend.bottom(legend).scroll())
                .grid(PlotArea.margins(8, 16, 48, 72))
                .series(series);
    }
}
