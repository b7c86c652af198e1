package id.pantauspbe.base.ui.chart;

import java.util.Map;

/** A title in the chart (of a small multiple's cell). */
public final class Title extends Part<Title> {

    private Title(Map<String, Object> values) {
        super(values);
    }

    /** A text at {@code left} (percent) and {@code top} (pixels). */
    public static Title at(String text, double leftPercent, int top) {
        return new Title(with("text", text)).set("left", leftPercent + "%").set("top", top);
    }

    @Override
    Title copy(Map<String, Object> values) {
        return new Title(values);
    }

    public Title textStyle(Label style) {
        return set("textStyle", style);
    }
}
