package id.pantauspbe.rakor.ui;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.Contribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each domain's (or aspect's) part of a change in index points, as horizontal bars around zero:
 * green up, red down, labelled "+0,065". Readable from the back of a room, unlike a waterfall on
 * the whole 0–5 scale where parts of a few hundredths vanish.
 */
final class ChangeChartOption {

    private static final String UP = "#1b6e3a";
    private static final String DOWN = "#a1271c";

    private ChangeChartOption() {}

    static Map<String, Object> of(ChangeAnalysis.Decomposition decomposition, Texts text) {
        List<Contribution> parts = decomposition.nodes().reversed();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animationDuration", 300);
        option.put("grid", Map.of("left", 8, "right", 90, "top", 8, "bottom", 8, "containLabel", true));
        // symmetric around zero with room for the labels beside the longest bar
        double reach = parts.stream()
                        .mapToDouble(c -> Math.abs(c.points().doubleValue()))
                        .max()
                        .orElse(0)
                * 1.5;
        double extent = reach == 0 ? 1 : reach;
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "value",
                        "min",
                        -extent,
                        "max",
                        extent,
                        "axisLabel",
                        Map.of("show", false),
                        "splitLine",
                        Map.of("show", false)));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        parts.stream().map(Contribution::name).toList(),
                        "axisLabel",
                        Map.of("width", 170, "overflow", "break", "fontSize", 13),
                        "axisTick",
                        Map.of("show", false)));
        List<Object> data = new ArrayList<>();
        for (Contribution c : parts) {
            boolean up = c.points().signum() >= 0;
            data.add(Map.of(
                    "value",
                    c.points(),
                    "itemStyle",
                    Map.of("color", up ? UP : DOWN),
                    "label",
                    Map.of(
                            "show",
                            true,
                            "position",
                            up ? "right" : "left",
                            "formatter",
                            TextFormat.signedPoints(c.points()),
                            "fontSize",
                            14,
                            "fontWeight",
                            "bold",
                            "color",
                            "#111418")));
        }
        option.put(
                "series",
                List.of(Map.of(
                        "type",
                        "bar",
                        "name",
                        text.get("rakor.column.contribution"),
                        "data",
                        data,
                        "barWidth",
                        "55%",
                        "markLine",
                        Map.of(
                                "silent",
                                true,
                                "symbol",
                                "none",
                                "label",
                                Map.of("show", false),
                                "lineStyle",
                                Map.of("color", "#3c4043", "type", "solid", "width", 2),
                                "data",
                                List.of(Map.of("xAxis", 0))))));
        return option;
    }
}
