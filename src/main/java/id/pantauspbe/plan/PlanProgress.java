package id.pantauspbe.plan;

import java.math.BigDecimal;
import java.util.List;

/** The saved plan of a year against the self-assessment: which steps are reached. */
public record PlanProgress(SavedPlan plan, List<StepProgress> steps) {

    public PlanProgress {
        steps = List.copyOf(steps);
    }

    /**
     * @param current the indicator's self-assessment value of the plan year (null when none)
     * @param reached whether that value reaches the step's level
     */
    public record StepProgress(SavedPlan.Step step, String indicatorName, BigDecimal current, boolean reached) {}

    public int reachedCount() {
        return (int) steps.stream().filter(StepProgress::reached).count();
    }

    public int total() {
        return steps.size();
    }
}
