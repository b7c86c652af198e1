package id.pantauspbe.opd.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.ChartParts;
import id.pantauspbe.opd.OpdReport.RankBasis;
import id.pantauspbe.opd.OpdTrend;
import id.pantauspbe.opd.OpdTrend.Highlight;
import id.pantauspbe.opd.OpdTrend.Point;
import id.pantauspbe.opd.OpdTrend.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ECharts options of the OPD trend: one chart with every OPD (the weak in red, the most improved
 * in green, the rest muted, chosen OPDs in full colour), or small multiples, one small chart per OPD.
 * Only years scored with the OPD questionnaire are drawn: index points held are on another scale and
 * are shown in the table instead.
 */
final class OpdTrendChart {

    static final String WEAK_COLOR = "#b3261e";
    static final String IMPROVED_COLOR = "#1b7f3b";
    static final String MUTED_COLOR = "#b8bcc2";
    private static final List<String> CHOSEN_COLORS =
            List.of("#1d4f91", "#a14a00", "#6a1b9a", "#00796b", "#c2185b", "#5d4037");

    private OpdTrendChart() {}

    static List<Integer> scoredYears(OpdTrend trend) {
        return trend.years().stream()
                .filter(y -> trend.bases().get(y) == RankBasis.OWN_INDEX)
                .toList();
    }

    static Map<String, Object> lines(OpdTrend trend, Set<Long> chosen, Texts text) {
        List<Integer> years = scoredYears(trend);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animationDuration", 300);
        option.put("grid", Map.of("left", 8, "right", 150, "top", 40, "bottom", 40, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("toolbox", ChartParts.toolbox(text, "tren-opd"));
        option.put("xAxis", ChartParts.yearAxis(years));
        option.put("yAxis", indexAxis(text, true));
        List<Object> series = new ArrayList<>();
        int colour = 0;
        // muted first, so the highlighted lines are drawn on top
        for (Highlight pass : List.of(Highlight.MUTED, Highlight.IMPROVED, Highlight.WEAK)) {
            for (Series s : trend.series()) {
                boolean isChosen = chosen.contains(s.opd().id());
                if (s.highlight() != pass) {
                    continue;
                }
                String color = isChosen && s.highlight() == Highlight.MUTED
                        ? CHOSEN_COLORS.get(colour++ % CHOSEN_COLORS.size())
                        : color(s.highlight());
                boolean emphasised = isChosen || s.highlight() != Highlight.MUTED;
                series.add(line(s, years, color, emphasised, chosen.isEmpty() || isChosen || emphasised));
            }
        }
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> line(
            Series s, List<Integer> years, String color, boolean emphasised, boolean labelled) {
        List<Object> data = new ArrayList<>();
        for (int year : years) {
            Point p = s.points().get(year);
            data.add(p == null ? List.of(year, "-") : List.of(year, p.value()));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", s.opd().shortName());
        line.put("type", "line");
        line.put("data", data);
        line.put("connectNulls", false);
        line.put("symbolSize", emphasised ? 7 : 4);
        line.put("lineStyle", Map.of("width", emphasised ? 3 : 1.5, "color", color, "opacity", emphasised ? 1 : 0.7));
        line.put("itemStyle", Map.of("color", color));
        line.put("z", emphasised ? 3 : 1);
        if (labelled && emphasised) {
            line.put("endLabel", Map.of("show", true, "formatter", "{a}", "color", color, "fontSize", 12));
        }
        return line;
    }

    static Map<String, Object> smallMultiples(OpdTrend trend, Texts text) {
        List<Integer> years = scoredYears(trend);
        int columns = 4;
        int rows = (trend.series().size() + columns - 1) / columns;
        double cellWidth = 100.0 / columns;
        int cellHeight = 150;
        List<Object> grids = new ArrayList<>();
        List<Object> xAxes = new ArrayList<>();
        List<Object> yAxes = new ArrayList<>();
        List<Object> titles = new ArrayList<>();
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < trend.series().size(); i++) {
            Series s = trend.series().get(i);
            int col = i % columns;
            int row = i / columns;
            int top = row * cellHeight + 28;
            grids.add(Map.of(
                    "left",
                    (col * cellWidth + 4) + "%",
                    "width",
                    (cellWidth - 8) + "%",
                    "top",
                    top,
                    "height",
                    cellHeight - 62));
            titles.add(Map.of(
                    "text",
                    s.opd().shortName(),
                    "left",
                    (col * cellWidth + 4) + "%",
                    "top",
                    top - 22,
                    "textStyle",
                    Map.of(
                            "fontSize",
                            12,
                            "fontWeight",
                            "normal",
                            "color",
                            color(s.highlight()).equals(MUTED_COLOR) ? "#3c4043" : color(s.highlight()))));
            Map<String, Object> x = new LinkedHashMap<>(ChartParts.yearAxis(years));
            x.put("gridIndex", i);
            x.put("axisLabel", Map.of("customValues", years, "fontSize", 9));
            xAxes.add(x);
            Map<String, Object> y = new LinkedHashMap<>(indexAxis(text, false));
            y.put("gridIndex", i);
            yAxes.add(y);
            Map<String, Object> line =
                    line(s, years, s.highlight() == Highlight.MUTED ? "#1d4f91" : color(s.highlight()), true, false);
            line.put("xAxisIndex", i);
            line.put("yAxisIndex", i);
            series.add(line);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("title", titles);
        option.put("grid", grids);
        option.put("xAxis", xAxes);
        option.put("yAxis", yAxes);
        option.put("series", series);
        option.put("height", rows * cellHeight);
        return option;
    }

    static int smallMultiplesHeight(OpdTrend trend) {
        return ((trend.series().size() + 3) / 4) * 150 + 20;
    }

    private static Map<String, Object> indexAxis(Texts text, boolean named) {
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("type", "value");
        axis.put("min", 0);
        axis.put("max", 5);
        axis.put("interval", named ? 1 : 2.5);
        if (named) {
            axis.put("name", text.get("opd.trend.axis"));
        }
        axis.put("axisLabel", Map.of("fontSize", named ? 13 : 9));
        return axis;
    }

    private static String color(Highlight h) {
        return switch (h) {
            case WEAK -> WEAK_COLOR;
            case IMPROVED -> IMPROVED_COLOR;
            case MUTED -> MUTED_COLOR;
        };
    }
}
