package id.pantauspbe.plan;

import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.Stage;
import java.math.BigDecimal;
import java.util.List;

/**
 * A computed plan (nothing saved): the baseline it starts from, the cheapest steps to the target (or
 * to the highest index within the limits when {@code reached} is false), and every indicator's room.
 *
 * @param exact the exact index after all the steps; {@code published} half-up to two decimals
 * @param binding when not reached: the indicators whose limit holds the index back, most first
 * @param filledMissing indicators without a baseline value, taken at the bottom of their scale
 * @param needsYear the year whose Data dukung checklist the steps' needs come from when the plan
 *     year has none (the nearest year under the same framework); null for the plan year's own or none
 */
public record PlanResult(
        String instansiCode,
        String instansiName,
        int year,
        String frameworkCode,
        BigDecimal target,
        int basisYear,
        Stage basisStage,
        Provenance basisProvenance,
        BigDecimal basisExact,
        BigDecimal basisPublished,
        boolean reached,
        BigDecimal exact,
        BigDecimal published,
        String predikat,
        int totalEffort,
        List<PlanStep> steps,
        List<String> binding,
        List<Room> rooms,
        List<String> filledMissing,
        Integer needsYear) {

    public PlanResult {
        steps = List.copyOf(steps);
        binding = List.copyOf(binding);
        rooms = List.copyOf(rooms);
        filledMissing = List.copyOf(filledMissing);
    }

    /**
     * One indicator's room this year: its baseline, the limit in force, whether that limit is the
     * default, and the effort of one step.
     */
    public record Room(
            String indicatorCode,
            String indicatorName,
            BigDecimal weight,
            BigDecimal from,
            BigDecimal limit,
            BigDecimal top,
            boolean locked,
            boolean defaultLimit,
            int effort) {}
}
