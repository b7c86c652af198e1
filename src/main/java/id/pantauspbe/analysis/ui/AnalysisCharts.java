package id.pantauspbe.analysis.ui;

import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.base.Texts;
import id.pantauspbe.base.ui.ChartParts;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.evaluation.ui.TimelineChartParts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** ECharts options of the analysis views, built from the services' read models. */
final class AnalysisCharts {

    /** Okabe–Ito colours: distinguishable with colour-vision deficiencies. */
    private static final List<String> PALETTE =
            // no orange: the self-assessment line is the one orange line
            List.of("#0072b2", "#009e73", "#cc79a7", "#56b4e9", "#882255", "#44aa99", "#000000", "#999933");

    private static final String INDEX_COLOR = "#1d4f91";

    private AnalysisCharts() {}

    static Map<String, Object> trend(Analysis.Trend trend, boolean aspects, Texts text) {
        Map<String, Object> option = base(text, "tren-spbe");
        List<Integer> years = trend.rows().stream().map(Analysis.YearRow::year).toList();
        if (years.isEmpty()) {
            option.put("series", List.of());
            return option;
        }
        option.put("xAxis", ChartParts.yearAxis(years));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 5, "interval", 1));
        option.put("tooltip", Map.of("trigger", "axis"));
        List<Object> series = new ArrayList<>();
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
                    provisionalData.add(Map.of(
                            "value",
                            List.of(
                                    lastSettled.year(),
                                    lastSettled.shown().get().value()),
                            "label",
                            Map.of("show", false)));
                }
                provisionalData.add(List.of(row.year(), shown.get().value()));
            }
            row.mandiri().map(YearResult::value).ifPresent(v -> mandiriData.add(List.of(row.year(), v)));
        }
        Map<String, Object> indexSeries = line(index, indexData, INDEX_COLOR, 4, "solid");
        indexSeries.put("label", valueLabel(true));
        indexSeries.put("labelLayout", Map.of("hideOverlap", true));
        // on a canvas layer above the other lines: no line cuts through a value label
        indexSeries.put("zlevel", 1);
        indexSeries.put("markLine", TimelineChartParts.frameworkLines(trend.spans(), text));
        series.add(indexSeries);
        legend.add(index);
        if (!provisionalData.isEmpty()) {
            String provisional = text.get("chart.series.unofficial");
            Map<String, Object> dashed = line(provisional, provisionalData, INDEX_COLOR, 3, "dashed");
            dashed.put("symbol", "emptyCircle");
            dashed.put("label", valueLabel(false));
            dashed.put("zlevel", 1);
            series.add(dashed);
            legend.add(provisional);
        }
        if (!trend.notes().isEmpty()) {
            String notes = text.get("chart.series.notes");
            series.add(TimelineChartParts.noteSeries(trend.notes(), notes));
            legend.add(notes);
        }
        String mandiri = text.get("analysis.series.mandiri");
        series.add(line(mandiri, mandiriData, "#a14a00", 2, "dashed"));
        legend.add(mandiri);

        List<String> names = aspects ? trend.aspectNames() : trend.domainNames();
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            List<Object> data = new ArrayList<>();
            for (Analysis.YearRow row : trend.rows()) {
                BigDecimal v = (aspects ? row.aspects() : row.domains()).get(name);
                data.add(v == null ? List.of(row.year(), "-") : List.of(row.year(), v));
            }
            Map<String, Object> s = line(name, data, PALETTE.get(n % PALETTE.size()), 2, "solid");
            s.put("symbolSize", 6);
            series.add(s);
            legend.add(name);
        }
        option.put("legend", Map.of("bottom", 0, "type", "scroll", "data", legend));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 48, "bottom", 72, "containLabel", true));
        option.put("series", series);
        return option;
    }

    /** A waterfall: the first year, each node's contribution, the second year. */
    static Map<String, Object> waterfall(ChangeAnalysis.Decomposition d, int from, int to, Texts text) {
        Map<String, Object> option = base(text, "penjelasan-perubahan");
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
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        categories,
                        "axisLabel",
                        Map.of("interval", 0, "width", 90, "overflow", "break")));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 5));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        List<Object> series = new ArrayList<>();
        series.add(Map.of(
                "type",
                "bar",
                "stack",
                "w",
                "name",
                "base",
                "data",
                invisible,
                "itemStyle",
                Map.of("color", "transparent"),
                "tooltip",
                Map.of("show", false),
                "silent",
                true));
        series.add(bar(text.get("analysis.waterfall.up"), up, "#1b6e3a", "top"));
        series.add(bar(text.get("analysis.waterfall.down"), down, "#a1271c", "bottom"));
        series.add(bar(text.get("analysis.series.index"), totals, INDEX_COLOR, "top"));
        option.put(
                "legend",
                Map.of(
                        "top",
                        0,
                        "left",
                        0,
                        "data",
                        List.of(
                                text.get("analysis.waterfall.up"),
                                text.get("analysis.waterfall.down"),
                                text.get("analysis.series.index"))));
        option.put("series", series);
        return option;
    }

    static Map<String, Object> heatmap(Analysis.Heatmap heatmap, List<Analysis.HeatRow> rows, Texts text) {
        Map<String, Object> option = base(text, "peta-indikator");
        List<String> years = heatmap.years().stream().map(String::valueOf).toList();
        List<String> labels = new ArrayList<>();
        List<Object> data = new ArrayList<>();
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
                    Map<String, Object> cell = new HashMap<>();
                    cell.put("value", List.of(x, y, v));
                    cell.put("name", fullName);
                    cell.put("label", Map.of("color", v.compareTo(new BigDecimal("3")) < 0 ? "#ffffff" : "#000000"));
                    data.add(cell);
                }
            }
        }
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 56, "containLabel", true));
        option.put(
                "xAxis",
                Map.of("type", "category", "data", years, "position", "top", "splitArea", Map.of("show", true)));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        labels,
                        "splitArea",
                        Map.of("show", true),
                        "axisLabel",
                        Map.of("width", 380, "overflow", "break", "lineHeight", 14, "fontSize", 12)));
        option.put(
                "visualMap",
                Map.of(
                        "min",
                        0,
                        "max",
                        5,
                        "calculable",
                        false,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        0,
                        "inRange",
                        Map.of("color", List.of("#00204d", "#31446b", "#666970", "#958f78", "#cbba69", "#ffea46")),
                        "text",
                        List.of("5", "0")));
        option.put(
                "series",
                List.of(Map.of(
                        "type",
                        "heatmap",
                        "name",
                        text.get("analysis.series.value"),
                        "data",
                        data,
                        "label",
                        Map.of("show", true, "fontSize", 12),
                        "emphasis",
                        Map.of("itemStyle", Map.of("borderColor", "#000", "borderWidth", 2)))));
        return option;
    }

    static Map<String, Object> history(Analysis.IndicatorDetail detail, Texts text) {
        Map<String, Object> option = base(text, "riwayat-indikator");
        List<Integer> years =
                detail.history().stream().map(Analysis.HistoryRow::year).toList();
        option.put("xAxis", ChartParts.yearAxis(years));
        option.put(
                "yAxis",
                Map.of(
                        "type",
                        "value",
                        "min",
                        detail.scale().min(),
                        "max",
                        detail.scale().max(),
                        "interval",
                        1));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 48, "containLabel", true));
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
        Map<String, Object> finSeries = line(finalName, fin, INDEX_COLOR, 3, "solid");
        finSeries.put("label", Map.of("show", true, "position", "top"));
        option.put("series", List.of(finSeries, line(mandiriName, self, "#a14a00", 2, "dashed")));
        option.put("legend", Map.of("bottom", 0, "data", List.of(finalName, mandiriName)));
        return option;
    }

    static Map<String, Object> peers(Analysis.Peers peers, String homeCode, Texts text) {
        Map<String, Object> option = base(text, "pembanding");
        option.put("xAxis", ChartParts.yearAxis(peers.years()));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 5, "interval", 1));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 72, "containLabel", true));
        List<Object> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        int n = 0;
        for (Analysis.PeerSeries s : peers.series()) {
            List<Object> data = new ArrayList<>();
            s.values().forEach((year, value) -> data.add(List.of(year, value)));
            boolean home = s.instansi().code().equals(homeCode);
            boolean national = s.instansi().kind() == id.pantauspbe.evaluation.Instansi.Kind.NASIONAL;
            Map<String, Object> line = line(
                    s.instansi().name(),
                    data,
                    home ? INDEX_COLOR : national ? "#5f6368" : PALETTE.get(1 + (n++ % (PALETTE.size() - 1))),
                    home ? 4 : 2,
                    national ? "dashed" : "solid");
            // no value labels here: they would hide peers' single points; the tooltip and the
            // ranking table carry the numbers
            line.put("symbolSize", home ? 8 : 11);
            if (home) {
                line.put("z", 5);
                line.put("markLine", TimelineChartParts.frameworkLines(peers.spans(), text));
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
                Map<String, Object> dashed = line(name, draft, (String) line.get("color"), home ? 3 : 2, "dashed");
                dashed.put("symbol", "emptyCircle");
                dashed.put("symbolSize", home ? 9 : 8);
                series.add(dashed);
                legend.add(name);
            }
        }
        option.put("legend", Map.of("bottom", 0, "type", "scroll", "data", legend));
        option.put("series", series);
        return option;
    }

    /**
     * How the ranked figures of a year spread: a bar per 0,25 of the index with the number of
     * instansi in it, the home Pemda's bar coloured and marked with its figure, rank and percentile,
     * and the national average marked. One series whatever the number of instansi.
     */
    static Map<String, Object> distribution(Analysis.Peers peers, String homeName, Texts text) {
        Analysis.Distribution d = peers.distribution();
        Map<String, Object> option = base(text, "sebaran-indeks-" + peers.year());
        List<String> labels = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < d.counts().size(); i++) {
            BigDecimal from = Analysis.Distribution.BIN_WIDTH.multiply(BigDecimal.valueOf(i));
            labels.add(id.pantauspbe.base.TextFormat.decimal(from.setScale(2, RoundingMode.UNNECESSARY)));
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("value", d.counts().get(i));
            bar.put("itemStyle", Map.of("color", i == d.homeBin() ? INDEX_COLOR : "#b8c4d6"));
            data.add(bar);
        }
        option.put("xAxis", Map.of("type", "category", "data", labels, "name", text.get("analysis.series.index")));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", text.get("analysis.peers.count")));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 48, "bottom", 24, "containLabel", true));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "bar");
        series.put("name", text.get("analysis.peers.count"));
        series.put("data", data);
        series.put("barCategoryGap", "10%");
        List<Object> marks = new ArrayList<>();
        if (d.homeRanked()) {
            marks.add(Map.of(
                    "xAxis",
                    d.homeBin(),
                    "name",
                    text.get(
                            "analysis.peers.homeMark",
                            homeName,
                            id.pantauspbe.base.TextFormat.decimal(d.homeValue()),
                            String.valueOf(d.homeRank()),
                            String.valueOf(d.rankedCount()),
                            String.valueOf(d.percentile())),
                    "lineStyle",
                    Map.of("color", INDEX_COLOR, "width", 2, "type", "solid"),
                    "label",
                    Map.of("formatter", "{b}", "position", "end", "color", INDEX_COLOR, "fontWeight", "bold")));
        }
        if (d.national() != null) {
            int bin = Math.max(
                    0,
                    Math.min(
                            d.counts().size() - 1,
                            d.national()
                                    .divideToIntegralValue(Analysis.Distribution.BIN_WIDTH)
                                    .intValue()));
            marks.add(Map.of(
                    "xAxis",
                    bin,
                    "name",
                    text.get("analysis.peers.nationalMark", id.pantauspbe.base.TextFormat.decimal(d.national())),
                    "lineStyle",
                    Map.of("color", "#5f6368", "width", 2, "type", "dashed"),
                    "label",
                    Map.of("formatter", "{b}", "position", "insideEndTop", "color", "#5f6368")));
        }
        if (!marks.isEmpty()) {
            series.put("markLine", Map.of("symbol", "none", "silent", true, "data", marks));
        }
        option.put("series", List.of(series));
        return option;
    }

    /** A value label with a white halo, so lines passing behind it do not cut through the digits. */
    private static Map<String, Object> valueLabel(boolean bold) {
        return Map.of(
                "show",
                true,
                "position",
                "top",
                "fontWeight",
                bold ? "bold" : "normal",
                "distance",
                8,
                "textBorderColor",
                "#ffffff",
                "textBorderWidth",
                3);
    }

    private static Map<String, Object> base(Texts text, String fileName) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animationDuration", 300);
        option.put("toolbox", ChartParts.toolbox(text, fileName));
        return option;
    }

    private static Map<String, Object> line(String name, List<Object> data, String color, int width, String type) {
        return ChartParts.line(name, data, color, width, type);
    }

    private static Map<String, Object> bar(String name, List<Object> data, String color, String labelPosition) {
        return Map.of(
                "type",
                "bar",
                "stack",
                "w",
                "name",
                name,
                "data",
                data,
                "color",
                color,
                "label",
                Map.of("show", true, "position", labelPosition));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP);
    }
}
