package id.pantauspbe.exchange;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** The cells only a target row has: scope, node code, target value and source, each checked. */
final class TargetCells {

    /** Where a problem of a cell is reported. */
    interface Problems {
        void add(Table.Row row, String column, String key, Object... params);
    }

    private static final Map<String, Target.Scope> SCOPES =
            Map.of("indeks", Target.Scope.INDEX, "domain", Target.Scope.DOMAIN, "aspek", Target.Scope.ASPECT);

    private final Problems problems;
    private final BiFunction<Table.Row, String, BigDecimal> number;

    TargetCells(Problems problems, BiFunction<Table.Row, String, BigDecimal> number) {
        this.problems = problems;
        this.number = number;
    }

    Target.Scope scope(Table.Row row) {
        String text = row.get("lingkup").toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            problems.add(row, "lingkup", "import.error.required");
            return null;
        }
        Target.Scope scope = SCOPES.get(text);
        if (scope == null) {
            problems.add(row, "lingkup", "import.error.scope", row.get("lingkup"));
        }
        return scope;
    }

    String nodeCode(Table.Row row, Target.Scope scope, Framework framework, int year) {
        String code = row.get("kode").toUpperCase(Locale.ROOT).replace(" ", "");
        if (scope == Target.Scope.INDEX) {
            if (!code.isEmpty()) {
                problems.add(row, "kode", "import.error.codeForIndex");
            }
            return "";
        }
        if (code.isEmpty()) {
            problems.add(row, "kode", "import.error.required");
            return null;
        }
        List<Node> nodes = scope == Target.Scope.DOMAIN ? framework.domains() : framework.aspects();
        if (nodes.stream().noneMatch(n -> n.code().equals(code))) {
            problems.add(
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

    BigDecimal value(Table.Row row) {
        BigDecimal value = number.apply(row, "nilai");
        if (value == null) {
            return null;
        }
        if (value.signum() < 0
                || value.compareTo(BigDecimal.valueOf(5)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(row, "nilai", "import.error.targetValue", ImportValidator.decimal(value));
            return null;
        }
        return value;
    }

    Target.Source source(Table.Row row) {
        String text = row.get("sumber").toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            problems.add(row, "sumber", "import.error.required");
            return null;
        }
        for (Target.Source source : Target.Source.values()) {
            if (source.name().equals(text)) {
                return source;
            }
        }
        problems.add(row, "sumber", "import.error.source", row.get("sumber"));
        return null;
    }
}
