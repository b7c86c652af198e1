package id.pantauspbe.base.ui.chart;

import java.util.Map;

/** The tooltip of a chart or a series. */
public final class Tooltip extends Part<Tooltip> {

    private Tooltip(Map<String, Object> values) {
        super(values);
    }

    /** Every series' value at the x under the pointer. */
    public static Tooltip axis() {
        return new Tooltip(with("trigger", "axis"));
    }

    /** Every series' value of the category under the pointer, the category shaded. */
    public static Tooltip axisShadow() {
        return axis().set("axisPointer", Map.of("type", "shadow"));
    }

    /** The item under the pointer. */
    public static Tooltip item() {
        return new Tooltip(with("trigger", "item"));
    }

    /** The item under the pointer, its tooltip above it. */
    public static Tooltip top() {
        return new Tooltip(with("position", "top"));
    }

    public static Tooltip hidden() {
        return new Tooltip(with("show", false));
    }

    @Override
    Tooltip copy(Map<String, Object> values) {
        return new Tooltip(values);
    }

    /** An ECharts template ("{b}"). */
    public Tooltip formatter(String formatter) {
        return set("formatter", formatter);
    }
}
