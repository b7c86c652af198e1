package id.pantauspbe.base.ui.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/** A point of a mark line or mark area, in axis values. */
public final class Mark extends Part<Mark> {

    private Mark(Map<String, Object> values) {
        super(values);
    }

    /** A vertical mark line at x (a category index on a category axis). */
    public static Mark atX(Number x) {
        return new Mark(with("xAxis", x));
    }

    /** A horizontal mark line at y. */
    public static Mark atY(Number y) {
        return new Mark(with("yAxis", y));
    }

    /** A corner of a mark area. */
    public static Mark at(Number x, Number y) {
        return atX(x).set("yAxis", y);
    }

    static Mark empty() {
        return new Mark(new LinkedHashMap<>());
    }

    @Override
    Mark copy(Map<String, Object> values) {
        return new Mark(values);
    }

    public Mark name(String name) {
        return set("name", name);
    }

    public Mark label(Label label) {
        return set("label", label);
    }

    public Mark lineStyle(Style style) {
        return set("lineStyle", style);
    }

    public Mark itemStyle(Style style) {
        return set("itemStyle", style);
    }
}
