package id.pantauspbe.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Silent rectangles behind the series, each from one corner to the opposite one. */
public final class MarkArea extends Part<MarkArea> {

    /** One rectangle: its first corner carries the name, label and style. */
    public record Area(Mark from, Mark to) {}

    private MarkArea(Map<String, Object> values) {
        super(values);
    }

    public static MarkArea of(List<Area> areas) {
        List<List<Mark>> data = new ArrayList<>();
        areas.forEach(a -> data.add(List.of(a.from(), a.to())));
        return new MarkArea(with("silent", true)).set("data", data);
    }

    @Override
    MarkArea copy(Map<String, Object> values) {
        return new MarkArea(values);
    }

    public MarkArea itemStyle(Style style) {
        return set("itemStyle", style);
    }
}
