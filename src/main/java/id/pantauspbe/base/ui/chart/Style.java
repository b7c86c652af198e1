package id.pantauspbe.base.ui.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/** A line, item or text style: {@code lineStyle}, {@code itemStyle}, {@code textStyle}. */
public final class Style extends Part<Style> {

    private Style(Map<String, Object> values) {
        super(values);
    }

    public static Style of() {
        return new Style(new LinkedHashMap<>());
    }

    /** A style of one colour (an item's fill, a text's colour). */
    public static Style color(String color) {
        return of().withColor(color);
    }

    /** A line of this width, dash type ("solid", "dashed", "dotted") and colour. */
    public static Style line(Number width, String type, String color) {
        return of().width(width).type(type).withColor(color);
    }

    /** A text style of one font size. */
    public static Style fontSize(int size) {
        return of().withFontSize(size);
    }

    @Override
    Style copy(Map<String, Object> values) {
        return new Style(values);
    }

    public Style withColor(String color) {
        return set("color", color);
    }

    public Style width(Number width) {
        return set("width", width);
    }

    public Style type(String type) {
        return set("type", type);
    }

    public Style opacity(Number opacity) {
        return set("opacity", opacity);
    }

    public Style borderColor(String color) {
        return set("borderColor", color);
    }

    public Style borderWidth(Number width) {
        return set("borderWidth", width);
    }

    /** Horizontal alignment of a text (an axis name starting at the axis rather than centred on it). */
    public Style align(String align) {
        return set("align", align);
    }

    public Style withFontSize(int size) {
        return set("fontSize", size);
    }
}
