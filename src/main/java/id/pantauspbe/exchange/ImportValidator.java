package id.pantauspbe.exchange;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every row and column of an imported table and turns valid rows into records. It never
 * stops at the first problem: the report lists all of them, so a file is fixed in one go.
 */
final class ImportValidator {

    static final int MAX_CODE = 20;
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 400;

    /** What the validator needs to know about the database. */
    interface Lookup {
        Optional<Framework> frameworkFor(int year);

        /** The name of a registered instansi, by code. */
        Optional<String> instansiName(String code);
    }

    record ValueRow(
            int row,
            String instansiCode,
            String instansiName,
            int year,
            Stage stage,
            String frameworkCode,
            String indicatorCode,
            BigDecimal value) {}

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

    /** Valid rows, or problems; notes tell what a valid file holds that is not stored. */
    record Outcome<T>(List<T> rows, List<ImportProblem> problems, List<ImportProblem> notes) {}

    private static final List<Stage> FILE_STAGES = List.of(Stage.MANDIRI, Stage.FINAL);
    private static final Map<String, Target.Scope> SCOPES =
            Map.of("indeks", Target.Scope.INDEX, "domain", Target.Scope.DOMAIN, "aspek", Target.Scope.ASPECT);

    private final Lookup lookup;
    private final Table table;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();
    private final Map<String, NameSeen> names = new HashMap<>();

    private record NameSeen(String name, int row) {}

    private ImportValidator(Lookup lookup, Table table) {
        this.lookup = lookup;
        this.table = table;
    }

    static Outcome<ValueRow> values(Table table, Lookup lookup) {
        return new ImportValidator(lookup, table).validateValues();
    }

    static Outcome<TargetRow> targets(Table table, Lookup lookup) {
        return new ImportValidator(lookup, table).validateTargets();
    }

    private Outcome<ValueRow> validateValues() {
        if (!checkHeader(ImportKind.HASIL)) {
            return new Outcome<>(List.of(), problems, List.of());
        }
        List<ValueRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int before = problems.size();
            checkStrayCells(row);
            String code = instansiCode(row);
            String name = instansiName(row, code, true);
            Integer year = year(row);
            Framework framework = year == null ? null : framework(row, year);
            Stage stage = stage(row);
            Node indicator = framework == null ? null : indicator(row, framework, year);
            BigDecimal value = indicator == null ? number(row, "nilai") : value(row, indicator, year);
            if (!code.isEmpty() && stage != null && indicator != null) {
                // a repeated row is reported even when the first one has other problems
                Integer first =
                        seen.putIfAbsent(code + "|" + year + "|" + stage + "|" + indicator.code(), row.number());
                if (first != null) {
                    problem(
                            row,
                            null,
                            "import.error.duplicateRow",
                            describe(code, year, stage.code(), indicator.code()),
                            first);
                }
            }
            if (problems.size() > before) {
                continue;
            }
            rows.add(new ValueRow(row.number(), code, name, year, stage, framework.code(), indicator.code(), value));
        }
        checkNotEmpty();
        return new Outcome<>(problems.isEmpty() ? rows : List.of(), problems, notes);
    }

    private Outcome<TargetRow> validateTargets() {
        if (!checkHeader(ImportKind.TARGET)) {
            return new Outcome<>(List.of(), problems, List.of());
        }
        List<TargetRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            int before = problems.size();
            checkStrayCells(row);
            String code = instansiCode(row);
            String name = instansiName(row, code, table.header().contains("instansi_nama"));
            Integer year = year(row);
            Framework framework = year == null ? null : framework(row, year);
            Target.Scope scope = scope(row);
            String nodeCode = framework == null || scope == null ? null : nodeCode(row, scope, framework, year);
            BigDecimal value = targetValue(row);
            Target.Source source = source(row);
            String note = row.get("catatan");
            if (note.length() > MAX_NOTE) {
                problem(row, "catatan", "import.error.tooLong", MAX_NOTE);
            }
            if (!code.isEmpty() && year != null && scope != null && nodeCode != null) {
                Integer first = seen.putIfAbsent(code + "|" + year + "|" + scope + "|" + nodeCode, row.number());
                if (first != null) {
                    String what =
                            scope == Target.Scope.INDEX ? row.get("lingkup") : row.get("lingkup") + " " + nodeCode;
                    problem(row, null, "import.error.duplicateRow", describe(code, year, what), first);
                }
            }
            if (problems.size() > before) {
                continue;
            }
            rows.add(new TargetRow(
                    row.number(), code, name, year, scope, nodeCode, value, source, note.isEmpty() ? null : note));
        }
        checkNotEmpty();
        return new Outcome<>(problems.isEmpty() ? rows : List.of(), problems, notes);
    }

    // --- header and file ---

    private boolean checkHeader(ImportKind kind) {
        Set<String> distinct = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < table.header().size(); i++) {
            String column = table.header().get(i);
            if (column.isEmpty()) {
                continue;
            }
            if (!distinct.add(column)) {
                problem(table.headerRow(), column, "import.error.duplicateColumn", column);
                ok = false;
            } else if (!kind.columns().contains(column)) {
                problem(
                        table.headerRow(),
                        column,
                        "import.error.unknownColumn",
                        column,
                        String.join(", ", kind.columns()));
                ok = false;
            }
        }
        for (String column : kind.required()) {
            if (!distinct.contains(column)) {
                problem(table.headerRow(), column, "import.error.missingColumn", column);
                ok = false;
            }
        }
        return ok;
    }

    private void checkNotEmpty() {
        if (table.rows().isEmpty()) {
            problems.add(ImportProblem.of(table.fileName(), null, null, "import.error.noRows"));
        }
    }

    private void checkStrayCells(Table.Row row) {
        row.cells().forEach((column, value) -> {
            if (column.startsWith("#")) {
                problem(row, null, "import.error.valueWithoutColumn", value, column.substring(1));
            }
        });
    }

    // --- columns ---

    private String instansiCode(Table.Row row) {
        String code = row.get("instansi_kode").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problem(row, "instansi_kode", "import.error.required");
        } else if (code.length() > MAX_CODE || !code.matches("[A-Z0-9_-]+")) {
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
            NameSeen first = names.putIfAbsent(code, new NameSeen(name, row.number()));
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
                // a registered instansi keeps its name; say so rather than drop the file's silently
                lookup.instansiName(code)
                        .filter(registered -> !registered.equals(name))
                        .ifPresent(registered -> notes.add(ImportProblem.of(
                                table.fileName(),
                                row.number(),
                                "instansi_nama",
                                "import.note.instansiName",
                                name,
                                registered,
                                code)));
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

    private Integer year(Table.Row row) {
        String text = row.get("tahun");
        if (text.isEmpty()) {
            problem(row, "tahun", "import.error.required");
            return null;
        }
        if (!text.matches("\\d{4}")) {
            problem(row, "tahun", "import.error.year", text);
            return null;
        }
        return Integer.valueOf(text);
    }

    private Framework framework(Table.Row row, int year) {
        Optional<Framework> framework = lookup.frameworkFor(year);
        if (framework.isEmpty()) {
            problem(row, "tahun", "import.error.unknownYear", year);
        }
        return framework.orElse(null);
    }

    private Stage stage(Table.Row row) {
        String text = row.get("tahap").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            problem(row, "tahap", "import.error.required");
            return null;
        }
        Optional<Stage> stage =
                FILE_STAGES.stream().filter(s -> s.code().equals(text)).findFirst();
        if (stage.isEmpty()) {
            problem(row, "tahap", "import.error.stage", row.get("tahap"));
        }
        return stage.orElse(null);
    }

    /** "7", "07", "I7", "i7" or "I07" → the indicator I7 of the year's framework. */
    private Node indicator(Table.Row row, Framework framework, int year) {
        String text = row.get("indikator").toUpperCase(Locale.ROOT).replace(" ", "");
        if (text.isEmpty()) {
            problem(row, "indikator", "import.error.required");
            return null;
        }
        String code = text.matches("I?\\d{1,3}") ? "I" + Integer.parseInt(text.replace("I", "")) : text;
        Optional<Node> indicator = framework.indicator(code);
        if (indicator.isEmpty()) {
            problem(
                    row,
                    "indikator",
                    "import.error.unknownIndicator",
                    row.get("indikator"),
                    framework.code(),
                    year,
                    framework.indicators().size());
        }
        return indicator.orElse(null);
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

    private Target.Scope scope(Table.Row row) {
        String text = row.get("lingkup").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            problem(row, "lingkup", "import.error.required");
            return null;
        }
        Target.Scope scope = SCOPES.get(text);
        if (scope == null) {
            problem(row, "lingkup", "import.error.scope", row.get("lingkup"));
        }
        return scope;
    }

    private String nodeCode(Table.Row row, Target.Scope scope, Framework framework, int year) {
        String code = row.get("kode").toUpperCase(Locale.ROOT).replace(" ", "");
        if (scope == Target.Scope.INDEX) {
            if (!code.isEmpty()) {
                problem(row, "kode", "import.error.codeForIndex");
            }
            return "";
        }
        if (code.isEmpty()) {
            problem(row, "kode", "import.error.required");
            return null;
        }
        List<Node> nodes = scope == Target.Scope.DOMAIN ? framework.domains() : framework.aspects();
        if (nodes.stream().noneMatch(n -> n.code().equals(code))) {
            problem(
                    row,
                    "kode",
                    "import.error.unknownNode",
                    row.get("lingkup"),
                    row.get("kode"),
                    framework.code(),
                    year);
        }
        return code;
    }

    private BigDecimal targetValue(Table.Row row) {
        BigDecimal value = number(row, "nilai");
        if (value == null) {
            return null;
        }
        if (value.signum() < 0
                || value.compareTo(BigDecimal.valueOf(5)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problem(row, "nilai", "import.error.targetValue", decimal(value));
            return null;
        }
        return value;
    }

    private Target.Source source(Table.Row row) {
        String text = row.get("sumber").toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            problem(row, "sumber", "import.error.required");
            return null;
        }
        for (Target.Source source : Target.Source.values()) {
            if (source.name().equals(text)) {
                return source;
            }
        }
        problem(row, "sumber", "import.error.source", row.get("sumber"));
        return null;
    }

    // --- helpers ---

    private void problem(Table.Row row, String column, String key, Object... params) {
        problem(row.number(), column, key, params);
    }

    private void problem(int row, String column, String key, Object... params) {
        problems.add(ImportProblem.of(table.fileName(), row, column, key, params));
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
