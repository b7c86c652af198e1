package id.pantauspbe.base.ui;

import id.pantauspbe.base.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts option parts every dashboard chart shares. */
public final class ChartParts {

    private ChartParts() {}

    /** Save as image and show the data as a table (people paste both into slides and chats). */
    public static Map<String, Object> toolbox(Texts text, String fileName) {
        return Map.of(
                "right",
                8,
                "feature",
                Map.of(
                        "saveAsImage", Map.of("title", text.get("chart.saveImage"), "name", fileName, "pixelRatio", 2),
                        "dataView",
                                Map.of(
                                        "title", text.get("chart.dataView"),
                                        "readOnly", true,
                                        "downloadLabel", text.get("chart.dataView.download"),
                                        "fileName", fileName,
                                        "lang",
                                                List.of(
                                                        text.get("chart.dataView"),
                                                        text.get("chart.dataView.close"),
                                                        text.get("chart.dataView.refresh")))));
    }

    /** A value axis of whole years, labelled only at the years given (no "2.018" or half years). */
    public static Map<String, Object> yearAxis(List<Integer> years) {
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("type", "value");
        axis.put("yearAxis", true);
        if (!years.isEmpty()) {
            axis.put("min", years.getFirst() - 0.5);
            axis.put("max", years.getLast() + 0.5);
        }
        axis.put("interval", 1);
        axis.put("splitLine", Map.of("show", false));
        axis.put("axisLabel", Map.of("customValues", years, "fontSize", 13));
        axis.put("axisTick", Map.of("customValues", years));
        return axis;
    }

    /**
     * A copy of an option for a projector: every {@code fontSize} multiplied by {@code factor}, a
     * larger default text size, no toolbox (nobody saves images during a meeting) and no note pins (they cover the values).
     */
    public static Map<String, Object> forProjector(Map<String, ?> option, double factor) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) scale(option, factor);
        copy.remove("toolbox");
        int size = (int) Math.round(12 * factor);
        copy.putIfAbsent("textStyle", Map.of("fontSize", size));
        for (String axis : List.of("xAxis", "yAxis")) {
            if (copy.get(axis) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> a = (Map<String, Object>) map;
                Map<String, Object> label = a.get("axisLabel") instanceof Map<?, ?> l
                        ? (Map<String, Object>) scale(l, 1)
                        : new LinkedHashMap<>();
                label.putIfAbsent("fontSize", size);
                if (label.get("fontSize") instanceof Number n) {
                    label.putIfAbsent("lineHeight", (int) Math.round(n.doubleValue() * 1.2));
                }
                a.put("axisLabel", label);
                a.putIfAbsent("nameTextStyle", Map.of("fontSize", size));
            }
        }
        if (copy.get("series") instanceof List<?> series) {
            for (Object one : series) {
                if (one instanceof Map<?, ?> m) {
                    m.remove("markPoint");
                }
            }
        }
        return copy;
    }

    private static Object scale(Object value, double factor) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(
                    String.valueOf(k),
                    "fontSize".equals(k) && v instanceof Number n
                            ? (Object) (int) Math.round(n.doubleValue() * factor)
                            : scale(v, factor)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(scale(v, factor)));
            return copy;
        }
        return value;
    }

    /** A line series: name, data, colour, width and dash type ("solid", "dashed", "dotted"). */
    public static Map<String, Object> line(String name, List<Object> data, String color, int width, String type) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "line");
        series.put("name", name);
        series.put("data", data);
        series.put("color", color);
        series.put("symbolSize", 8);
        series.put("lineStyle", Map.of("width", width, "type", type, "color", color));
        return series;
    }
}
