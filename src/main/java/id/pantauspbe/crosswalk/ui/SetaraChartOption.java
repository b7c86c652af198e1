package id.pantauspbe.crosswalk.ui;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.ChartParts;
import id.pantauspbe.crosswalk.Setara;
import id.pantauspbe.evaluation.ui.TimelineChartParts;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ECharts option of Tren's "setara" mode: the official index across the years with the
 * framework changes marked, and at every boundary the comparable index of the two years around it
 * (over the mapped indicators only), named with its covered shares and as the project's own mapping.
 */
public final class SetaraChartOption {

    /** A year of the official line: the published figure and whether it is a settled result. */
    public record OfficialPoint(int year, BigDecimal value, boolean settled) {}

    private static final String OFFICIAL_COLOR = "#1d4f91";
    private static final List<String> BRIDGE_COLORS = List.of("#009e73", "#cc79a7", "#56b4e9");

    private SetaraChartOption() {}

    public static Map<String, Object> of(
            List<OfficialPoint> official, List<FrameworkSpan> spans, Setara.Trend setara, Texts text) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animationDuration", 300);
        option.put("toolbox", ChartParts.toolbox(text, "tren-setara"));
        List<Integer> years = official.stream().map(OfficialPoint::year).toList();
        option.put("xAxis", ChartParts.yearAxis(years));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 5, "interval", 1));
        option.put("tooltip", Map.of("trigger", "axis"));
        List<Object> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();

        String officialName = text.get("setara.series.official");
        List<Object> settled = new ArrayList<>();
        List<Object> provisional = new ArrayList<>();
        OfficialPoint lastSettled = null;
        for (OfficialPoint p : official) {
            if (p.value() == null) {
                continue;
            }
            if (p.settled()) {
                settled.add(List.of(p.year(), p.value()));
                lastSettled = p;
            } else {
                if (provisional.isEmpty() && lastSettled != null) {
                    provisional.add(List.of(lastSettled.year(), lastSettled.value()));
                }
                provisional.add(List.of(p.year(), p.value()));
            }
        }
        Map<String, Object> line = line(officialName, settled, OFFICIAL_COLOR, 4, "solid");
        line.put("label", label());
        line.put("markLine", TimelineChartParts.frameworkLines(spans, text));
        series.add(line);
        legend.add(officialName);
        if (!provisional.isEmpty()) {
            String name = text.get("chart.series.unofficial");
            Map<String, Object> dashed = line(name, provisional, OFFICIAL_COLOR, 3, "dashed");
            dashed.put("symbol", "emptyCircle");
            series.add(dashed);
            legend.add(name);
        }
        int n = 0;
        for (Setara.Bridge bridge : setara.bridges()) {
            var c = bridge.comparison();
            if (c.fromIndex() == null || c.toIndex() == null) {
                continue;
            }
            String name = text.get(
                    "setara.series.bridge",
                    String.valueOf(bridge.fromYear()),
                    String.valueOf(bridge.toYear()),
                    TextFormat.percent(c.fromCoverage()),
                    TextFormat.percent(c.toCoverage()));
            List<Object> data = List.of(
                    List.of(bridge.fromYear(), SetaraTexts.round(c.fromIndex())),
                    List.of(bridge.toYear(), SetaraTexts.round(c.toIndex())));
            Map<String, Object> s = line(name, data, BRIDGE_COLORS.get(n++ % BRIDGE_COLORS.size()), 3, "solid");
            s.put("symbol", "diamond");
            s.put("symbolSize", 12);
            Map<String, Object> l = label();
            l.put("position", "bottom");
            s.put("label", l);
            series.add(s);
            legend.add(name);
        }
        option.put("legend", Map.of("bottom", 0, "type", "scroll", "data", legend));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 48, "bottom", 72, "containLabel", true));
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> label() {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("show", true);
        label.put("position", "top");
        label.put("fontWeight", "bold");
        label.put("distance", 8);
        label.put("textBorderColor", "#ffffff");
        label.put("textBorderWidth", 3);
        return label;
    }

    private static Map<String, Object> line(String name, List<Object> data, String color, int width, String type) {
        return ChartParts.line(name, data, color, width, type);
    }
}
