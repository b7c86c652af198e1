package id.pantauspbe.plan;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.ValueEntry;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's rencana peningkatan: the steps of a computed plan saved with their lead OPD and due
 * date, and its progress against the year's self-assessment.
 */
@Service
@Transactional(readOnly = true)
public class SavedPlanService {

    private final PlanService plans;
    private final EvaluationService evaluation;
    private final FrameworkService frameworks;
    private final CycleService cycle;
    private final PlanRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedPlanService(
            PlanService plans,
            EvaluationService evaluation,
            FrameworkService frameworks,
            CycleService cycle,
            PlanRepository repository,
            CurrentUser currentUser,
            Clock clock) {
        this.plans = plans;
        this.evaluation = evaluation;
        this.frameworks = frameworks;
        this.cycle = cycle;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Saves the steps of {@code active} of a plan as the year's rencana peningkatan (replacing any
     * before), each assigned to its lead OPD with the due date.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public SavedPlan savePlan(PlanResult plan, Set<String> active, LocalDate dueDate) {
        List<PlanStep> chosen = plan.steps().stream()
                .filter(s -> active.contains(s.indicatorCode()))
                .toList();
        if (chosen.isEmpty()) {
            throw new UserMessageException("plan.error.noSteps");
        }
        WhatIf result = plans.whatIf(plan, active);
        SavedPlan saved = new SavedPlan(
                plan.instansiCode(),
                plan.year(),
                plan.frameworkCode(),
                plan.target(),
                plan.basisYear(),
                plan.basisStage().code(),
                plan.basisExact(),
                result.exact(),
                result.reached(),
                result.effort(),
                currentUser.username().orElse("?"),
                OffsetDateTime.now(clock),
                chosen.stream()
                        .map(s -> new SavedPlan.Step(
                                s.indicatorCode(),
                                s.from(),
                                s.to(),
                                s.effort(),
                                s.points(),
                                s.opdId(),
                                s.opdName(),
                                dueDate))
                        .toList());
        repository.savePlan(saved);
        return repository.plan(plan.instansiCode(), plan.year()).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public void deletePlan(String instansiCode, int year) {
        repository.deletePlan(instansiCode, year);
    }

    public Optional<SavedPlan> yearPlan(String instansiCode, int year) {
        return repository.plan(instansiCode, year);
    }

    /** The default due date of a plan's steps: the start of the year's self-assessment, else 30 June. */
    public LocalDate defaultDueDate(String instansiCode, int year) {
        return cycle.schedule(instansiCode, year).stream()
                .filter(s -> s.stage() == Stage.MANDIRI && s.opensOn() != null)
                .map(s -> s.opensOn())
                .findFirst()
                .orElse(LocalDate.of(year, 6, 30));
    }

    /**
     * Progress of the year's saved plan: a step is reached when the year's self-assessment value of
     * its indicator reaches the step's level.
     */
    public Optional<PlanProgress> progress(String instansiCode, int year) {
        return progress(instansiCode, year, null);
    }

    /** {@link #progress(String, int)} of the steps assigned to one OPD (all when opdId is null). */
    public Optional<PlanProgress> progress(String instansiCode, int year, Long opdId) {
        Optional<SavedPlan> saved = repository.plan(instansiCode, year);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ValueEntry> entries = evaluation.entries(instansiCode, year, Stage.MANDIRI);
        Map<String, String> names = frameworks
                .byCode(saved.get().frameworkCode())
                .map(f -> {
                    Map<String, String> m = new HashMap<>();
                    f.indicators().forEach(n -> m.put(n.code(), n.name()));
                    return m;
                })
                .orElse(Map.of());
        List<PlanProgress.StepProgress> steps = saved.get().steps().stream()
                .filter(s -> opdId == null || opdId.equals(s.opdId()))
                .map(s -> {
                    ValueEntry entry = entries.get(s.indicatorCode());
                    BigDecimal current = entry == null ? null : entry.value();
                    return new PlanProgress.StepProgress(
                            s,
                            names.getOrDefault(s.indicatorCode(), s.indicatorCode()),
                            current,
                            current != null && current.compareTo(s.to()) >= 0);
                })
                .toList();
        if (opdId != null && steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanProgress(saved.get(), steps));
    }
}
