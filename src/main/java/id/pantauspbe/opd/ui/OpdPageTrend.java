package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.DataItem;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.Legend;
import id.pantauspbe.base.ui.chart.Mark;
import id.pantauspbe.base.ui.chart.MarkLine;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Style;
import id.pantauspbe.base.ui.chart.Toolbox;
import id.pantauspbe.base.ui.chart.Tooltip;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.OpdReport.RankBasis;
import id.pantauspbe.opd.OpdTrend;
import id.pantauspbe.opd.OpdTrend.Point;
import id.pantauspbe.opd.OpdTrend.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The OPD page's card "Perjalanan OPD": its own index (line) and the official index points it holds
 * (bars) across years, its rank each year, "lemah sejak 2023", and the rakor actions agreed with it
 * on the same time axis.
 */
final class OpdPageTrend extends Section {

    OpdPageTrend(OpdTrend trend, Series series, List<ActionItem> actions) {
        addClassNames("card", "opd-page-trend");
        Texts text = this::getTranslation;
        add(new H3(getTranslation("opd.page.trend.title")));
        if (series.weakSince().isPresent()) {
            Span weak = new Span(getTranslation(
                    "opd.trend.weakSinceShort",
                    String.valueOf(series.weakSince().get())));
            weak.addClassNames("badge-weak", "opd-weak-since");
            add(weak);
        }
        String ranks = series.points().values().stream()
                .filter(p -> p.rank() > 0)
                .map(p -> getTranslation("opd.page.trend.rankIn", String.valueOf(p.year()), p.rank(), p.rankedCount())
                        + (p.basis() == RankBasis.POINTS_HELD ? " *" : ""))
                .collect(Collectors.joining(" · "));
        Paragraph rankLine = new Paragraph(ranks.isEmpty() ? getTranslation("opd.page.trend.noRank") : ranks);
        rankLine.addClassName("opd-rank-history");
        add(rankLine);
        Chart chart = new Chart();
        chart.addClassName("opd-page-trend-chart");
        chart.setWidthFull();
        chart.setHeight("320px");
        chart.setOption(option(trend, series, actions, text));
        chart.setDescription(
                getTranslation("opd.page.trend.description", series.opd().name()));
        Paragraph hint = new Paragraph(getTranslation("opd.page.trend.hint"));
        hint.addClassName("card-hint");
        add(chart, hint);
    }

    static ChartOption option(OpdTrend trend, Series series, List<ActionItem> actions, Texts text) {
        List<Integer> years = trend.years();
        List<Object> index = new ArrayList<>();
        List<Object> points = new ArrayList<>();
        for (Point p : series.points().values()) {
            if (p.basis() == RankBasis.OWN_INDEX) {
                index.add(DataItem.of(List.of(p.year(), p.value()))
                        .itemStyle(Style.color(p.weak() ? OpdTrendChart.WEAK_COLOR : "#1d4f91")));
            }
            if (p.pointsHeld() != null && p.pointsHeld().signum() > 0) {
                points.add(List.of(p.year(), p.pointsHeld()));
            }
        }
        List<id.pantauspbe.base.ui.chart.Series> all = new ArrayList<>();
        all.add(id.pantauspbe.base.ui.chart.Series.bar(text.get("opd.page.trend.pointsSeries"), points)
                .yAxisIndex(1)
                .barMaxWidth(28)
                .itemStyle(Style.color("#c9d7ea")));
        all.add(id.pantauspbe.base.ui.chart.Series.line(text.get("opd.page.trend.indexSeries"), index)
                .symbolSize(9)
                .lineStyle(Style.of().width(3).withColor("#1d4f91"))
                .label(Label.shown().position("top").fontSize(12))
                .markLine(MarkLine.of(List.of(Mark.atY(3)))
                        .lineStyle(Style.of().type("dashed").withColor(OpdTrendChart.WEAK_COLOR))
                        .label(Label.of().formatter(text.get("opd.page.trend.lowLine")))));
        List<Object> actionData = new ArrayList<>();
        for (ActionItem a : actions) {
            if (years.contains(a.rakorYear())) {
                actionData.add(DataItem.of(List.of(a.rakorYear(), new BigDecimal("4.7")))
                        .name(a.what()));
            }
        }
        if (!actionData.isEmpty()) {
            all.add(id.pantauspbe.base.ui.chart.Series.scatter(text.get("opd.page.trend.actions"), actionData)
                    .symbol("pin")
                    .symbolSize(26)
                    .itemStyle(Style.color("#a14a00")));
        }
        return ChartOption.animated()
                .grid(PlotArea.margins(8, 8, 48, 48))
                .tooltip(Tooltip.item())
                .legend(Legend.bottom())
                .toolbox(Toolbox.saveAndData(text, "tren-opd-" + series.opd().shortName()))
                .xAxis(Axis.years(years))
                .yAxes(List.of(
                        Axis.value().range(0, 5).interval(1).name(text.get("opd.trend.axis")),
                        Axis.value()
                                .min(0)
                                .name(text.get("opd.page.trend.pointsAxis"))
                                .splitLine(false)))
                .series(all);
    }
}
