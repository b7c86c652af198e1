package id.pantauspbe.base.ui.chart;

import java.util.List;
import java.util.Map;

/** A colour scale of a heatmap, drawn horizontally below the plot. */
public final class VisualMap extends Part<VisualMap> {

    /** Cividis, dark blue to yellow: readable with colour-vision deficiencies and in greyscale. */
    public static final List<String> CIVIDIS =
            List.of("#00204d", "#31446b", "#666970", "#958f78", "#cbba69", "#ffea46");

    private VisualMap(Map<String, Object> values) {
        super(values);
    }

    /** From {@code min} to {@code max} in these colours, centred below the plot. */
    public static VisualMap horizontal(Number min, Number max, List<String> colors) {
        return new VisualMap(with("min", min))
                .set("max", max)
                .set("orient", "horizontal")
                .set("left", "center")
                .set("bottom", 0)
                .set("inRange", Map.of("color", colors));
    }

    @Override
    VisualMap copy(Map<String, Object> values) {
        return new VisualMap(values);
    }

    /** Handles to filter by dragging. */
    public VisualMap calculable(boolean calculable) {
        return set("calculable", calculable);
    }

    /** The texts at the high and the low end. */
    public VisualMap text(String high, String low) {
        return set("text", List.of(high, low));
    }
}
