package id.pantauspbe.base.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A label: of a series, a data item, a mark, or an axis ({@code axisLabel}). */
public final class Label extends Part<Label> {

    private Label(Map<String, Object> values) {
        super(values);
    }

    /** A label with no keys yet (an axis label that only sets a width, say). */
    public static Label of() {
        return new Label(new LinkedHashMap<>());
    }

    public static Label shown() {
        return of().show(true);
    }

    public static Label hidden() {
        return of().show(false);
    }

    /**
     * A value label above a point with a white halo, so lines passing behind it do not cut
     * through the digits.
     */
    public static Label halo(boolean bold) {
        return shown().position("top")
                .fontWeight(bold ? "bold" : "normal")
                .distance(8)
                .textBorderColor("#ffffff")
                .textBorderWidth(3);
    }

    @Override
    Label copy(Map<String, Object> values) {
        return new Label(values);
    }

    public Label show(boolean show) {
        return set("show", show);
    }

    public Label position(String position) {
        return set("position", position);
    }

    public Label fontSize(int size) {
        return set("fontSize", size);
    }

    public Label fontWeight(String weight) {
        return set("fontWeight", weight);
    }

    public Label color(String color) {
        return set("color", color);
    }

    public Label distance(int distance) {
        return set("distance", distance);
    }

    public Label textBorderColor(String color) {
        return set("textBorderColor", color);
    }

    public Label textBorderWidth(int width) {
        return set("textBorderWidth", width);
    }

    /** An ECharts template ("{b}") or the text itself. */
    public Label formatter(String formatter) {
        return set("formatter", formatter);
    }

    public Label width(int width) {
        return set("width", width);
    }

    /** "break", "truncate". */
    public Label overflow(String overflow) {
        return set("overflow", overflow);
    }

    public Label lineHeight(int height) {
        return set("lineHeight", height);
    }

    /** Of an axis label: 0 shows every category. */
    public Label interval(int interval) {
        return set("interval", interval);
    }

    public Label offset(int x, int y) {
        return set("offset", List.of(x, y));
    }

    public Label align(String align) {
        return set("align", align);
    }

    /** Of an axis label: labels only at these values. */
    public Label customValues(List<? extends Number> values) {
        return set("customValues", values);
    }
}
