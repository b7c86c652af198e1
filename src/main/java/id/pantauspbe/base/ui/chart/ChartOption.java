package id.pantauspbe.base.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The option of an Apache ECharts chart, built from typed parts and sent to the chart component
 * as JSON. Immutable: each setter returns a copy.
 */
public final class ChartOption extends Part<ChartOption> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOption(Map<String, Object> values) {
        super(values);
    }

    /** An option with no keys: no animation settings, no toolbox. */
    public static ChartOption empty() {
        return new ChartOption(new LinkedHashMap<>());
    }

    /** A dashboard chart: a short animation (300 ms). */
    public static ChartOption animated() {
        return empty().animationDuration(300);
    }

    /** A dashboard chart with the toolbox to save it as an image or read its data as a table. */
    public static ChartOption withToolbox(Toolbox toolbox) {
        return animated().toolbox(toolbox);
    }

    @Override
    ChartOption copy(Map<String, Object> values) {
        return new ChartOption(values);
    }

    public ChartOption animationDuration(int millis) {
        return set("animationDuration", millis);
    }

    public ChartOption animation(boolean animation) {
        return set("animation", animation);
    }

    public ChartOption toolbox(Toolbox toolbox) {
        return set("toolbox", toolbox);
    }

    public ChartOption grid(PlotArea grid) {
        return set("grid", grid);
    }

    /** Several plots (small multiples); axes and series name theirs by index. */
    public ChartOption grids(List<PlotArea> grids) {
        return set("grid", grids);
    }

    public ChartOption tooltip(Tooltip tooltip) {
        return set("tooltip", tooltip);
    }

    public ChartOption titles(List<Title> titles) {
        return set("title", titles);
    }

    public ChartOption xAxis(Axis axis) {
        return set("xAxis", axis);
    }

    public ChartOption xAxes(List<Axis> axes) {
        return set("xAxis", axes);
    }

    public ChartOption yAxis(Axis axis) {
        return set("yAxis", axis);
    }

    /** The y axis, if there is one axis. */
    public java.util.Optional<Axis> yAxis() {
        return get("yAxis") instanceof Axis axis ? java.util.Optional.of(axis) : java.util.Optional.empty();
    }

    public ChartOption yAxes(List<Axis> axes) {
        return set("yAxis", axes);
    }

    public ChartOption legend(Legend legend) {
        return set("legend", legend);
    }

    public ChartOption visualMap(VisualMap map) {
        return set("visualMap", map);
    }

    public ChartOption series(List<Series> series) {
        return set("series", series);
    }

    /** The height of the drawing in pixels (small multiples grow with their number). */
    public ChartOption height(int pixels) {
        return set("height", pixels);
    }

    /** The JSON the chart component receives. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * A copy for a projector: every {@code fontSize} multiplied by {@code factor}, a larger default
     * text size, no toolbox (nobody saves images during a meeting) and no note pins (they cover the
     * values). Works on the JSON of the option, so it scales every part whatever its kind.
     */
    public ChartOption forProjector(double factor) {
        ObjectNode tree = JSON.valueToTree(this);
        scale(tree, factor);
        tree.remove("toolbox");
        int size = (int) Math.round(12 * factor);
        if (!tree.has("textStyle")) {
            tree.putObject("textStyle").put("fontSize", size);
        }
        for (String name : List.of("xAxis", "yAxis")) {
            if (tree.get(name) instanceof ObjectNode axis) {
                ObjectNode label = axis.get("axisLabel") instanceof ObjectNode l ? l : axis.putObject("axisLabel");
                if (!label.has("fontSize")) {
                    label.put("fontSize", size);
                }
                JsonNode fontSize = label.get("fontSize");
                if (fontSize.isNumber() && !label.has("lineHeight")) {
                    label.put("lineHeight", (int) Math.round(fontSize.doubleValue() * 1.2));
                }
                if (!axis.has("nameTextStyle")) {
                    axis.putObject("nameTextStyle").put("fontSize", size);
                }
            }
        }
        if (tree.get("series") != null && tree.get("series").isArray()) {
            for (JsonNode series : tree.get("series")) {
                if (series instanceof ObjectNode s) {
                    s.remove("markPoint");
                }
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        tree.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
        return new ChartOption(values);
    }

    private static void scale(JsonNode node, double factor) {
        if (node instanceof ObjectNode object) {
            for (var property : object.properties()) {
                JsonNode value = property.getValue();
                if ("fontSize".equals(property.getKey()) && value.isNumber()) {
                    object.put(property.getKey(), (int) Math.round(value.doubleValue() * factor));
                } else {
                    scale(value, factor);
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode value : node) {
                scale(value, factor);
            }
        }
    }
}
