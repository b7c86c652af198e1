package id.pantauspbe.framework;

import id.pantauspbe.base.Csv;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.NodeKind;
import id.pantauspbe.engine.PredikatBand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the SPBE reference files shipped in {@code reference/spbe/} (the project's copy of
 * framework-*.csv, predikat.csv, levels.csv and framework-years.csv) into engine objects. Plain
 * Java, so engine tests can use the real frameworks.
 */
public final class FrameworkFiles {

    static final String BASE = "reference/spbe/";

    /** A framework as listed in framework-years.csv. */
    public record Listing(String code, String title, String regulation, int firstYear, Integer lastYear) {}

    private FrameworkFiles() {}

    public static List<Listing> listings() {
        List<Listing> listings = new ArrayList<>();
        for (Map<String, String> row : read("framework-years.csv")) {
            String title = row.get("framework");
            int paren = title.indexOf(" (");
            String last = row.get("last_year");
            listings.add(new Listing(
                    row.get("code_in_files"),
                    title,
                    paren > 0 ? title.substring(0, paren) : title,
                    Integer.parseInt(row.get("first_year")),
                    last.isBlank() ? null : Integer.valueOf(last)));
        }
        return listings;
    }

    /**
     * Level scales from levels.csv: the range is that of the listed levels; a scale whose levels are
     * written with decimals ("1.00") takes fractional values.
     */
    public static Map<String, LevelScale> levelScales() {
        Map<String, List<Map<String, String>>> byScale = new LinkedHashMap<>();
        for (Map<String, String> row : read("levels.csv")) {
            byScale.computeIfAbsent(row.get("level_scale"), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, LevelScale> scales = new LinkedHashMap<>();
        byScale.forEach((code, rows) -> {
            Map<BigDecimal, String> names = new HashMap<>();
            boolean decimals = false;
            for (Map<String, String> row : rows) {
                names.put(new BigDecimal(row.get("level")), row.get("name"));
                decimals |= row.get("level").contains(".");
            }
            BigDecimal min =
                    names.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
            BigDecimal max =
                    names.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
            scales.put(code, new LevelScale(code, min, max, decimals, names));
        });
        return scales;
    }

    /** The framework of a listing, as a tree with its predikat bands (rank 1 = best). */
    public static Framework framework(Listing listing, Map<String, LevelScale> scales) {
        List<Map<String, String>> rows = read("framework-" + listing.code().toLowerCase() + ".csv");
        List<PredikatBand> bands = new ArrayList<>();
        for (Map<String, String> band : read("predikat.csv")) {
            if (band.get("framework").equals(listing.code())) {
                bands.add(new PredikatBand(
                        bands.size() + 1,
                        band.get("predikat"),
                        decimalOrNull(band.get("min_inclusive")),
                        decimalOrNull(band.get("max_exclusive"))));
            }
        }
        return framework(listing.code(), listing.title(), rows, bands, scales);
    }

    /**
     * A framework from rows in the format of the framework files (domain_code … level_scale; domain
     * columns empty for a framework without domains), for example a Pemda's internal questionnaire.
     */
    public static Framework framework(
            String code,
            String title,
            List<Map<String, String>> rows,
            List<PredikatBand> bands,
            Map<String, LevelScale> scales) {
        Map<String, NodeBuilder> domains = new LinkedHashMap<>();
        Map<String, NodeBuilder> aspects = new LinkedHashMap<>();
        List<NodeBuilder> roots = new ArrayList<>();
        for (Map<String, String> row : rows) {
            NodeBuilder domain = null;
            String domainCode = row.get("domain_code");
            if (!domainCode.isBlank()) {
                domain = domains.computeIfAbsent(domainCode, c -> {
                    NodeBuilder b =
                            new NodeBuilder(c, NodeKind.DOMAIN, row.get("domain_name"), row.get("domain_weight"));
                    roots.add(b);
                    return b;
                });
            }
            NodeBuilder parent = domain;
            NodeBuilder aspect = aspects.computeIfAbsent(row.get("aspect_code"), c -> {
                NodeBuilder b = new NodeBuilder(c, NodeKind.ASPECT, row.get("aspect_name"), row.get("aspect_weight"));
                if (parent == null) {
                    roots.add(b);
                } else {
                    parent.children.add(b);
                }
                return b;
            });
            LevelScale scale = scales.get(row.get("level_scale"));
            if (scale == null) {
                throw new IllegalStateException("unknown level scale " + row.get("level_scale") + " in " + code);
            }
            aspect.indicators.add(Node.indicator(
                    row.get("indicator_code"),
                    row.get("indicator_name"),
                    new BigDecimal(row.get("indicator_weight")),
                    scale));
        }
        return new Framework(code, title, roots.stream().map(NodeBuilder::build).toList(), bands);
    }

    static final List<String> COLUMNS = List.of(
            "domain_code",
            "domain_name",
            "domain_weight",
            "aspect_code",
            "aspect_name",
            "aspect_weight",
            "indicator_code",
            "indicator_name",
            "indicator_weight",
            "level_scale");

    /**
     * Checks rows in the format of the framework files: every column present, codes and names
     * filled, weights numbers above zero, known level scales, indicator codes unique.
     */
    public static List<FrameworkProblem> validate(List<Map<String, String>> rows, Map<String, LevelScale> scales) {
        List<FrameworkProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(FrameworkProblem.of(null, null, "framework.file.empty"));
            return problems;
        }
        for (String column : COLUMNS) {
            if (!rows.getFirst().containsKey(column)) {
                problems.add(FrameworkProblem.of(1, column, "framework.file.missingColumn", column));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int line = i + 2;
            for (String column : List.of("aspect_code", "aspect_name", "indicator_code", "indicator_name")) {
                if (row.get(column).isBlank()) {
                    problems.add(FrameworkProblem.of(line, column, "framework.file.blank", column));
                }
            }
            List<String> weights = row.get("domain_code").isBlank()
                    ? List.of("aspect_weight", "indicator_weight")
                    : List.of("domain_weight", "aspect_weight", "indicator_weight");
            for (String column : weights) {
                try {
                    if (new BigDecimal(row.get(column).replace(',', '.')).signum() <= 0) {
                        problems.add(FrameworkProblem.of(line, column, "framework.file.notPositive", row.get(column)));
                    }
                } catch (NumberFormatException e) {
                    problems.add(FrameworkProblem.of(line, column, "framework.file.notNumber", row.get(column)));
                }
            }
            if (!scales.containsKey(row.get("level_scale"))) {
                problems.add(FrameworkProblem.of(
                        line,
                        "level_scale",
                        "framework.file.unknownScale",
                        row.get("level_scale"),
                        String.join(", ", scales.keySet())));
            }
            if (!row.get("indicator_code").isBlank() && !codes.add(row.get("indicator_code"))) {
                problems.add(FrameworkProblem.of(
                        line, "indicator_code", "framework.file.duplicate", row.get("indicator_code")));
            }
        }
        return problems;
    }

    private static BigDecimal decimalOrNull(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    private static List<Map<String, String>> read(String file) {
        try (InputStream in = FrameworkFiles.class.getClassLoader().getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + BASE + file);
            }
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    private static final class NodeBuilder {
        private final String code;
        private final NodeKind kind;
        private final String name;
        private final BigDecimal weight;
        private final List<NodeBuilder> children = new ArrayList<>();
        private final List<Node> indicators = new ArrayList<>();

        NodeBuilder(String code, NodeKind kind, String name, String weight) {
            this.code = code;
            this.kind = kind;
            this.name = name;
            this.weight = new BigDecimal(weight);
        }

        Node build() {
            List<Node> nodes =
                    new ArrayList<>(children.stream().map(NodeBuilder::build).toList());
            nodes.addAll(indicators);
            return new Node(code, kind, name, weight, null, nodes);
        }
    }
}
