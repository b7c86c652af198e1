package id.pantauspbe.base.ui.chart;

import java.util.Map;

/** A data value with its own name, label or style. */
public final class DataItem extends Part<DataItem> {

    private DataItem(Map<String, Object> values) {
        super(values);
    }

    /** A value: a number, or a list such as {@code [x, y]} or {@code [x, y, value]}. */
    public static DataItem of(Object value) {
        return new DataItem(with("value", value));
    }

    @Override
    DataItem copy(Map<String, Object> values) {
        return new DataItem(values);
    }

    public DataItem name(String name) {
        return set("name", name);
    }

    public DataItem label(Label label) {
        return set("label", label);
    }

    public DataItem itemStyle(Style style) {
        return set("itemStyle", style);
    }
}
