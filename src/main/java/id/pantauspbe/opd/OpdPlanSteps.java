package id.pantauspbe.opd;

import java.util.List;
import java.util.Optional;

/**
 * The steps of a year's rencana peningkatan assigned to an OPD. Implemented by the plan feature,
 * which depends on this one, so that OPD pages show them without depending on it.
 */
public interface OpdPlanSteps {

    /** The OPD's steps and how many are reached; empty when the year has no plan or none for the OPD. */
    Optional<Progress> of(String instansiCode, int year, long opdId);

    /** "3 dari 4 langkah tercapai" and one line per step, as text of the user's language. */
    record Progress(int reached, int total, List<Line> steps) {

        public Progress {
            steps = List.copyOf(steps);
        }
    }

    /** One step: the indicator, the level to reach, the self-assessment value, due date, reached. */
    record Line(
            String indicatorCode,
            String indicatorName,
            java.math.BigDecimal level,
            java.math.BigDecimal current,
            java.time.LocalDate dueDate,
            boolean reached) {}
}
