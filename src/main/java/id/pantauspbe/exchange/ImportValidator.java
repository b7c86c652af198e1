package id.pantauspbe.exchange;

import id.pantauspbe.base.LongIntMap;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.ValueBatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every row and column of an imported file as it is read and keeps the valid rows compactly
 * (values in a {@link ValueBatch}, targets as records). It never stops at the first problem: the
 * report lists the first {@link ImportLimits#maxErrors()} of them and counts all, so a file is fixed
 * in one go. Only a wrong header stops the reading, since no row can be read without it.
 */
final class ImportValidator implements Table.Sink {

    static final int MAX_CODE = 20;
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 400;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INDICATOR_NUMBER = Pattern.compile("I?\\d{1,3}");

    /** What the validator needs to know about the database. */
    interface Lookup {
        Optional<Framework> frameworkFor(int year);

        /** The name of a registered instansi, by code. */
        Optional<String> instansiName(String code);
    }

    record TargetRow(
            int row,
            String instansiCode,
            String instansiName,
            int year,
            Target.Scope scope,
            String nodeCode,
            BigDecimal value,
            Target.Source source,
            String note) {}

    private static final List<Stage> FILE_STAGES = List.of(Stage.MANDIRI, Stage.FINAL);

    private final ImportKind kind;
    private final String fileName;
    private final Lookup lookup;
    private final ImportLimits limits;
    private final ValueBatch values;
    private final List<TargetRow> targets = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();
    private final Map<String, NameSeen> names = new LinkedHashMap<>();
    private final Map<Integer, Optional<Indicators>> frameworks = new HashMap<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private final LongIntMap seenValues = new LongIntMap();
    private final Map<String, Integer> seenTargets = new HashMap<>();
    private final TargetCells targetCells = new TargetCells(this::problem, this::number);
    private Table.Header header;
    private int problemCount;
    private int rows;

    private record NameSeen(String name, int row) {}

    /** A year's framework with its indicators by every way a file may write them. */
    private record Indicators(Framework framework, Map<String, Node> byCode, Map<String, Integer> position) {}

    private ImportValidator(ImportKind kind, String fileName, Lookup lookup, ImportLimits limits, ValueBatch values) {
        this.kind = kind;
        this.fileName = fileName;
        this.lookup = lookup;
        this.limits = limits;
        this.values = values;
    }

    /** A validator of a values file whose valid rows go into {@code batch}. */
    static ImportValidator values(String fileName, Lookup lookup, ImportLimits limits, ValueBatch batch) {
        return new ImportValidator(ImportKind.HASIL, fileName, lookup, limits, batch);
    }

    static ImportValidator targets(String fileName, Lookup lookup, ImportLimits limits) {
        return new ImportValidator(ImportKind.TARGET, fileName, lookup, limits, null);
    }

    /** The first problems, at most {@link ImportLimits#maxErrors()}. */
    List<ImportProblem> problems() {
        return problems;
    }

    /** All problems, also those past the listed ones. */
    int problemCount() {
        return problemCount;
    }

    List<ImportProblem> notes() {
        return notes;
    }

    /** The data rows read. */
    int rows() {
        return rows;
    }

    List<TargetRow> targetRows() {
        return problemCount == 0 ? targets : List.of();
    }

    /** The name given to each instansi code (codes given without a name are absent), in file order. */
    Map<String, String> names() {
        Map<String, String> result = new LinkedHashMap<>();
        names.forEach((code, seen) -> result.put(code, seen.name()));
        return result;
    }

    /** Adds the problems of the file as a whole, once it has been read. */
    void finish() {
        if (header != null && problemCount == 0 && rows == 0) {
            problems.add(ImportProblem.of(fileName, null, null, "import.error.noRows"));
            problemCount++;
        }
    }

    @Override
    public void header(Table.Header header) {
        this.header = header;
        if (!checkHeader()) {
            throw new Table.Stop();
        }
    }

    @Override
    public void row(Table.Row row) {
        rows++;
        if (kind == ImportKind.HASIL) {
            valueRow(row);
        } else {
            targetRow(row);
        }
    }

    private void valueRow(Table.Row row) {
        checkStrayCells(row);
        String code = instansiCode(row);
        instansiName(row, code, true);
        Integer year = year(row);
        Indicators framework = year == null ? null : framework(row, year);
        Stage stage = stage(row);
        Node indicator = framework == null ? null : indicator(row, framework, year);
        BigDecimal value = indicator == null ? number(row, "nilai") : value(row, indicator, year);
        if (!code.isEmpty() && stage != null && indicator != null) {
            // a repeated row is reported even when the first one has other problems
            long key = ((long) codes.computeIfAbsent(code, c -> codes.size()) << 32)
                    | ((long) year << 16)
                    | ((long) stage.ordinal() << 12)
                    | framework.position().get(indicator.code());
            int first = seenValues.putIfAbsent(key, row.number());
            if (first != LongIntMap.MISSING) {
                problem(
                        row,
                        null,
                        "import.error.duplicateRow",
                        describe(code, year, stage.code(), indicator.code()),
                        first);
            }
        }
        if (problemCount > 0) {
            return; // nothing of a file with problems is stored: stop collecting rows
        }
        values.add(code, year, stage, indicator.code(), value);
    }

    private void targetRow(Table.Row row) {
        checkStrayCells(row);
        String code = instansiCode(row);
        String name = instansiName(row, code, header.has("instansi_nama"));
        Integer year = year(row);
        Indicators framework = year == null ? null : framework(row, year);
        Target.Scope scope = targetCells.scope(row);
        String nodeCode = framework == null || scope == null
                ? null
                : targetCells.nodeCode(row, scope, framework.framework(), year);
        BigDecimal value = targetCells.value(row);
        Target.Source source = targetCells.source(row);
        String note = row.get("catatan");
        if (note.length() > MAX_NOTE) {
            problem(row, "catatan", "import.error.tooLong", MAX_NOTE);
        }
        if (!code.isEmpty() && year != null && scope != null && nodeCode != null) {
            Integer first = seenTargets.putIfAbsent(code + "|" + year + "|" + scope + "|" + nodeCode, row.number());
            if (first != null) {
                String what = scope == Target.Scope.INDEX ? row.get("lingkup") : row.get("lingkup") + " " + nodeCode;
                problem(row, null, "import.error.duplicateRow", describe(code, year, what), first);
            }
        }
        if (problemCount > 0) {
            return;
        }
        targets.add(new TargetRow(
                row.number(), code, name, year, scope, nodeCode, value, source, note.isEmpty() ? null : note));
    }

    // --- header ---

    private boolean checkHeader() {
        Set<String> distinct = new LinkedHashSet<>();
        boolean ok = true;
        for (String column : header.columns()) {
            if (column.isEmpty()) {
                continue;
            }
            if (!distinct.add(column)) {
                problem(header.row(), column, "import.error.duplicateColumn", column);
                ok = false;
            } else if (!kind.columns().contains(column)) {
                problem(header.row(), column, "import.error.unknownColumn", column, String.join(", ", kind.columns()));
                ok = false;
            }
        }
        for (String column : kind.required()) {
            if (!distinct.contains(column)) {
                problem(header.row(), column, "import.error.missingColumn", column);
                ok = false;
            }
        }
        return ok;
    }

    private void checkStrayCells(Table.Row row) {
        for (Table.Stray stray : row.strays()) {
            problem(row, null, "import.error.valueWithoutColumn", stray.value(), stray.position());
        }
    }

    // --- columns ---

    private String instansiCode(Table.Row row) {
        String code = row.get("instansi_kode").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problem(row, "instansi_kode", "import.error.required");
        } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            problem(row, "instansi_kode", "import.error.instansiCode", code, MAX_CODE);
        }
        return code;
    }

    /** The name to create an unknown instansi with; a file must give one name per code. */
    private String instansiName(Table.Row row, String code, boolean hasNameColumn) {
        String name = row.get("instansi_nama");
        if (name.length() > MAX_NAME) {
            problem(row, "instansi_nama", "import.error.tooLong", MAX_NAME);
            return name;
        }
        if (code.isEmpty()) {
            return name;
        }
        if (!name.isEmpty()) {
            NameSeen first = names.get(code);
            if (first != null && !first.name().equals(name)) {
                problem(
                        row,
                        "instansi_nama",
                        "import.error.instansiNameConflict",
                        name,
                        first.name(),
                        first.row(),
                        code);
            } else if (first == null) {
                names.put(code, new NameSeen(name, row.number()));
                // a registered instansi keeps its name; say so rather than drop the file's silently
                lookup.instansiName(code)
                        .filter(registered -> !registered.equals(name))
                        .ifPresent(registered -> note(row, registered, name, code));
            }
        } else if (lookup.instansiName(code).isEmpty()) {
            if (hasNameColumn) {
                problem(row, "instansi_nama", "import.error.instansiNameRequired", code);
            } else {
                problem(row, "instansi_kode", "import.error.unknownInstansi", code);
            }
        }
        return name;
    }

    private void note(Table.Row row, String registered, String name, String code) {
        if (notes.size() < limits.maxErrors()) {
            notes.add(ImportProblem.of(
                    fileName, row.number(), "instansi_nama", "import.note.instansiName", name, registered, code));
        }
    }

    private Integer year(Table.Row row) {
        String text = row.get("tahun");
        if (text.isEmpty()) {
            problem(row, "tahun", "import.error.required");
            return null;
        }
        if (!YEAR.matcher(text).matches()) {
            problem(row, "tahun", "import.error.year", text);
            return null;
        }
        return Integer.valueOf(text);
    }

    private Indicators framework(Table.Row row, int year) {
        Optional<Indicators> found = frameworks.computeIfAbsent(
                year,
                y -> lookup.frameworkFor(y).map(f -> {
                    Map<String, Node> byCode = new HashMap<>();
                    Map<String, Integer> position = new HashMap<>();
                    List<Node> indicators = f.indicators();
                    for (int i = 0; i < indicators.size(); i++) {
                        byCode.put(indicators.get(i).code(), indicators.get(i));
                        position.put(indicators.get(i).code(), i);
                    }
                    return new Indicators(f, byCode, position);
                }));
        if (found.isEmpty()) {
            problem(row, "tahun", "import.error.unknownYear", year);
        }
        return found.orElse(null);
    }

    private Stage stage(Table.Row row) {
        String text = row.get("tahap").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            problem(row, "tahap", "import.error.required");
            return null;
        }
        for (Stage stage : FILE_STAGES) {
            if (stage.code().equals(text)) {
                return stage;
            }
        }
        problem(row, "tahap", "import.error.stage", row.get("tahap"));
        return null;
    }

    /** "7", "07", "I7", "i7" or "I07" → the indicator I7 of the year's framework. */
    private Node indicator(Table.Row row, Indicators framework, int year) {
        String text = row.get("indikator").toUpperCase(Locale.ROOT).replace(" ", "");
        if (text.isEmpty()) {
            problem(row, "indikator", "import.error.required");
            return null;
        }
        String code = INDICATOR_NUMBER.matcher(text).matches() ? "I" + Integer.parseInt(text.replace("I", "")) : text;
        Node indicator = framework.byCode().get(code);
        if (indicator == null) {
            problem(
                    row,
                    "indikator",
                    "import.error.unknownIndicator",
                    row.get("indikator"),
                    framework.framework().code(),
                    year,
                    framework.byCode().size());
        }
        return indicator;
    }

    private BigDecimal value(Table.Row row, Node indicator, int year) {
        BigDecimal value = number(row, "nilai");
        if (value == null) {
            return null;
        }
        LevelScale scale = indicator.scale();
        if (!scale.accepts(value)) {
            problem(
                    row,
                    "nilai",
                    scale.decimals() ? "import.error.outsideScale.decimal" : "import.error.outsideScale.whole",
                    decimal(value),
                    indicator.code(),
                    year,
                    decimal(scale.min()),
                    decimal(scale.max()));
            return null;
        }
        return value;
    }

    private BigDecimal number(Table.Row row, String column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            problem(row, column, "import.error.required");
            return null;
        }
        BigDecimal value = TableReader.number(text);
        if (value == null) {
            problem(row, column, "import.error.number", text);
        }
        return value;
    }

    // --- helpers ---

    private void problem(Table.Row row, String column, String key, Object... params) {
        problem(row.number(), column, key, params);
    }

    /** Counts every problem; keeps only the first ones, so a hostile file cannot make a huge report. */
    private void problem(int row, String column, String key, Object... params) {
        problemCount++;
        if (problems.size() < limits.maxErrors()) {
            problems.add(ImportProblem.of(fileName, row, column, key, params));
        }
    }

    /** A value as Indonesians write it: 3,5. */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped)
                .toPlainString()
                .replace('.', ',');
    }

    private static String describe(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(part);
        }
        return text.toString();
    }
}
