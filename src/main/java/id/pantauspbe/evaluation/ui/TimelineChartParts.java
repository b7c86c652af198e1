package id.pantauspbe.evaluation.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.chart.DataItem;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.Mark;
import id.pantauspbe.base.ui.chart.MarkLine;
import id.pantauspbe.base.ui.chart.Series;
import id.pantauspbe.base.ui.chart.Style;
import id.pantauspbe.base.ui.chart.Tooltip;
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
    public static MarkLine frameworkLines(List<FrameworkSpan> spans, Texts text) {
        List<Mark> lines = new ArrayList<>();
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
            lines.add(Mark.atX(after.firstYear() - 0.5)
                    .label(Label.of()
                            .formatter(label)
                            .position("end")
                            .align(rightHalf ? "right" : "center")
                            .fontSize(12)
                            .color("#202124")));
        }
        return MarkLine.of(lines).lineStyle(Style.line(1.5, "dashed", "#202124"));
    }

    /**
     * Timeline notes as their own series, so the legend explains the pins: one pin per year with
     * notes (the count in the pin, the texts in its tooltip), low in the chart and a little left
     * of the year, where it covers neither the year's value label nor the predikat band labels
     * (which sit at the right edge).
     *
     * @param name the legend entry ("Catatan linimasa (angka = jumlah catatan)")
     */
    public static Series noteSeries(List<TimelineNote> notes, String name) {
        Map<Integer, List<TimelineNote>> byYear =
                new TreeMap<>(notes.stream().collect(Collectors.groupingBy(TimelineNote::year)));
        List<DataItem> pins = new ArrayList<>();
        byYear.forEach((year, list) -> pins.add(DataItem.of(List.of(year - 0.28, NOTE_HEIGHT))
                .name(list.stream().map(TimelineNote::text).collect(Collectors.joining(" · ")))
                .label(Label.of().formatter(String.valueOf(list.size())))));
        return Series.scatter(name, pins)
                .symbol("pin")
                .symbolSize(30)
                .itemStyle(Style.color(NOTE_COLOR))
                .label(Label.shown()
                        .position("inside")
                        .color("#ffffff")
                        .fontSize(11)
                        .offset(0, -3))
                .tooltip(Tooltip.item().formatter("{b}"))
                .z(6);
    }

    /** Where the note pins stand on the 0-5 index axis: low, clear of value labels. */
    private static final BigDecimal NOTE_HEIGHT = new BigDecimal("0.45");

    /** Dark slate: distinct from the index blue, the target purple and the orange self-assessment. */
    private static final String NOTE_COLOR = "#37474f";
}
