package id.pantauspbe.base.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An x or y axis. */
public final class Axis extends Part<Axis> {

    private Axis(Map<String, Object> values) {
        super(values);
    }

    public static Axis value() {
        return new Axis(with("type", "value"));
    }

    public static Axis category(List<String> categories) {
        return new Axis(with("type", "category")).set("data", categories);
    }

    /** A value axis of counts: whole numbers only, labelled without decimals ("3", not "3,00"). */
    public static Axis counts() {
        return value().minInterval(1).set("countAxis", true);
    }

    /** A value axis of whole years, labelled only at the years given (no "2.018" or half years). */
    public static Axis years(List<Integer> years) {
        Axis axis = value().set("yearAxis", true);
        if (!years.isEmpty()) {
            axis = axis.min(years.getFirst() - 0.5).max(years.getLast() + 0.5);
        }
        return axis.interval(1)
                .splitLine(false)
                .axisLabel(Label.of().customValues(years).fontSize(13))
                .set("axisTick", new LinkedHashMap<>(Map.of("customValues", years)));
    }

    @Override
    Axis copy(Map<String, Object> values) {
        return new Axis(values);
    }

    public Axis min(Number min) {
        return set("min", min);
    }

    public Axis max(Number max) {
        return set("max", max);
    }

    /** From {@code min} to {@code max}. */
    public Axis range(Number min, Number max) {
        return min(min).max(max);
    }

    public Axis interval(Number interval) {
        return set("interval", interval);
    }

    public Axis minInterval(Number interval) {
        return set("minInterval", interval);
    }

    public Axis name(String name) {
        return set("name", name);
    }

    /** The axis name centred below (or beside) the axis, {@code gap} pixels from it. */
    public Axis nameCentred(int gap) {
        return set("nameLocation", "middle").set("nameGap", gap);
    }

    public Axis nameTextStyle(Style style) {
        return set("nameTextStyle", style);
    }

    public Axis axisLabel(Label label) {
        return set("axisLabel", label);
    }

    /** The axis label, or an empty one. */
    public Label axisLabel() {
        return get("axisLabel") instanceof Label label ? label : Label.of();
    }

    public Axis axisTick(boolean show) {
        return set("axisTick", Map.of("show", show));
    }

    public Axis axisLine(boolean show) {
        return set("axisLine", Map.of("show", show));
    }

    public Axis splitLine(boolean show) {
        return set("splitLine", Map.of("show", show));
    }

    public Axis splitArea(boolean show) {
        return set("splitArea", Map.of("show", show));
    }

    /** "top", "bottom", "left", "right". */
    public Axis position(String position) {
        return set("position", position);
    }

    public Axis gridIndex(int index) {
        return set("gridIndex", index);
    }
}
