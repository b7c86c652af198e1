package id.pantauspbe.plan;

import id.pantauspbe.opd.OpdPlanSteps;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The OPD pages' view of the saved plan: the steps assigned to one OPD and their progress. */
@Component
class PlanOpdSteps implements OpdPlanSteps {

    private final SavedPlanService plans;

    PlanOpdSteps(SavedPlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Progress> of(String instansiCode, int year, long opdId) {
        return plans.progress(instansiCode, year, opdId)
                .map(p -> new Progress(
                        p.reachedCount(),
                        p.total(),
                        p.steps().stream()
                                .map(s -> new Line(
                                        s.step().indicatorCode(),
                                        s.indicatorName(),
                                        s.step().to(),
                                        s.current(),
                                        s.step().dueDate(),
                                        s.reached()))
                                .toList()));
    }
}
