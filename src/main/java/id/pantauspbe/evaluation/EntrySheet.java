package id.pantauspbe.evaluation;

import id.pantauspbe.engine.LevelScale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the entry screen shows for one instansi, year and stage: the stage's schedule, what the
 * signed-in user may edit, the indicators in their scope with the stored entries, and the stage's
 * result so far.
 */
public record EntrySheet(
        String instansiCode,
        int year,
        Stage stage,
        String frameworkCode,
        String frameworkName,
        StageSchedule schedule,
        EditScope scope,
        List<Row> rows,
        Optional<YearResult> result) {

    public EntrySheet {
        rows = List.copyOf(rows);
    }

    /**
     * One indicator: its place (domain or aspect), weight, scale, the stored entry (null when not
     * valued yet), whether the user may edit it, and for review the entry of the nearest earlier
     * stage that has one ({@code reference}, of {@code referenceStage}; null in the self-assessment).
     */
    public record Row(
            String code,
            String name,
            String groupName,
            BigDecimal weight,
            LevelScale scale,
            ValueEntry entry,
            boolean editable,
            ValueEntry reference,
            Stage referenceStage) {

        public String levelName() {
            return entry == null ? null : scale.nameOf(entry.value());
        }
    }

    /**
     * Whether the stage may be started from the earlier stages' values ({@code
     * EvaluationService#copyFromEarlierStage}): an assessors' stage (not the self-assessment, not the
     * final result), open to the user for every indicator, with an indicator lacking a value that an
     * earlier stage has.
     */
    public boolean copyable() {
        return stage != Stage.MANDIRI
                && stage != Stage.FINAL
                && scope.access() == EditScope.Access.EDIT
                && scope.indicators() == null
                && rows.stream().anyMatch(r -> r.entry() == null && r.reference() != null);
    }

    public Optional<Row> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
