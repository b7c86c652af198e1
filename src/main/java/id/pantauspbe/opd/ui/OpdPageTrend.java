package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.ChartParts;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.OpdReport.RankBasis;
import id.pantauspbe.opd.OpdTrend;
import id.pantauspbe.opd.OpdTrend.Point;
import id.pantauspbe.opd.OpdTrend.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static Map<String, Object> option(OpdTrend trend, Series series, List<ActionItem> actions, Texts text) {
        List<Integer> years = trend.years();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animationDuration", 300);
        option.put("grid", Map.of("left", 8, "right", 8, "top", 48, "bottom", 48, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("bottom", 0));
        option.put(
                "toolbox", ChartParts.toolbox(text, "tren-opd-" + series.opd().shortName()));
        option.put("xAxis", ChartParts.yearAxis(years));
        option.put(
                "yAxis",
                List.of(
                        Map.of("type", "value", "min", 0, "max", 5, "interval", 1, "name", text.get("opd.trend.axis")),
                        Map.of(
                                "type",
                                "value",
                                "min",
                                0,
                                "name",
                                text.get("opd.page.trend.pointsAxis"),
                                "splitLine",
                                Map.of("show", false))));
        List<Object> index = new ArrayList<>();
        List<Object> points = new ArrayList<>();
        for (Point p : series.points().values()) {
            if (p.basis() == RankBasis.OWN_INDEX) {
                index.add(Map.of(
                        "value", List.of(p.year(), p.value()),
                        "itemStyle", Map.of("color", p.weak() ? OpdTrendChart.WEAK_COLOR : "#1d4f91")));
            }
            if (p.pointsHeld() != null && p.pointsHeld().signum() > 0) {
                points.add(List.of(p.year(), p.pointsHeld()));
            }
        }
        List<Object> all = new ArrayList<>();
        all.add(Map.of(
                "name",
                text.get("opd.page.trend.pointsSeries"),
                "type",
                "bar",
                "yAxisIndex",
                1,
                "barMaxWidth",
                28,
                "data",
                points,
                "itemStyle",
                Map.of("color", "#c9d7ea")));
        all.add(Map.of(
                "name", text.get("opd.page.trend.indexSeries"),
                "type", "line",
                "data", index,
                "symbolSize", 9,
                "lineStyle", Map.of("width", 3, "color", "#1d4f91"),
                "label", Map.of("show", true, "position", "top", "fontSize", 12),
                "markLine",
                        Map.of(
                                "silent", true,
                                "symbol", "none",
                                "lineStyle", Map.of("type", "dashed", "color", OpdTrendChart.WEAK_COLOR),
                                "label", Map.of("formatter", text.get("opd.page.trend.lowLine")),
                                "data", List.of(Map.of("yAxis", 3)))));
        List<Object> actionData = new ArrayList<>();
        for (ActionItem a : actions) {
            if (years.contains(a.rakorYear())) {
                actionData.add(Map.of("name", a.what(), "value", List.of(a.rakorYear(), new BigDecimal("4.7"))));
            }
        }
        if (!actionData.isEmpty()) {
            all.add(Map.of(
                    "name",
                    text.get("opd.page.trend.actions"),
                    "type",
                    "scatter",
                    "symbol",
                    "pin",
                    "symbolSize",
                    26,
                    "data",
                    actionData,
                    "itemStyle",
                    Map.of("color", "#a14a00")));
        }
        option.put("series", all);
        return option;
    }
}
