package id.pantauspbe.dashboard.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.ChartParts;
import id.pantauspbe.dashboard.Overview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Horizontal bars of the domain (or aspect) values of the year beside the previous year. */
public final class BreakdownChartOption {

    private BreakdownChartOption() {}

    public static Map<String, Object> of(Overview overview, Texts text) {
        List<Overview.BreakdownRow> rows = overview.breakdown().reversed();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animationDuration", 300);
        option.put("grid", Map.of("left", 8, "right", 48, "top", 40, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("toolbox", ChartParts.toolbox(text, "profil-domain"));
        option.put("xAxis", Map.of("type", "value", "min", 0, "max", 5, "interval", 1));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        rows.stream().map(Overview.BreakdownRow::name).toList(),
                        "axisLabel",
                        // wrapped names need a line height, or their lines overprint each other
                        Map.of("width", 150, "overflow", "break", "lineHeight", 14, "fontSize", 12)));
        List<Object> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        boolean anyPrevious = rows.stream().anyMatch(r -> r.previousValue() != null);
        if (anyPrevious && overview.previous().isPresent()) {
            String name = String.valueOf(overview.previous().get().year());
            legend.add(name);
            series.add(Map.of(
                    "type",
                    "bar",
                    "name",
                    name,
                    "color",
                    "#9aa0a6",
                    "data",
                    rows.stream().map(r -> (Object) r.previousValue()).toList(),
                    "label",
                    Map.of("show", true, "position", "right", "fontSize", 12)));
        }
        String name = String.valueOf(overview.year());
        legend.add(name);
        series.add(Map.of(
                "type",
                "bar",
                "name",
                name,
                "color",
                "#1d4f91",
                "data",
                rows.stream().map(r -> (Object) r.value()).toList(),
                "label",
                Map.of("show", true, "position", "right", "fontSize", 13, "fontWeight", "bold")));
        option.put("legend", Map.of("top", 0, "left", 0, "data", legend));
        option.put("series", series);
        return option;
    }
}
