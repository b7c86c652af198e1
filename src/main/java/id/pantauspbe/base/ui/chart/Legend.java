package id.pantauspbe.base.ui.chart;

import java.util.List;
import java.util.Map;

/** The legend: the names of the series it lists, where it stands. */
public final class Legend extends Part<Legend> {

    private Legend(Map<String, Object> values) {
        super(values);
    }

    /** Below the plot. */
    public static Legend bottom(List<String> names) {
        return new Legend(with("bottom", 0)).set("data", names);
    }

    /** Below the plot, listing every named series. */
    public static Legend bottom() {
        return new Legend(with("bottom", 0));
    }

    /** Above the plot, at the left. */
    public static Legend topLeft(List<String> names) {
        return new Legend(with("top", 0)).set("left", 0).set("data", names);
    }

    @Override
    Legend copy(Map<String, Object> values) {
        return new Legend(values);
    }

    /** Pages with arrows when the names do not fit on one line. */
    public Legend scroll() {
        return set("type", "scroll");
    }

    public Legend textStyle(Style style) {
        return set("textStyle", style);
    }
}
