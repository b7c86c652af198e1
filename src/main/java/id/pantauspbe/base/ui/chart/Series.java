package id.pantauspbe.base.ui.chart;

import java.util.List;
import java.util.Map;

/**
 * A series: a line, bars, a scatter of points or a heatmap. Data are ECharts data values: numbers
 * or categories' values, {@code [x, y]} pairs ({@code "-"} for a gap) or {@link DataItem}s.
 */
public final class Series extends Part<Series> {

    private Series(Map<String, Object> values) {
        super(values);
    }

    private static Series of(String type, String name, List<?> data) {
        return new Series(with("type", type)).set("name", name).set("data", data);
    }

    /** A line series with no style yet. */
    public static Series line(String name, List<?> data) {
        return of("line", name, data);
    }

    /**
     * A line series of one colour: width and dash type ("solid", "dashed", "dotted") of its line,
     * points of 8 pixels.
     */
    public static Series line(String name, List<?> data, String color, int width, String type) {
        return line(name, data)
                .color(color)
                .symbolSize(8)
                .lineStyle(Style.of().width(width).type(type).withColor(color));
    }

    public static Series bar(String name, List<?> data) {
        return of("bar", name, data);
    }

    public static Series scatter(String name, List<?> data) {
        return of("scatter", name, data);
    }

    public static Series heatmap(String name, List<?> data) {
        return of("heatmap", name, data);
    }

    /** A heatmap with no name (no legend, no series name in the tooltip). */
    public static Series heatmap(List<?> data) {
        return new Series(with("type", "heatmap")).set("data", data);
    }

    /**
     * A series with no data that carries only marks (predikat bands, the selected year), so the
     * marks keep their own layer and legend-independent visibility.
     */
    public static Series marksOnly(String name) {
        return of("line", name, List.of());
    }

    @Override
    Series copy(Map<String, Object> values) {
        return new Series(values);
    }

    /** The colour of the series (its legend entry, points and default line). */
    public String color() {
        return (String) get("color");
    }

    public Series color(String color) {
        return set("color", color);
    }

    /** "circle", "emptyCircle", "triangle", "rect", "pin", "none". */
    public Series symbol(String symbol) {
        return set("symbol", symbol);
    }

    public Series symbolSize(int size) {
        return set("symbolSize", size);
    }

    public Series lineStyle(Style style) {
        return set("lineStyle", style);
    }

    public Series itemStyle(Style style) {
        return set("itemStyle", style);
    }

    public Series label(Label label) {
        return set("label", label);
    }

    public Series endLabel(Label label) {
        return set("endLabel", label);
    }

    /** Labels that would overlap another are hidden. */
    public Series hideOverlappingLabels() {
        return set("labelLayout", Map.of("hideOverlap", true));
    }

    /** The canvas layer: a higher layer is drawn over every lower one. */
    public Series zlevel(int level) {
        return set("zlevel", level);
    }

    /** The order within a layer. */
    public Series z(int z) {
        return set("z", z);
    }

    public Series markLine(MarkLine marks) {
        return set("markLine", marks);
    }

    public Series markArea(MarkArea marks) {
        return set("markArea", marks);
    }

    /** Bars of the same stack are drawn on top of each other. */
    public Series stack(String stack) {
        return set("stack", stack);
    }

    public Series tooltip(Tooltip tooltip) {
        return set("tooltip", tooltip);
    }

    /** No hover effect and no clicks. */
    public Series silent(boolean silent) {
        return set("silent", silent);
    }

    public Series connectNulls(boolean connect) {
        return set("connectNulls", connect);
    }

    public Series barCategoryGap(String gap) {
        return set("barCategoryGap", gap);
    }

    public Series barWidth(String width) {
        return set("barWidth", width);
    }

    public Series barMaxWidth(int width) {
        return set("barMaxWidth", width);
    }

    public Series xAxisIndex(int index) {
        return set("xAxisIndex", index);
    }

    public Series yAxisIndex(int index) {
        return set("yAxisIndex", index);
    }

    /** The style of an item under the pointer. */
    public Series emphasis(Style itemStyle) {
        return set("emphasis", Map.of("itemStyle", itemStyle));
    }

    public Series animation(boolean animation) {
        return set("animation", animation);
    }
}
