package id.pantauspbe.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The rencana peningkatan saved for a year: the plan as computed then, its steps assigned to OPDs. */
public record SavedPlan(
        String instansiCode,
        int year,
        String frameworkCode,
        BigDecimal target,
        int basisYear,
        String basisStage,
        BigDecimal basisExact,
        BigDecimal planExact,
        boolean reached,
        int totalEffort,
        String savedBy,
        OffsetDateTime savedAt,
        List<Step> steps) {

    public SavedPlan {
        steps = List.copyOf(steps);
    }

    /** One step: the indicator from → to, its effort and exact points, the OPD and the due date. */
    public record Step(
            String indicatorCode,
            BigDecimal from,
            BigDecimal to,
            int effort,
            BigDecimal points,
            Long opdId,
            String opdName,
            LocalDate dueDate) {}
}
