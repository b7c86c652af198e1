package id.pantauspbe.base.ui.chart;

import java.util.List;
import java.util.Map;

/** Lines across the plot at given axis values; silent and without end symbols. */
public final class MarkLine extends Part<MarkLine> {

    private MarkLine(Map<String, Object> values) {
        super(values);
    }

    /** Silent lines without end symbols: symbol, silent, then style and data as set. */
    public static MarkLine of(List<Mark> lines) {
        return new MarkLine(with("symbol", "none")).set("silent", true).set("data", lines);
    }

    @Override
    MarkLine copy(Map<String, Object> values) {
        return new MarkLine(values);
    }

    public MarkLine lineStyle(Style style) {
        return set("lineStyle", style);
    }

    public MarkLine label(Label label) {
        return set("label", label);
    }
}
