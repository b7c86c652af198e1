package id.pantauspbe.opd.ui;

import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Style;
import id.pantauspbe.base.ui.chart.Title;
import id.pantauspbe.base.ui.chart.Toolbox;
import id.pantauspbe.base.ui.chart.Tooltip;
import id.pantauspbe.opd.OpdReport.RankBasis;
import id.pantauspbe.opd.OpdTrend;
import id.pantauspbe.opd.OpdTrend.Highlight;
import id.pantauspbe.opd.OpdTrend.Point;
import id.pantauspbe.opd.OpdTrend.Series;
import java.util.ArrayList;
import java.util.List;
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

    static ChartOption lines(OpdTrend trend, Set<Long> chosen, Texts text) {
        List<Integer> years = scoredYears(trend);
        List<id.pantauspbe.base.ui.chart.Series> series = new ArrayList<>();
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
        return ChartOption.animated()
                .grid(PlotArea.margins(8, 150, 40, 40))
                .tooltip(Tooltip.item())
                .toolbox(Toolbox.saveAndData(text, "tren-opd"))
                .xAxis(Axis.years(years))
                .yAxis(indexAxis(text, true))
                .series(series);
    }

    private static id.pantauspbe.base.ui.chart.Series line(
            Series s, List<Integer> years, String color, boolean emphasised, boolean labelled) {
        List<Object> data = new ArrayList<>();
        for (int year : years) {
            Point p = s.points().get(year);
            data.add(p == null ? List.of(year, "-") : List.of(year, p.value()));
        }
        id.pantauspbe.base.ui.chart.Series line = id.pantauspbe.base.ui.chart.Series.line(
                        s.opd().shortName(), data)
                .connectNulls(false)
                .symbolSize(emphasised ? 7 : 4)
                .lineStyle(
                        Style.of().width(emphasised ? 3 : 1.5).withColor(color).opacity(emphasised ? 1 : 0.7))
                .itemStyle(Style.color(color))
                .z(emphasised ? 3 : 1);
        if (labelled && emphasised) {
            line = line.endLabel(Label.shown().formatter("{a}").color(color).fontSize(12));
        }
        return line;
    }

    static ChartOption smallMultiples(OpdTrend trend, Texts text) {
        List<Integer> years = scoredYears(trend);
        int columns = 4;
        int rows = (trend.series().size() + columns - 1) / columns;
        double cellWidth = 100.0 / columns;
        int cellHeight = 150;
        List<PlotArea> grids = new ArrayList<>();
        List<Axis> xAxes = new ArrayList<>();
        List<Axis> yAxes = new ArrayList<>();
        List<Title> titles = new ArrayList<>();
        List<id.pantauspbe.base.ui.chart.Series> series = new ArrayList<>();
        for (int i = 0; i < trend.series().size(); i++) {
            Series s = trend.series().get(i);
            int col = i % columns;
            int row = i / columns;
            int top = row * cellHeight + 28;
            grids.add(PlotArea.cell(col * cellWidth + 4, cellWidth - 8, top, cellHeight - 62));
            titles.add(Title.at(s.opd().shortName(), col * cellWidth + 4, top - 22)
                    .textStyle(Label.of()
                            .fontSize(12)
                            .fontWeight("normal")
                            .color(color(s.highlight()).equals(MUTED_COLOR) ? "#3c4043" : color(s.highlight()))));
            xAxes.add(Axis.years(years)
                    .gridIndex(i)
                    .axisLabel(Label.of().customValues(years).fontSize(9)));
            yAxes.add(indexAxis(text, false).gridIndex(i));
            series.add(line(s, years, s.highlight() == Highlight.MUTED ? "#1d4f91" : color(s.highlight()), true, false)
                    .xAxisIndex(i)
                    .yAxisIndex(i));
        }
        return ChartOption.empty()
                .animation(false)
                .tooltip(Tooltip.item())
                .titles(titles)
                .grids(grids)
                .xAxes(xAxes)
                .yAxes(yAxes)
                .series(series)
                .height(rows * cellHeight);
    }

    static int smallMultiplesHeight(OpdTrend trend) {
        return ((trend.series().size() + 3) / 4) * 150 + 20;
    }

    private static Axis indexAxis(Texts text, boolean named) {
        Axis axis = Axis.value().range(0, 5).interval(named ? 1 : 2.5);
        if (named) {
            axis = axis.name(text.get("opd.trend.axis"));
        }
        return axis.axisLabel(Label.of().fontSize(named ? 13 : 9));
    }

    private static String color(Highlight h) {
        return switch (h) {
            case WEAK -> WEAK_COLOR;
            case IMPROVED -> IMPROVED_COLOR;
            case MUTED -> MUTED_COLOR;
        };
    }
}
