package id.pantauspbe.plan;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexMath;
import id.pantauspbe.engine.LevelPlanner;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.IndicatorOwner;
import id.pantauspbe.evaluation.IndicatorOwners;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.evaluation.ValueEntry;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target planner: the cheapest set of level steps reaching a year's target ({@link LevelPlanner}),
 * what-if with some steps, per-indicator limits and efforts saved per year, and the year's saved
 * rencana peningkatan with its progress against the self-assessment.
 *
 * <p>On the decimal scale of 8/2026 a step is {@value #DECIMAL_STEP_TEXT} of a level: fine enough to
 * follow evidence that lifts part of an indicator, coarse enough for an effort to mean something;
 * the default limit is then two whole levels (eight steps) above the baseline, as on whole scales.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    static final String DECIMAL_STEP_TEXT = "0.25";
    public static final BigDecimal DECIMAL_STEP = new BigDecimal(DECIMAL_STEP_TEXT);
    private static final BigDecimal DEFAULT_RISE = BigDecimal.valueOf(2);

    private final EvaluationService evaluation;
    private final FrameworkService frameworks;
    private final TargetService targets;
    private final IndicatorOwners owners;
    private final EvidenceService evidence;
    private final CycleService cycle;
    private final PlanRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanService(
            EvaluationService evaluation,
            FrameworkService frameworks,
            TargetService targets,
            IndicatorOwners owners,
            EvidenceService evidence,
            CycleService cycle,
            PlanRepository repository,
            CurrentUser currentUser,
            Clock clock) {
        this.evaluation = evaluation;
        this.frameworks = frameworks;
        this.targets = targets;
        this.owners = owners;
        this.evidence = evidence;
        this.cycle = cycle;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A baseline one may plan from: a year and stage with values under the plan year's framework. */
    public record Basis(int year, Stage stage, boolean complete) {}

    /**
     * The baselines for planning a year, the default first: the most recent complete final result
     * under the same framework before the year, then the year's own current values (most advanced
     * stage) when it has any.
     */
    public List<Basis> bases(String instansiCode, int year) {
        Optional<Framework> framework = frameworks.forYear(year);
        if (framework.isEmpty()) {
            return List.of();
        }
        String code = framework.get().code();
        List<Basis> bases = new ArrayList<>();
        evaluation.results(instansiCode, Stage.FINAL).values().stream()
                .filter(r -> r.year() < year && r.complete() && code.equals(r.frameworkCode()))
                .map(r -> new Basis(r.year(), Stage.FINAL, true))
                .reduce((a, b) -> b)
                .ifPresent(bases::add);
        evaluation
                .result(instansiCode, year)
                .filter(r -> r.stage() != null && r.detail().isPresent() && code.equals(r.frameworkCode()))
                .ifPresent(r -> bases.add(new Basis(year, r.stage(), r.complete())));
        return bases;
    }

    /** The plan of a request, nothing saved. */
    public PlanResult compute(PlanRequest request) {
        Problem problem = problem(request);
        LevelPlanner.Plan plan = LevelPlanner.plan(problem.items, problem.framework.totalWeight(), problem.target);
        return result(problem, plan);
    }

    /** The index, predikat and gap with only the steps of {@code active} (indicator codes) taken. */
    public WhatIf whatIf(PlanResult plan, Set<String> active) {
        Framework framework = frameworks
                .byCode(plan.frameworkCode())
                .orElseThrow(() -> new UserMessageException("plan.error.noFramework", String.valueOf(plan.year())));
        List<LevelPlanner.Item> items = plan.rooms().stream()
                .map(r -> new LevelPlanner.Item(
                        r.indicatorCode(), r.weight(), r.from(), r.limit(), r.top(), BigDecimal.ONE, r.effort()))
                .toList();
        List<LevelPlanner.Step> steps = plan.steps().stream()
                .filter(s -> active.contains(s.indicatorCode()))
                .map(s -> new LevelPlanner.Step(s.indicatorCode(), s.from(), s.to(), s.steps(), s.effort(), s.points()))
                .toList();
        BigDecimal exact = LevelPlanner.indexWith(items, framework.totalWeight(), steps);
        BigDecimal published = IndexMath.display(exact);
        return new WhatIf(
                exact,
                published,
                framework.predikatOf(published).map(PredikatBand::name).orElse(null),
                published.subtract(plan.target()),
                steps.stream().mapToInt(LevelPlanner.Step::effort).sum(),
                published.compareTo(plan.target()) >= 0);
    }

    /** The saved limits of a year (indicators on the defaults are absent). */
    public Map<String, PlanLimit> limits(String instansiCode, int year) {
        return repository.limits(instansiCode, year);
    }

    /** Sets an indicator's limit and effort for a year (back to the defaults removes it). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public void saveLimit(String instansiCode, int year, PlanLimit limit) {
        Framework framework = framework(year);
        Node indicator = framework
                .indicator(limit.indicatorCode())
                .orElseThrow(() -> new UserMessageException("plan.error.indicator", limit.indicatorCode()));
        if (limit.maxLevel() != null && !indicator.scale().accepts(limit.maxLevel())) {
            throw new UserMessageException(
                    "plan.error.limit", limit.indicatorCode(), limit.maxLevel().toPlainString());
        }
        checkEffort(limit.indicatorCode(), limit.effort());
        repository.saveLimit(instansiCode, year, limit, user(), OffsetDateTime.now(clock));
    }

    /** Whether the signed-in user may change limits and save plans. */
    public boolean canEdit() {
        return currentUser.hasRole(id.pantauspbe.access.Role.ADMIN)
                || currentUser.hasRole(id.pantauspbe.access.Role.ASESOR);
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
        WhatIf result = whatIf(plan, active);
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
                user(),
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

    // --- computing -----------------------------------------------------------------------------

    private record Problem(
            Instansi instansi,
            int year,
            Framework framework,
            BigDecimal target,
            YearResult basis,
            List<LevelPlanner.Item> items,
            Map<String, Boolean> defaultLimit,
            List<String> filledMissing) {}

    private Problem problem(PlanRequest request) {
        Instansi instansi = evaluation
                .find(request.instansiCode())
                .orElseThrow(() -> new UserMessageException("api.error.unknownInstansi", request.instansiCode()));
        int year = request.year();
        Framework framework = framework(year);
        BigDecimal target = request.target() != null
                ? request.target()
                : targets.indexTarget(instansi.code(), year)
                        .map(Target::value)
                        .orElseThrow(() -> new UserMessageException("plan.error.noTarget", String.valueOf(year)));
        if (target.signum() < 0
                || target.compareTo(IndexMath.MAX_LEVEL) > 0
                || target.stripTrailingZeros().scale() > 2) {
            throw new UserMessageException("plan.error.target", target.toPlainString());
        }
        target = target.setScale(2);
        YearResult basis = basis(instansi.code(), year, framework, request);

        Map<String, BigDecimal> values = new HashMap<>();
        basis.detail().orElseThrow().indicators().forEach(i -> values.put(i.code(), i.value()));
        for (String code : request.maxLevels().keySet()) {
            if (framework.indicator(code).isEmpty()) {
                throw new UserMessageException("plan.error.indicator", code);
            }
        }
        for (Map.Entry<String, Integer> e : request.efforts().entrySet()) {
            if (framework.indicator(e.getKey()).isEmpty()) {
                throw new UserMessageException("plan.error.indicator", e.getKey());
            }
            checkEffort(e.getKey(), e.getValue());
        }
        Map<String, PlanLimit> saved = repository.limits(instansi.code(), year);
        List<LevelPlanner.Item> items = new ArrayList<>();
        Map<String, Boolean> defaultLimit = new HashMap<>();
        List<String> filled = new ArrayList<>();
        for (Node indicator : framework.indicators()) {
            String code = indicator.code();
            LevelScale scale = indicator.scale();
            BigDecimal from = values.get(code);
            if (from == null) {
                from = scale.min();
                filled.add(code);
            }
            PlanLimit limit = saved.getOrDefault(code, PlanLimit.defaults(code));
            BigDecimal max;
            boolean isDefault = false;
            BigDecimal asked = request.maxLevels().get(code);
            if (asked != null) {
                if (!scale.accepts(asked)) {
                    throw new UserMessageException("plan.error.limit", code, asked.toPlainString());
                }
                max = asked;
            } else if (limit.locked()) {
                max = from;
            } else if (limit.maxLevel() != null) {
                max = limit.maxLevel();
            } else {
                max = from.add(DEFAULT_RISE).min(scale.max());
                isDefault = true;
            }
            int effort = request.efforts().getOrDefault(code, limit.effort());
            items.add(new LevelPlanner.Item(
                    code,
                    indicator.weight(),
                    from,
                    max.max(from),
                    scale.max(),
                    scale.decimals() ? DECIMAL_STEP : BigDecimal.ONE,
                    effort));
            defaultLimit.put(code, isDefault);
        }
        return new Problem(instansi, year, framework, target, basis, items, defaultLimit, filled);
    }

    private YearResult basis(String instansiCode, int year, Framework framework, PlanRequest request) {
        YearResult basis;
        if (request.basisYear() != null) {
            Stage stage = request.basisStage() == null ? Stage.FINAL : request.basisStage();
            basis = evaluation
                    .result(instansiCode, request.basisYear(), stage)
                    .orElseThrow(() -> new UserMessageException(
                            "plan.error.noBasisStage", String.valueOf(request.basisYear()), stage.code()));
        } else {
            List<Basis> bases = bases(instansiCode, year);
            if (bases.isEmpty()) {
                throw new UserMessageException("plan.error.noBasis", String.valueOf(year));
            }
            Basis first = bases.getFirst();
            basis = evaluation
                    .result(instansiCode, first.year(), first.stage())
                    .orElseThrow(() -> new UserMessageException("plan.error.noBasis", String.valueOf(year)));
        }
        if (!framework.code().equals(basis.frameworkCode()) || basis.detail().isEmpty()) {
            throw new UserMessageException(
                    "plan.error.otherFramework", String.valueOf(basis.year()), String.valueOf(year));
        }
        return basis;
    }

    private PlanResult result(Problem problem, LevelPlanner.Plan plan) {
        Framework framework = problem.framework;
        String instansiCode = problem.instansi.code();
        Map<String, Node> byCode = framework.indicatorsByCode();
        Map<String, IndicatorOwner> owned = new HashMap<>(owners.owners(instansiCode, problem.year));
        owners.owners(instansiCode, problem.basis.year()).forEach(owned::putIfAbsent);
        Map<String, List<EvidenceItem>> evidenceOf = new LinkedHashMap<>();
        int checklistYear = checklistYear(instansiCode, problem.year, framework);
        boolean borrowed = checklistYear != problem.year;
        for (EvidenceItem item : evidence.items(instansiCode, checklistYear)) {
            evidenceOf
                    .computeIfAbsent(item.indicatorCode(), k -> new ArrayList<>())
                    .add(item);
        }
        List<PlanStep> steps = new ArrayList<>();
        for (LevelPlanner.Step step : plan.steps()) {
            Node indicator = byCode.get(step.code());
            IndicatorOwner owner = owned.get(step.code());
            boolean hasLead = owner != null && owner.hasLead();
            steps.add(new PlanStep(
                    step.code(),
                    indicator.name(),
                    step.from(),
                    indicator.scale().nameOf(step.from()),
                    step.to(),
                    indicator.scale().nameOf(step.to()),
                    step.steps(),
                    step.effort(),
                    step.points(),
                    hasLead ? owner.lead().id() : null,
                    hasLead ? owner.lead().name() : null,
                    needs(evidenceOf.getOrDefault(step.code(), List.of()), step.from(), step.to(), borrowed)));
        }
        List<PlanResult.Room> rooms = problem.items.stream()
                .map(i -> new PlanResult.Room(
                        i.code(),
                        byCode.get(i.code()).name(),
                        i.weight(),
                        i.from(),
                        i.limit(),
                        i.top(),
                        i.locked(),
                        problem.defaultLimit.getOrDefault(i.code(), false),
                        i.effort()))
                .toList();
        return new PlanResult(
                instansiCode,
                problem.instansi.name(),
                problem.year,
                framework.code(),
                problem.target,
                problem.basis.year(),
                problem.basis.stage(),
                problem.basis.provenance(),
                plan.baseline(),
                IndexMath.display(plan.baseline()),
                plan.reached(),
                plan.exact(),
                plan.published(),
                framework.predikatOf(plan.published()).map(PredikatBand::name).orElse(null),
                plan.totalEffort(),
                steps,
                plan.binding(),
                rooms,
                problem.filledMissing,
                borrowed ? checklistYear : null);
    }

    /**
     * The year whose Data dukung checklist tells what a step needs: the plan year's own, or when it
     * has none the nearest year under the same framework that has one (the earlier on a tie); the
     * plan year when no year has one.
     */
    private int checklistYear(String instansiCode, int year, Framework framework) {
        if (!evidence.items(instansiCode, year).isEmpty()) {
            return year;
        }
        return evidence.years(instansiCode).stream()
                .filter(y -> y != year)
                .filter(y -> frameworks
                        .forYear(y)
                        .map(f -> f.code().equals(framework.code()))
                        .orElse(false))
                .sorted(java.util.Comparator.comparingInt((Integer y) -> Math.abs(y - year))
                        .thenComparingInt(y -> y))
                .filter(y -> !evidence.items(instansiCode, y).isEmpty())
                .findFirst()
                .orElse(year);
    }

    /**
     * The documents of the levels a step goes through (above from, up to to) not verified yet; from
     * another year's checklist ({@code borrowed}) every one, as its status is that year's.
     */
    private static List<String> needs(
            Collection<EvidenceItem> items, BigDecimal from, BigDecimal to, boolean borrowed) {
        return items.stream()
                .filter(i -> i.targetLevel() != null
                        && i.targetLevel().compareTo(from) > 0
                        && i.targetLevel().compareTo(to) <= 0)
                .filter(i -> borrowed || i.status() != EvidenceStatus.DIVERIFIKASI)
                .map(EvidenceItem::title)
                .filter(Objects::nonNull)
                .toList();
    }

    private Framework framework(int year) {
        return frameworks
                .forYear(year)
                .orElseThrow(() -> new UserMessageException("plan.error.noFramework", String.valueOf(year)));
    }

    private static void checkEffort(String code, Integer effort) {
        if (effort == null || effort < 1 || effort > PlanLimit.MAX_EFFORT) {
            throw new UserMessageException("plan.error.effort", code, String.valueOf(effort));
        }
    }

    private String user() {
        return currentUser.username().orElse("?");
    }
}
