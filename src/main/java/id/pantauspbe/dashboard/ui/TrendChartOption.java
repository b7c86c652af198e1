package id.pantauspbe.dashboard.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.ChartParts;
import id.pantauspbe.base.ui.Predikats;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.Overview.TrendPoint;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.ui.TimelineChartParts;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public static Map<String, Object> of(Overview overview, Texts text) {
        List<TrendPoint> trend = overview.trend();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animationDuration", 300);
        option.put("grid", Map.of("left", 8, "right", 16, "top", 48, "bottom", 64, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("toolbox", ChartParts.toolbox(text, "tren-indeks-spbe"));
        if (trend.isEmpty()) {
            option.put("series", List.of());
            return option;
        }
        option.put(
                "xAxis",
                ChartParts.yearAxis(trend.stream().map(TrendPoint::year).toList()));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "value",
                        "min",
                        0,
                        "max",
                        5,
                        "interval",
                        1,
                        "name",
                        text.get("chart.axis.index"),
                        "axisLabel",
                        Map.of("fontSize", 13)));

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
                    otherData.add(Map.of(
                            "value", List.of(lastOfficial.year(), lastOfficial.value()),
                            "label", Map.of("show", false)));
                }
                otherData.add(List.of(p.year(), p.value()));
            }
            if (p.target() != null) {
                targetData.add(List.of(p.year(), p.target()));
            }
        }

        List<Object> series = new ArrayList<>();
        Map<String, Object> officialSeries = line(official, officialData, OFFICIAL_COLOR, "circle", 3);
        officialSeries.put("label", valueLabel(true));
        officialSeries.put("labelLayout", Map.of("hideOverlap", true));
        // the result and its labels on a canvas layer above the other lines, so no line cuts
        // through a value label; the predikat bands stay below on a series of their own
        officialSeries.put("zlevel", 1);
        officialSeries.put("markLine", TimelineChartParts.frameworkLines(overview.frameworkSpans(), text));
        officialSeries.put("z", 3);
        Map<String, Object> bandSeries = new LinkedHashMap<>();
        bandSeries.put("type", "line");
        bandSeries.put("name", "predikat");
        bandSeries.put("data", List.of());
        bandSeries.put("markArea", Map.of("silent", true, "data", bands(overview)));
        series.add(bandSeries);
        series.add(officialSeries);

        Map<String, Object> otherSeries = line(other, otherData, OTHER_COLOR, "emptyCircle", 2);
        otherSeries.put("lineStyle", Map.of("width", 2, "type", "dashed", "color", OTHER_COLOR));
        otherSeries.put("label", valueLabel(false));
        otherSeries.put("zlevel", 1);
        series.add(otherSeries);

        Map<String, Object> targetSeries = line(target, targetData, TARGET_COLOR, "triangle", 2);
        targetSeries.put("lineStyle", Map.of("width", 2, "type", "dotted", "color", TARGET_COLOR));
        series.add(targetSeries);

        List<String> legend = new ArrayList<>(List.of(official, other, target));
        if (!overview.national().isEmpty()) {
            List<Object> nationalData = overview.national().stream()
                    .map(p -> (Object) List.of(p.year(), p.value()))
                    .toList();
            Map<String, Object> nationalSeries = line(national, nationalData, NATIONAL_COLOR, "rect", 1);
            nationalSeries.put("symbolSize", 6);
            series.add(nationalSeries);
            legend.add(national);
        }

        if (!overview.notes().isEmpty()) {
            String notes = text.get("chart.series.notes");
            series.add(TimelineChartParts.noteSeries(overview.notes(), notes));
            legend.add(notes);
        }

        Map<String, Object> selected = new LinkedHashMap<>();
        selected.put("type", "line");
        selected.put("name", "selected");
        selected.put("data", List.of());
        selected.put(
                "markArea",
                Map.of(
                        "silent",
                        true,
                        "itemStyle",
                        Map.of("color", "rgba(29,79,145,0.10)", "borderColor", OFFICIAL_COLOR, "borderWidth", 1),
                        "data",
                        List.of(List.of(
                                Map.of("xAxis", overview.year() - 0.45, "yAxis", 0),
                                Map.of("xAxis", overview.year() + 0.45, "yAxis", 5)))));
        series.add(selected);

        option.put("legend", Map.of("bottom", 0, "data", legend, "textStyle", Map.of("fontSize", 13)));
        option.put("series", series);
        return option;
    }

    /** A value label with a white halo, so lines passing behind it do not cut through the digits. */
    private static Map<String, Object> valueLabel(boolean bold) {
        return Map.of(
                "show",
                true,
                "position",
                "top",
                "fontSize",
                13,
                "fontWeight",
                bold ? "bold" : "normal",
                "distance",
                8,
                "textBorderColor",
                "#ffffff",
                "textBorderWidth",
                3);
    }

    private static Map<String, Object> line(String name, List<Object> data, String color, String symbol, int width) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "line");
        series.put("name", name);
        series.put("data", data);
        series.put("color", color);
        series.put("symbol", symbol);
        series.put("symbolSize", 9);
        series.put("lineStyle", Map.of("width", width, "color", color));
        series.put("connectNulls", false);
        return series;
    }

    private static List<Object> bands(Overview overview) {
        List<Object> areas = new ArrayList<>();
        for (FrameworkSpan span : overview.frameworkSpans()) {
            for (PredikatBand band : span.bands()) {
                BigDecimal low = band.minInclusive() == null ? BigDecimal.ZERO : band.minInclusive();
                BigDecimal high = band.maxExclusive() == null ? MAX : band.maxExclusive();
                areas.add(List.of(
                        Map.of(
                                "xAxis", span.firstYear() - 0.5,
                                "yAxis", low,
                                "name", band.name(),
                                "itemStyle", Map.of("color", Predikats.pale(band.rank())),
                                "label",
                                        Map.of(
                                                "show",
                                                span
                                                        == overview.frameworkSpans()
                                                                .getLast(),
                                                "position",
                                                "insideRight",
                                                "color",
                                                "#3c4043",
                                                "fontSize",
                                                11)),
                        Map.of("xAxis", span.lastYear() + 0.5, "yAxis", high)));
            }
        }
        return areas;
    }
}
