package id.pantauspbe.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * One move of the plan: an indicator from → to (with the level names), its effort, the exact index
 * points it adds, its lead OPD and what the levels it goes through still need (evidence not verified).
 */
public record PlanStep(
        String indicatorCode,
        String indicatorName,
        BigDecimal from,
        String fromName,
        BigDecimal to,
        String toName,
        int steps,
        int effort,
        BigDecimal points,
        Long opdId,
        String opdName,
        List<String> needs) {

    public PlanStep {
        needs = List.copyOf(needs);
    }
}
