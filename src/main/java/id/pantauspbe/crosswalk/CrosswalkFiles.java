package id.pantauspbe.crosswalk;

import id.pantauspbe.base.Csv;
import id.pantauspbe.engine.Framework;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the crosswalk files shipped in {@code reference/spbe/} (one per pair of
 * consecutive frameworks). Plain Java. A file's rows: {@code from_framework, from_indicator,
 * to_framework, to_indicator, reason}.
 */
public final class CrosswalkFiles {

    static final String BASE = "reference/spbe/";

    /** The shipped files, oldest boundary first. */
    public static final List<String> FILES =
            List.of("crosswalk-permenpanrb-5-2018-to-59-2020.csv", "crosswalk-permenpanrb-59-2020-to-8-2026.csv");

    static final List<String> COLUMNS =
            List.of("from_framework", "from_indicator", "to_framework", "to_indicator", "reason");

    static final int MAX_REASON = 500;

    private CrosswalkFiles() {}

    /** The rows of a shipped file. */
    public static List<Map<String, String>> read(String file) {
        try (InputStream in = CrosswalkFiles.class.getClassLoader().getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + BASE + file);
            }
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    /**
     * Everything wrong with the rows of a crosswalk file: missing columns, blank cells, unknown
     * frameworks or indicators, another framework pair than the first row's, duplicate pairs, an
     * over-long reason. Empty when the file can be loaded.
     */
    public static List<CrosswalkProblem> validate(
            String file, List<Map<String, String>> rows, Map<String, Framework> frameworks) {
        List<CrosswalkProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(CrosswalkProblem.of(file, 1, "", "setara.file.empty"));
            return problems;
        }
        for (String column : COLUMNS) {
            if (!rows.getFirst().containsKey(column)) {
                problems.add(CrosswalkProblem.of(file, 1, column, "setara.file.missingColumn", column));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String fromFramework = rows.getFirst().get("from_framework");
        String toFramework = rows.getFirst().get("to_framework");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            int line = i + 2;
            int before = problems.size();
            for (String column : COLUMNS) {
                if (row.get(column).isBlank()) {
                    problems.add(CrosswalkProblem.of(file, line, column, "setara.file.blank", column));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            checkSide(file, line, row, "from", fromFramework, frameworks, problems);
            checkSide(file, line, row, "to", toFramework, frameworks, problems);
            if (row.get("reason").length() > MAX_REASON) {
                problems.add(CrosswalkProblem.of(file, line, "reason", "setara.file.longReason", MAX_REASON));
            }
            String key = row.get("from_indicator") + ">" + row.get("to_indicator");
            // a row already wrong is not also reported as a duplicate
            if (problems.size() == before && !seen.add(key)) {
                problems.add(CrosswalkProblem.of(
                        file,
                        line,
                        "to_indicator",
                        "setara.file.duplicate",
                        row.get("from_indicator"),
                        row.get("to_indicator")));
            }
        }
        return problems;
    }

    private static void checkSide(
            String file,
            int line,
            Map<String, String> row,
            String side,
            String expectedFramework,
            Map<String, Framework> frameworks,
            List<CrosswalkProblem> problems) {
        String frameworkColumn = side + "_framework";
        String indicatorColumn = side + "_indicator";
        String code = row.get(frameworkColumn);
        Framework framework = frameworks.get(code);
        if (framework == null) {
            problems.add(CrosswalkProblem.of(file, line, frameworkColumn, "setara.file.unknownFramework", code));
        } else if (!code.equals(expectedFramework)) {
            problems.add(CrosswalkProblem.of(
                    file, line, frameworkColumn, "setara.file.otherFramework", code, expectedFramework));
        } else if (framework.indicator(row.get(indicatorColumn)).isEmpty()) {
            problems.add(CrosswalkProblem.of(
                    file, line, indicatorColumn, "setara.file.unknownIndicator", row.get(indicatorColumn), code));
        }
    }

    /** The pairs of rows already validated. */
    public static List<CrosswalkPair> pairs(List<Map<String, String>> rows) {
        return rows.stream()
                .map(r -> new CrosswalkPair(
                        null,
                        r.get("from_framework"),
                        r.get("from_indicator"),
                        r.get("to_framework"),
                        r.get("to_indicator"),
                        r.get("reason")))
                .toList();
    }
}
