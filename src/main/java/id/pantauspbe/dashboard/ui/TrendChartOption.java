package id.pantauspbe.dashboard.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.Predikats;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.DataItem;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.Legend;
import id.pantauspbe.base.ui.chart.Mark;
import id.pantauspbe.base.ui.chart.MarkArea;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Series;
import id.pantauspbe.base.ui.chart.Style;
import id.pantauspbe.base.ui.chart.Toolbox;
import id.pantauspbe.base.ui.chart.Tooltip;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.Overview.TrendPoint;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.ui.TimelineChartParts;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ECharts option of the index trend: official results, other provenances dashed, targets,
 * the national average, predikat bands of each framework as background, framework changes as
 * vertical lines and the selected year highlighted.
 */
public final class TrendChartOption {

    private static final BigDecimal MAX = BigDecimal.valueOf(5);
    private static final String OFFICIAL_COLOR = "#1d4f91";
    private static final String OTHER_COLOR = "#a14a00";
    private static final String TARGET_COLOR = "#6a1b9a";
    private static final String NATIONAL_COLOR = "#5f6368";

    private TrendChartOption() {}

    public static ChartOption of(Overview overview, Texts text) {
        List<TrendPoint> trend = overview.trend();
        ChartOption option = ChartOption.animated()
                .grid(PlotArea.margins(8, 16, 48, 64))
                .tooltip(Tooltip.axis())
                .toolbox(Toolbox.saveAndData(text, "tren-indeks-spbe"));
        if (trend.isEmpty()) {
            return option.series(List.of());
        }
        option = option.xAxis(Axis.years(trend.stream().map(TrendPoint::year).toList()))
                .yAxis(Axis.value()
                        .range(0, 5)
                        .interval(1)
                        .name(text.get("chart.axis.index"))
                        .axisLabel(Label.of().fontSize(13)));

        String official = text.get("chart.series.official");
        String other = text.get("chart.series.unofficial");
        String target = text.get("chart.series.target");
        String national = text.get("chart.series.national");

        List<Object> officialData = new ArrayList<>();
        List<Object> otherData = new ArrayList<>();
        List<Object> targetData = new ArrayList<>();
        TrendPoint lastOfficial = null;
        for (TrendPoint p : trend) {
            // only settled results are on the solid line; drafts and self-assessments are dashed
            if (p.value() != null && p.settled()) {
                officialData.add(List.of(p.year(), p.value()));
                lastOfficial = p;
            } else if (p.value() != null) {
                if (otherData.isEmpty() && lastOfficial != null && lastOfficial.year() == p.year() - 1) {
                    otherData.add(DataItem.of(List.of(lastOfficial.year(), lastOfficial.value()))
                            .label(Label.hidden()));
                }
                otherData.add(List.of(p.year(), p.value()));
            }
            if (p.target() != null) {
                targetData.add(List.of(p.year(), p.target()));
            }
        }

        List<Series> series = new ArrayList<>();
        // the predikat bands on a series of their own, below everything
        series.add(Series.marksOnly("predikat").markArea(MarkArea.of(bands(overview))));
        series.add(line(official, officialData, OFFICIAL_COLOR, "circle", 3)
                .label(valueLabel(true))
                .hideOverlappingLabels()
                // the result and its labels on a canvas layer above the other lines, so no line
                // cuts through a value label
                .zlevel(1)
                .markLine(TimelineChartParts.frameworkLines(overview.frameworkSpans(), text))
                .z(3));
        series.add(line(other, otherData, OTHER_COLOR, "emptyCircle", 2)
                .lineStyle(Style.line(2, "dashed", OTHER_COLOR))
                .label(valueLabel(false))
                .zlevel(1));
        series.add(
                line(target, targetData, TARGET_COLOR, "triangle", 2).lineStyle(Style.line(2, "dotted", TARGET_COLOR)));

        List<String> legend = new ArrayList<>(List.of(official, other, target));
        if (!overview.national().isEmpty()) {
            List<Object> nationalData = overview.national().stream()
                    .map(p -> (Object) List.of(p.year(), p.value()))
                    .toList();
            series.add(line(national, nationalData, NATIONAL_COLOR, "rect", 1).symbolSize(6));
            legend.add(national);
        }

        if (!overview.notes().isEmpty()) {
            String notes = text.get("chart.series.notes");
            series.add(TimelineChartParts.noteSeries(overview.notes(), notes));
            legend.add(notes);
        }

        series.add(Series.marksOnly("selected")
                .markArea(MarkArea.of(List.of(new MarkArea.Area(
                                Mark.at(overview.year() - 0.45, 0), Mark.at(overview.year() + 0.45, 5))))
                        .itemStyle(Style.color("rgba(29,79,145,0.10)")
                                .borderColor(OFFICIAL_COLOR)
                                .borderWidth(1))));

        return option.legend(Legend.bottom(legend).textStyle(Style.fontSize(13)))
                .series(series);
    }

    /** A value label with a white halo, so lines passing behind it do not cut through the digits. */
    private static Label valueLabel(boolean bold) {
        return Label.halo(bold).fontSize(13);
    }

    private static Series line(String name, List<Object> data, String color, String symbol, int width) {
        return Series.line(name, data)
                .color(color)
                .symbol(symbol)
                .symbolSize(9)
                .lineStyle(Style.of().width(width).withColor(color))
                .connectNulls(false);
    }

    private static List<MarkArea.Area> bands(Overview overview) {
        List<MarkArea.Area> areas = new ArrayList<>();
        for (FrameworkSpan span : overview.frameworkSpans()) {
            for (PredikatBand band : span.bands()) {
                BigDecimal low = band.minInclusive() == null ? BigDecimal.ZERO : band.minInclusive();
                BigDecimal high = band.maxExclusive() == null ? MAX : band.maxExclusive();
                areas.add(new MarkArea.Area(
                        Mark.at(span.firstYear() - 0.5, low)
                                .name(band.name())
                                .itemStyle(Style.color(Predikats.pale(band.rank())))
                                .label(Label.of()
                                        .show(span == overview.frameworkSpans().getLast())
                                        .position("insideRight")
                                        .color("#3c4043")
                                        .fontSize(11)),
                        Mark.at(span.lastYear() + 0.5, high)));
            }
        }
        return areas;
    }
}
