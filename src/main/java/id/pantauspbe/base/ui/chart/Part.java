package id.pantauspbe.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable part of an ECharts option. Each setter returns a copy with one more key; the part
 * is sent as a JSON object with its keys in the order they were set, exactly the object the chart
 * component received when options were built as maps. Only the typed setters of the subclasses
 * name ECharts keys, so a misspelt key or a wrong kind of value does not compile.
 */
public abstract sealed class Part<P extends Part<P>>
        permits Axis,
                ChartOption,
                DataItem,
                PlotArea,
                Label,
                Legend,
                Mark,
                MarkArea,
                MarkLine,
                Series,
                Style,
                Title,
                Toolbox,
                Tooltip,
                VisualMap {

    private final Map<String, Object> values;

    Part(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** A new part of this kind with these keys. */
    abstract P copy(Map<String, Object> values);

    final P set(String key, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(values);
        next.put(key, value);
        return copy(next);
    }

    final Object get(String key) {
        return values.get(key);
    }

    /** The keys and values as sent to the chart (nested parts stay parts). */
    @JsonValue
    public final Map<String, Object> values() {
        return values;
    }

    static Map<String, Object> with(String key, Object value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(key, value);
        return values;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Part<?> p && p.getClass() == getClass() && p.values.equals(values);
    }

    @Override
    public final int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + values;
    }
}
