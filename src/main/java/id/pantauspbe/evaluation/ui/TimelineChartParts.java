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
     * Timeline notes as their own series, so the legend explains the pins: one pin per year with
     * notes (the count in the pin, the texts in its tooltip), low in the chart and a little left
     * of the year, where it covers neither the year's value label nor the predikat band labels
     * (which sit at the right edge).
     *
     * @param name the legend entry ("Catatan linimasa (angka = jumlah catatan)")
     */
    public static Map<String, Object> noteSeries(List<TimelineNote> notes, String name) {
        Map<Integer, List<TimelineNote>> byYear =
                new TreeMap<>(notes.stream().collect(Collectors.groupingBy(TimelineNote::year)));
        List<Object> pins = new ArrayList<>();
        byYear.forEach((year, list) -> pins.add(Map.of(
                "value",
                List.of(year - 0.28, NOTE_HEIGHT),
                "name",
                list.stream().map(TimelineNote::text).collect(Collectors.joining(" · ")),
                "label",
                Map.of("formatter", String.valueOf(list.size())))));
        Map<String, Object> series = new java.util.LinkedHashMap<>();
        series.put("type", "scatter");
        series.put("name", name);
        series.put("symbol", "pin");
        series.put("symbolSize", 30);
        series.put("itemStyle", Map.of("color", NOTE_COLOR));
        series.put(
                "label",
                Map.of(
                        "show",
                        true,
                        "position",
                        "inside",
                        "color",
                        "#ffffff",
                        "fontSize",
                        11,
                        "offset",
                        List.of(0, -3)));
        series.put("tooltip", Map.of("trigger", "item", "formatter", "{b}"));
        series.put("z", 6);
        series.put("data", pins);
        return series;
    }

    /** Where the note pins stand on the 0-5 index axis: low, clear of value labels. */
    private static final BigDecimal NOTE_HEIGHT = new BigDecimal("0.45");

    /** Dark slate: distinct from the index blue, the target purple and the orange self-assessment. */
    private static final String NOTE_COLOR = "#37474f";
}
