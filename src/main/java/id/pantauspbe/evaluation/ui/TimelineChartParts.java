package id.pantauspbe.evaluation.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.evaluation.TimelineNote;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** ECharts option parts of charts across years: framework changes and timeline notes. */
public final class TimelineChartParts {

    private TimelineChartParts() {}

    /**
     * Dashed vertical lines where the framework changes, labelled with what changed ("PermenPANRB
     * 59/2020: 35 → 47 indikator"); for a series' {@code markLine}.
     */
    public static Map<String, Object> frameworkLines(List<FrameworkSpan> spans, Texts text) {
        List<Object> lines = new ArrayList<>();
        int first = spans.isEmpty() ? 0 : spans.getFirst().firstYear();
        int last = spans.isEmpty() ? 0 : spans.getLast().lastYear();
        for (int i = 1; i < spans.size(); i++) {
            FrameworkSpan before = spans.get(i - 1);
            FrameworkSpan after = spans.get(i);
            String label = text.get(
                    after.hasDomains() || !before.hasDomains()
                            ? "chart.frameworkChange"
                            : "chart.frameworkChange.noDomains",
                    after.regulation(),
                    String.valueOf(before.indicatorCount()),
                    String.valueOf(after.indicatorCount()));
            boolean rightHalf = after.firstYear() - first > (last - first) * 0.6;
            lines.add(Map.of(
                    "xAxis",
                    after.firstYear() - 0.5,
                    "label",
                    Map.of(
                            "formatter",
                            label,
                            "position",
                            "end",
                            "align",
                            rightHalf ? "right" : "center",
                            "fontSize",
                            12,
                            "color",
                            "#202124")));
        }
        return Map.of(
                "symbol",
                "none",
                "silent",
                true,
                "lineStyle",
                Map.of("type", "dashed", "color", "#202124", "width", 1.5),
                "data",
                lines);
    }

    /**
     * Pins on the years that carry timeline notes (the count in the pin, the texts in its
     * tooltip); for a series' {@code markPoint}. A pin sits on the year's value, or near the top.
     */
    public static Map<String, Object> notePins(List<TimelineNote> notes, Map<Integer, BigDecimal> valuesByYear) {
        Map<Integer, List<TimelineNote>> byYear =
                new TreeMap<>(notes.stream().collect(Collectors.groupingBy(TimelineNote::year)));
        List<Object> pins = new ArrayList<>();
        byYear.forEach((year, list) -> {
            BigDecimal y = valuesByYear.getOrDefault(year, new BigDecimal("4.6"));
            pins.add(Map.of(
                    "coord", List.of(year, y),
                    "value", String.valueOf(list.size()),
                    "name", list.stream().map(TimelineNote::text).collect(Collectors.joining(" · "))));
        });
        return Map.of(
                "symbol",
                "pin",
                "symbolSize",
                34,
                "itemStyle",
                Map.of("color", "#6a1b9a"),
                "label",
                Map.of("color", "#ffffff", "fontSize", 11),
                "tooltip",
                Map.of("trigger", "item", "formatter", "{b}"),
                "data",
                pins);
    }
}
