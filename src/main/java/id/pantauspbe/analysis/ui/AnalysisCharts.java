package id.pantauspbe.analysis.ui;

import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.DataItem;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.Legend;
import id.pantauspbe.base.ui.chart.Mark;
import id.pantauspbe.base.ui.chart.MarkLine;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Series;
import id.pantauspbe.base.ui.chart.Style;
import id.pantauspbe.base.ui.chart.Toolbox;
import id.pantauspbe.base.ui.chart.Tooltip;
import id.pantauspbe.base.ui.chart.VisualMap;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.evaluation.ui.TimelineChartParts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ECharts options of the analysis views, built from the services' read models. */
final class AnalysisCharts {

    /** Okabe–Ito colours: distinguishable with colour-vision deficiencies. */
    private static final List<String> PALETTE =
            // no orange: the self-assessment line is the one orange line
            List.of("#0072b2", "#009e73", "#cc79a7", "#56b4e9", "#882255", "#44aa99", "#000000", "#999933");

    private static final String INDEX_COLOR = "#1d4f91";

    private AnalysisCharts() {}

    static ChartOption trend(Analysis.Trend trend, boolean aspects, Texts text) {
        ChartOption option = base(text, "tren-spbe");
        List<Integer> years = trend.rows().stream().map(Analysis.YearRow::year).toList();
        if (years.isEmpty()) {
            return option.series(List.of());
        }
        option = option.xAxis(Axis.years(years))
                .yAxis(Axis.value().range(0, 5).interval(1))
                .tooltip(Tooltip.axis());
        List<Series> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();

        String index = text.get("analysis.series.index");
        List<Object> indexData = new ArrayList<>();
        List<Object> provisionalData = new ArrayList<>();
        List<Object> mandiriData = new ArrayList<>();
        Analysis.YearRow lastSettled = null;
        for (Analysis.YearRow row : trend.rows()) {
            Optional<YearResult> shown = row.shown().filter(r -> r.value() != null);
            if (shown.isPresent() && shown.get().settled()) {
                indexData.add(List.of(row.year(), shown.get().value()));
                lastSettled = row;
            } else if (shown.isPresent()) {
                // a draft or self-assessment is never on the solid line
                if (provisionalData.isEmpty() && lastSettled != null) {
                    provisionalData.add(DataItem.of(List.of(
                                    lastSettled.year(),
                                    lastSettled.shown().get().value()))
                            .label(Label.hidden()));
                }
                provisionalData.add(List.of(row.year(), shown.get().value()));
            }
            row.mandiri().map(YearResult::value).ifPresent(v -> mandiriData.add(List.of(row.year(), v)));
        }
        series.add(Series.line(index, indexData, INDEX_COLOR, 4, "solid")
                .label(Label.halo(true))
                .hideOverlappingLabels()
                // on a canvas layer above the other lines: no line cuts through a value label
                .zlevel(1)
                .markLine(TimelineChartParts.frameworkLines(trend.spans(), text)));
        legend.add(index);
        if (!provisionalData.isEmpty()) {
            String provisional = text.get("chart.series.unofficial");
            series.add(Series.line(provisional, provisionalData, INDEX_COLOR, 3, "dashed")
                    .symbol("emptyCircle")
                    .label(Label.halo(false))
                    .zlevel(1));
            legend.add(provisional);
        }
        if (!trend.notes().isEmpty()) {
            String notes = text.get("chart.series.notes");
            series.add(TimelineChartParts.noteSeries(trend.notes(), notes));
            legend.add(notes);
        }
        String mandiri = text.get("analysis.series.mandiri");
        series.add(Series.line(mandiri, mandiriData, "#a14a00", 2, "dashed"));
        legend.add(mandiri);

        List<String> names = aspects ? trend.aspectNames() : trend.domainNames();
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            List<Object> data = new ArrayList<>();
            for (Analysis.YearRow row : trend.rows()) {
                BigDecimal v = (aspects ? row.aspects() : row.domains()).get(name);
                data.add(v == null ? List.of(row.year(), "-") : List.of(row.year(), v));
            }
            series.add(Series.line(name, data, PALETTE.get(n % PALETTE.size()), 2, "solid")
                    .symbolSize(6));
            legend.add(name);
        }
        return option.legend(Legend.bottom(legend).scroll())
                .grid(PlotArea.margins(8, 16, 48, 72))
                .series(series);
    }

    /** A waterfall: the first year, each node's contribution, the second year. */
    static ChartOption waterfall(ChangeAnalysis.Decomposition d, int from, int to, Texts text) {
        List<String> categories = new ArrayList<>();
        List<Object> invisible = new ArrayList<>();
        List<Object> up = new ArrayList<>();
        List<Object> down = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        categories.add(String.valueOf(from));
        invisible.add(0);
        up.add("-");
        down.add("-");
        totals.add(round(d.before()));
        BigDecimal level = d.before();
        for (Contribution c : d.nodes()) {
            categories.add(c.name());
            BigDecimal next = level.add(c.points());
            invisible.add(round(level.min(next)));
            up.add(c.points().signum() >= 0 ? round(c.points()) : "-");
            down.add(c.points().signum() < 0 ? round(c.points().negate()) : "-");
            totals.add("-");
            level = next;
        }
        categories.add(String.valueOf(to));
        invisible.add(0);
        up.add("-");
        down.add("-");
        totals.add(round(d.after()));
        String upName = text.get("analysis.waterfall.up");
        String downName = text.get("analysis.waterfall.down");
        String indexName = text.get("analysis.series.index");
        return base(text, "penjelasan-perubahan")
                .xAxis(Axis.category(categories)
                        .axisLabel(Label.of().interval(0).width(90).overflow("break")))
                .yAxis(Axis.value().range(0, 5))
                .tooltip(Tooltip.axisShadow())
                .grid(PlotArea.margins(8, 16, 40, 8))
                .legend(Legend.topLeft(List.of(upName, downName, indexName)))
                .series(List.of(
                        Series.bar("base", invisible)
                                .stack("w")
                                .itemStyle(Style.color("transparent"))
                                .tooltip(Tooltip.hidden())
                                .silent(true),
                        bar(upName, up, "#1b6e3a", "top"),
                        bar(downName, down, "#a1271c", "bottom"),
                        bar(indexName, totals, INDEX_COLOR, "top")));
    }

    static ChartOption heatmap(Analysis.Heatmap heatmap, List<Analysis.HeatRow> rows, Texts text) {
        List<String> years = heatmap.years().stream().map(String::valueOf).toList();
        List<String> labels = new ArrayList<>();
        List<DataItem> data = new ArrayList<>();
        List<Analysis.HeatRow> reversed = rows.reversed();
        for (int y = 0; y < reversed.size(); y++) {
            Analysis.HeatRow row = reversed.get(y);
            // the common "Tingkat Kematangan" is dropped and the rest wraps, so the part that
            // differs between indicators is never cut off; the tooltip has the full name
            labels.add(row.indicator().code() + " " + row.indicator().shortName(Integer.MAX_VALUE));
            String fullName = row.indicator().code() + " " + row.indicator().name();
            for (int x = 0; x < heatmap.years().size(); x++) {
                BigDecimal v = row.values().get(heatmap.years().get(x));
                if (v != null) {
                    data.add(DataItem.of(List.of(x, y, v))
                            .name(fullName)
                            .label(Label.of().color(v.compareTo(new BigDecimal("3")) < 0 ? "#ffffff" : "#000000")));
                }
            }
        }
        return base(text, "peta-indikator")
                .tooltip(Tooltip.top())
                .grid(PlotArea.margins(8, 16, 40, 56))
                .xAxis(Axis.category(years).position("top").splitArea(true))
                .yAxis(Axis.category(labels)
                        .splitArea(true)
                        .axisLabel(Label.of()
                                .width(380)
                                .overflow("break")
                                .lineHeight(14)
                                .fontSize(12)))
                .visualMap(VisualMap.horizontal(0, 5, VisualMap.CIVIDIS)
                        .calculable(false)
                        .text("5", "0"))
                .series(List.of(Series.heatmap(text.get("analysis.series.value"), data)
                        .label(Label.shown().fontSize(12))
                        .emphasis(Style.of().borderColor("#000").borderWidth(2))));
    }

    static ChartOption history(Analysis.IndicatorDetail detail, Texts text) {
        List<Integer> years =
                detail.history().stream().map(Analysis.HistoryRow::year).toList();
        List<Object> fin = new ArrayList<>();
        List<Object> self = new ArrayList<>();
        for (Analysis.HistoryRow h : detail.history()) {
            if (h.finalValue() != null) {
                fin.add(List.of(h.year(), h.finalValue()));
            }
            if (h.mandiriValue() != null) {
                self.add(List.of(h.year(), h.mandiriValue()));
            }
        }
        String finalName = text.get("analysis.series.final");
        String mandiriName = text.get("analysis.series.mandiri");
        return base(text, "riwayat-indikator")
                .xAxis(Axis.years(years))
                .yAxis(Axis.value()
                        .range(detail.scale().min(), detail.scale().max())
                        .interval(1))
                .tooltip(Tooltip.axis())
                .grid(PlotArea.margins(8, 16, 40, 48))
                .series(List.of(
                        Series.line(finalName, fin, INDEX_COLOR, 3, "solid")
                                .label(Label.shown().position("top")),
                        Series.line(mandiriName, self, "#a14a00", 2, "dashed")))
                .legend(Legend.bottom(List.of(finalName, mandiriName)));
    }

    static ChartOption peers(Analysis.Peers peers, String homeCode, Texts text) {
        List<Series> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        int n = 0;
        for (Analysis.PeerSeries s : peers.series()) {
            List<Object> data = new ArrayList<>();
            s.values().forEach((year, value) -> data.add(List.of(year, value)));
            boolean home = s.instansi().code().equals(homeCode);
            boolean national = s.instansi().kind() == id.pantauspbe.evaluation.Instansi.Kind.NASIONAL;
            String color = home ? INDEX_COLOR : national ? "#5f6368" : PALETTE.get(1 + (n++ % (PALETTE.size() - 1)));
            // no value labels here: they would hide peers' single points; the tooltip and the
            // ranking table carry the numbers
            Series line = Series.line(s.instansi().name(), data, color, home ? 4 : 2, national ? "dashed" : "solid")
                    .symbolSize(home ? 8 : 11);
            if (home) {
                line = line.z(5).markLine(TimelineChartParts.frameworkLines(peers.spans(), text));
            }
            series.add(line);
            legend.add(s.instansi().name());
            if (!s.provisional().isEmpty()) {
                // drafts and self-assessments are never on the solid line: a dashed continuation
                // from the last settled result, hollow points, its own legend entry
                List<Object> draft = new ArrayList<>();
                int first = s.provisional().keySet().iterator().next();
                s.values().entrySet().stream()
                        .filter(e -> e.getKey() < first)
                        .reduce((a, b) -> b)
                        .ifPresent(e -> draft.add(List.of(e.getKey(), e.getValue())));
                s.provisional().forEach((year, value) -> draft.add(List.of(year, value)));
                String name = text.get(
                        "analysis.peers.provisionalSeries", s.instansi().name());
                series.add(Series.line(name, draft, color, home ? 3 : 2, "dashed")
                        .symbol("emptyCircle")
                        .symbolSize(home ? 9 : 8));
                legend.add(name);
            }
        }
        return base(text, "pembanding")
                .xAxis(Axis.years(peers.years()))
                .yAxis(Axis.value().range(0, 5).interval(1))
                .tooltip(Tooltip.axis())
                .grid(PlotArea.margins(8, 16, 40, 72))
                .legend(Legend.bottom(legend).scroll())
                .series(series);
    }

    /**
     * How the ranked figures of a year spread: a bar per 0,25 of the index with the number of
     * instansi in it, the home Pemda's bar coloured and marked with its figure, rank and percentile,
     * and the national average marked. One series whatever the number of instansi.
     */
    static ChartOption distribution(Analysis.Peers peers, String homeName, Texts text) {
        Analysis.Distribution d = peers.distribution();
        List<String> labels = new ArrayList<>();
        List<DataItem> data = new ArrayList<>();
        for (int i = 0; i < d.counts().size(); i++) {
            BigDecimal from = Analysis.Distribution.BIN_WIDTH.multiply(BigDecimal.valueOf(i));
            labels.add(id.pantauspbe.base.TextFormat.decimal(from.setScale(2, RoundingMode.UNNECESSARY)));
            data.add(DataItem.of(d.counts().get(i)).itemStyle(Style.color(i == d.homeBin() ? INDEX_COLOR : "#b8c4d6")));
        }
        Series series = Series.bar(text.get("analysis.peers.count"), data).barCategoryGap("10%");
        List<Mark> marks = new ArrayList<>();
        if (d.homeRanked()) {
            marks.add(Mark.atX(d.homeBin())
                    .name(text.get(
                            "analysis.peers.homeMark",
                            homeName,
                            id.pantauspbe.base.TextFormat.decimal(d.homeValue()),
                            String.valueOf(d.homeRank()),
                            String.valueOf(d.rankedCount()),
                            String.valueOf(d.percentile())))
                    .lineStyle(Style.line(2, "solid", INDEX_COLOR))
                    .label(Label.of()
                            .formatter("{b}")
                            .position("end")
                            .color(INDEX_COLOR)
                            .fontWeight("bold")));
        }
        if (d.national() != null) {
            int bin = Math.max(
                    0,
                    Math.min(
                            d.counts().size() - 1,
                            d.national()
                                    .divideToIntegralValue(Analysis.Distribution.BIN_WIDTH)
                                    .intValue()));
            marks.add(Mark.atX(bin)
                    .name(text.get("analysis.peers.nationalMark", id.pantauspbe.base.TextFormat.decimal(d.national())))
                    .lineStyle(Style.line(2, "dashed", "#5f6368"))
                    .label(Label.of().formatter("{b}").position("insideEndTop").color("#5f6368")));
        }
        if (!marks.isEmpty()) {
            series = series.markLine(MarkLine.of(marks));
        }
        return base(text, "sebaran-indeks-" + peers.year())
                .xAxis(Axis.category(labels)
                        .name(text.get("analysis.peers.indexFrom"))
                        .nameCentred(30))
                .yAxis(Axis.counts()
                        .name(text.get("analysis.peers.count"))
                        .nameTextStyle(Style.of().align("left")))
                .tooltip(Tooltip.axis())
                .grid(PlotArea.margins(8, 24, 48, 44))
                .series(List.of(series));
    }

    private static ChartOption base(Texts text, String fileName) {
        return ChartOption.withToolbox(Toolbox.saveAndData(text, fileName));
    }

    private static Series bar(String name, List<Object> data, String color, String labelPosition) {
        return Series.bar(name, data)
                .stack("w")
                .color(color)
                .label(Label.shown().position(labelPosition));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP);
    }
}
