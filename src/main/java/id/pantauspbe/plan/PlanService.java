package id.pantauspbe.plan;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexMath;
import id.pantauspbe.engine.LevelPlanner;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target planner: the cheapest set of level steps reaching a year's target ({@link LevelPlanner}),
 * and what-if with some steps, from the per-indicator limits and efforts saved per year
 * ({@link PlanLimitService}). Saving a plan as the
 * year's rencana peningkatan and its progress are {@link SavedPlanService}'s; what each step needs
 * and who leads it, {@link PlanStepDetails}'.
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
    private final PlanStepDetails stepDetails;
    private final PlanRepository repository;
    private final CurrentUser currentUser;

    PlanService(
            EvaluationService evaluation,
            FrameworkService frameworks,
            TargetService targets,
            PlanStepDetails stepDetails,
            PlanRepository repository,
            CurrentUser currentUser) {
        this.evaluation = evaluation;
        this.frameworks = frameworks;
        this.targets = targets;
        this.stepDetails = stepDetails;
        this.repository = repository;
        this.currentUser = currentUser;
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

    /** Whether the signed-in user may change limits and save plans. */
    public boolean canEdit() {
        return currentUser.hasRole(id.pantauspbe.access.Role.ADMIN)
                || currentUser.hasRole(id.pantauspbe.access.Role.ASESOR);
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
            PlanLimit.checkEffort(e.getKey(), e.getValue());
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
        PlanStepDetails.Steps steps =
                stepDetails.of(instansiCode, problem.year, problem.basis.year(), framework, plan.steps());
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
                steps.steps(),
                plan.binding(),
                rooms,
                problem.filledMissing,
                steps.needsYear());
    }

    private Framework framework(int year) {
        return frameworks
                .forYear(year)
                .orElseThrow(() -> new UserMessageException("plan.error.noFramework", String.valueOf(year)));
    }
}
