package id.pantauspbe.plan;

import id.pantauspbe.evaluation.Stage;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What to plan: an instansi, the year to plan for, its target (null = the year's index target), the
 * baseline (null = the default) and limits and efforts overriding the saved ones for this computation.
 *
 * @param basisYear with {@code basisStage}: the values to start from; null = the most recent complete
 *     final result under the same framework, else the year's own current values
 * @param maxLevels indicator code → highest level (a value at or below the baseline locks it)
 * @param efforts indicator code → effort of one step
 */
public record PlanRequest(
        String instansiCode,
        int year,
        BigDecimal target,
        Integer basisYear,
        Stage basisStage,
        Map<String, BigDecimal> maxLevels,
        Map<String, Integer> efforts) {

    public PlanRequest {
        maxLevels = maxLevels == null ? Map.of() : Map.copyOf(maxLevels);
        efforts = efforts == null ? Map.of() : Map.copyOf(efforts);
    }

    public static PlanRequest of(String instansiCode, int year) {
        return new PlanRequest(instansiCode, year, null, null, null, null, null);
    }

    public PlanRequest withTarget(BigDecimal newTarget) {
        return new PlanRequest(instansiCode, year, newTarget, basisYear, basisStage, maxLevels, efforts);
    }

    public PlanRequest withBasis(Integer year, Stage stage) {
        return new PlanRequest(instansiCode, this.year, target, year, stage, maxLevels, efforts);
    }
}
