package id.pantauspbe.rakor.ui;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.DataItem;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.Mark;
import id.pantauspbe.base.ui.chart.MarkLine;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Series;
import id.pantauspbe.base.ui.chart.Style;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.Contribution;
import java.util.ArrayList;
import java.util.List;

/**
 * Each domain's (or aspect's) part of a change in index points, as horizontal bars around zero:
 * green up, red down, labelled "+0,065". Readable from the back of a room, unlike a waterfall on
 * the whole 0–5 scale where parts of a few hundredths vanish.
 */
final class ChangeChartOption {

    private static final String UP = "#1b6e3a";
    private static final String DOWN = "#a1271c";

    private ChangeChartOption() {}

    static ChartOption of(ChangeAnalysis.Decomposition decomposition, Texts text) {
        List<Contribution> parts = decomposition.nodes().reversed();
        // symmetric around zero with room for the labels beside the longest bar
        double reach = parts.stream()
                        .mapToDouble(c -> Math.abs(c.points().doubleValue()))
                        .max()
                        .orElse(0)
                * 1.5;
        double extent = reach == 0 ? 1 : reach;
        List<DataItem> data = new ArrayList<>();
        for (Contribution c : parts) {
            boolean up = c.points().signum() >= 0;
            data.add(DataItem.of(c.points())
                    .itemStyle(Style.color(up ? UP : DOWN))
                    .label(Label.shown()
                            .position(up ? "right" : "left")
                            .formatter(TextFormat.signedPoints(c.points()))
                            .fontSize(14)
                            .fontWeight("bold")
                            .color("#111418")));
        }
        return ChartOption.animated()
                .grid(PlotArea.margins(8, 90, 8, 8))
                .xAxis(Axis.value()
                        .range(-extent, extent)
                        .axisLabel(Label.hidden())
                        .splitLine(false))
                .yAxis(Axis.category(parts.stream().map(Contribution::name).toList())
                        .axisLabel(Label.of().width(170).overflow("break").fontSize(13))
                        .axisTick(false))
                .series(List.of(Series.bar(text.get("rakor.column.contribution"), data)
                        .barWidth("55%")
                        .markLine(MarkLine.of(List.of(Mark.atX(0)))
                                .label(Label.hidden())
                                .lineStyle(Style.line(2, "solid", "#3c4043")))));
    }
}
