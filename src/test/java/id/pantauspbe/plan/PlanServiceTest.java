package id.pantauspbe.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AppTest
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanLimitService limits;

    @Autowired
    SavedPlanService savedPlans;

    @Autowired
    ForecastService forecasts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    FrameworkService frameworkService;

    @Autowired
    EvidenceService evidenceService;

    @Test
    void theDemoPlanFor2022StartsFromTheFinalResultOf2021AndReaches320() {
        PlanResult plan = plans.compute(PlanRequest.of("CONTOH", 2022));
        assertThat(plan.basisYear()).isEqualTo(2021);
        assertThat(plan.basisStage()).isEqualTo(Stage.FINAL);
        assertThat(plan.basisProvenance()).isEqualTo(Provenance.RESMI);
        assertThat(plan.basisExact()).isEqualByComparingTo("2.505");
        assertThat(plan.target()).isEqualByComparingTo("3.20");
        assertThat(plan.reached()).isTrue();
        assertThat(plan.published()).isGreaterThanOrEqualTo(new BigDecimal("3.20"));
        assertThat(plan.exact()).isGreaterThanOrEqualTo(new BigDecimal("3.195"));
        // every step within the default limit (two levels above the baseline), with its lead OPD
        assertThat(plan.steps()).allSatisfy(s -> {
            assertThat(s.to().subtract(s.from())).isLessThanOrEqualTo(BigDecimal.valueOf(2));
            assertThat(s.effort()).isEqualTo(s.steps());
            assertThat(s.opdName()).isNotBlank();
            assertThat(s.fromName()).isNotBlank();
            assertThat(s.toName()).isNotBlank();
        });
        int effort = plan.steps().stream().mapToInt(PlanStep::effort).sum();
        assertThat(plan.totalEffort()).isEqualTo(effort);
        // the steps' points add up to the plan's index
        BigDecimal sum = plan.steps().stream().map(PlanStep::points).reduce(plan.basisExact(), BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(plan.exact());

        // what-if: all steps = the plan; without the first one the index falls below the target
        Set<String> all = plan.steps().stream().map(PlanStep::indicatorCode).collect(Collectors.toSet());
        WhatIf whole = plans.whatIf(plan, all);
        assertThat(whole.exact()).isEqualByComparingTo(plan.exact());
        assertThat(whole.reached()).isTrue();
        Set<String> fewer = new HashSet<>(all);
        fewer.remove(plan.steps().getFirst().indicatorCode());
        WhatIf less = plans.whatIf(plan, fewer);
        assertThat(less.reached()).isFalse();
        assertThat(less.gap()).isNegative();
        assertThat(less.exact())
                .isEqualByComparingTo(
                        plan.exact().subtract(plan.steps().getFirst().points()));
    }

    @Test
    void limitsAndEffortsChangeThePlanAndAnUnreachableTargetSaysWhatBinds() {
        PlanResult plan = plans.compute(PlanRequest.of("CONTOH", 2022));
        String first = plan.steps().getFirst().indicatorCode();
        BigDecimal from = plan.steps().getFirst().from();
        PlanResult locked = plans.compute(new PlanRequest("CONTOH", 2022, null, null, null, Map.of(first, from), null));
        assertThat(locked.steps()).extracting(PlanStep::indicatorCode).doesNotContain(first);

        PlanResult tooHigh = plans.compute(PlanRequest.of("CONTOH", 2022).withTarget(new BigDecimal("4.90")));
        assertThat(tooHigh.reached()).isFalse();
        assertThat(tooHigh.binding()).isNotEmpty();
        assertThat(tooHigh.exact()).isLessThan(new BigDecimal("4.895"));

        assertThatThrownBy(
                        () -> plans.compute(new PlanRequest("CONTOH", 2022, null, null, null, null, Map.of("I1", 0))))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> plans.compute(new PlanRequest("CONTOH", 2022, null, 2019, Stage.FINAL, null, null)))
                .isInstanceOf(UserMessageException.class)
                .hasFieldOrPropertyWithValue("key", "plan.error.otherFramework");
    }

    @Test
    void savedLimitsAndPlansNeedAnAdminOrAssessorAndProgressFollowsTheSelfAssessment() {
        assertThatThrownBy(() -> as(
                        "kadis",
                        Role.PIMPINAN,
                        () -> limits.saveLimit("CONTOH", 2023, new PlanLimit("I1", null, true, 1))))
                .isInstanceOf(AccessDeniedException.class);
        as("asesor", Role.ASESOR, () -> limits.saveLimit("CONTOH", 2023, new PlanLimit("I21", null, false, 3)));
        assertThat(limits.limits("CONTOH", 2023)).containsKey("I21");
        PlanResult plan = plans.compute(PlanRequest.of("CONTOH", 2023));
        assertThat(plan.rooms().stream()
                        .filter(r -> r.indicatorCode().equals("I21"))
                        .findFirst()
                        .orElseThrow()
                        .effort())
                .isEqualTo(3);
        Set<String> all = plan.steps().stream().map(PlanStep::indicatorCode).collect(Collectors.toSet());
        as("koordinator", Role.ADMIN, () -> savedPlans.savePlan(plan, all, LocalDate.of(2023, 6, 30)));
        PlanProgress progress = savedPlans.progress("CONTOH", 2023).orElseThrow();
        assertThat(progress.total()).isEqualTo(plan.steps().size());
        // reached exactly where the 2023 self-assessment value reaches the step's level
        assertThat(progress.steps())
                .allSatisfy(s -> assertThat(s.reached())
                        .isEqualTo(s.current() != null
                                && s.current().compareTo(s.step().to()) >= 0));
        as("koordinator", Role.ADMIN, () -> limits.saveLimit("CONTOH", 2023, PlanLimit.defaults("I21")));
        as("koordinator", Role.ADMIN, () -> savedPlans.deletePlan("CONTOH", 2023));
        assertThat(savedPlans.progress("CONTOH", 2023)).isEmpty();
    }

    @Test
    void aPlanYearWithoutItsOwnChecklistTakesTheNearestOneOfTheSameFramework() {
        // 2022 has no Data dukung checklist in the demo; 2025 (same framework 59/2020) has one
        assertThat(evidenceService.items("CONTOH", 2022)).isEmpty();
        PlanResult plan = plans.compute(PlanRequest.of("CONTOH", 2022));
        assertThat(plan.needsYear()).isEqualTo(2025);
        List<EvidenceItem> checklist = evidenceService.items("CONTOH", 2025);
        for (PlanStep step : plan.steps()) {
            List<String> expected = checklist.stream()
                    .filter(i -> i.indicatorCode().equals(step.indicatorCode())
                            && i.targetLevel() != null
                            && i.targetLevel().compareTo(step.from()) > 0
                            && i.targetLevel().compareTo(step.to()) <= 0)
                    .map(EvidenceItem::title)
                    .toList();
            assertThat(step.needs()).as(step.indicatorCode()).isEqualTo(expected);
        }
        assertThat(plan.steps()).anySatisfy(s -> assertThat(s.needs()).isNotEmpty());
        // 2026 has its own checklist
        assertThat(plans.compute(PlanRequest.of("CONTOH", 2026)).needsYear()).isNull();
    }

    @Test
    void theForecastOf2026UsesTheDifferencesOfEarlierYearsAndBacktestsThem() {
        Forecast forecast = forecasts.forecast("CONTOH", 2026).orElseThrow();
        assertThat(forecast.complete()).isFalse();
        assertThat(forecast.history()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(forecast.backtest())
                .extracting(Forecast.Backtest::year)
                .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(forecast.low()).isLessThanOrEqualTo(forecast.estimate());
        assertThat(forecast.high()).isGreaterThanOrEqualTo(forecast.estimate());
        assertThat(forecast.target()).isEqualByComparingTo("3.50");
        // a year without a self-assessment cannot be forecast
        assertThat(forecasts.forecast("CONTOH", 2030)).isEmpty();
    }

    @Test
    @Transactional
    void asesorValuesReplaceTheSelfAssessmentAndOnlyTheSelfAssessedShareIsCorrected() {
        Forecast self = forecasts.forecast("CONTOH", 2026).orElseThrow();
        assertThat(self.usesAssessorValues()).isFalse();
        assertThat(self.selfShare()).isEqualByComparingTo("1");
        assertThat(self.methodText(Messages::indonesian))
                .startsWith("Belum ada nilai asesor: indeks penilaian mandiri");
        Framework framework = frameworkService.forYear(2026).orElseThrow();
        Map<String, BigDecimal> selfValues = new HashMap<>();
        evaluation.entries("CONTOH", 2026, Stage.MANDIRI).forEach((c, e) -> selfValues.put(c, e.value()));
        // the desk stage values I1 and I2, the visit stage I2 again: the visit's value counts
        as("koordinator", Role.ADMIN, () -> {
            evaluation.saveValues(
                    "CONTOH", 2026, Stage.DOKUMEN, Map.of("I1", new BigDecimal("2.00"), "I2", BigDecimal.ONE), "t");
            evaluation.saveValues("CONTOH", 2026, Stage.VISITASI, Map.of("I2", new BigDecimal("4.00")), "t");
        });
        Forecast mixed = forecasts.forecast("CONTOH", 2026).orElseThrow();
        Map<String, BigDecimal> latest = new HashMap<>(selfValues);
        latest.put("I1", new BigDecimal("2.00"));
        latest.put("I2", new BigDecimal("4.00"));
        assertThat(mixed.basisExact())
                .isEqualByComparingTo(IndexEngine.compute(framework, latest).exact());
        assertThat(mixed.assessorValued()).isEqualTo(2);
        assertThat(mixed.assessorStage()).isEqualTo(Stage.VISITASI);
        assertThat(mixed.valued()).isEqualTo(14);
        BigDecimal valuedWeight = weight(framework, selfValues.keySet());
        BigDecimal selfWeight = valuedWeight.subtract(weight(framework, Set.of("I1", "I2")));
        assertThat(mixed.selfShare())
                .isEqualByComparingTo(selfWeight.divide(valuedWeight, java.math.MathContext.DECIMAL128));
        assertThat(mixed.selfShare()).isLessThan(BigDecimal.ONE);
        // the same past differences, applied to the self-assessed share only
        assertThat(mixed.history()).isEqualTo(self.history());
        assertThat(mixed.meanDifference()).isEqualByComparingTo(self.meanDifference());
        assertThat(mixed.estimate().subtract(mixed.basisExact()))
                .isCloseTo(self.meanDifference().multiply(mixed.selfShare()), within(new BigDecimal("0.011")));
        assertThat(mixed.high().subtract(mixed.low()))
                .isCloseTo(
                        self.high().subtract(self.low()).multiply(mixed.selfShare()), within(new BigDecimal("0.021")));
        // the backtest stays the self-assessment's alone
        assertThat(mixed.backtest()).isEqualTo(self.backtest());
        assertThat(mixed.basisText(Messages::indonesian))
                .startsWith("Nilai terakhir 2026: ")
                .contains("nilai asesor untuk 2 indikator, terakhir Penilaian visitasi")
                .contains("penilaian mandiri untuk 12");
        assertThat(mixed.methodText(Messages::indonesian))
                .startsWith("Indeks nilai terakhir (nilai asesor bila ada, penilaian mandiri bila belum)")
                .contains("(" + mixed.selfSharePercent() + "%)");

        // every valued indicator assessed: nothing left to correct, the range closes on the index
        as("koordinator", Role.ADMIN, () -> evaluation.saveValues("CONTOH", 2026, Stage.DOKUMEN, selfValues, "t"));
        as("koordinator", Role.ADMIN, () -> evaluation.deleteStageValues("CONTOH", 2026, Stage.VISITASI));
        Forecast assessed = forecasts.forecast("CONTOH", 2026).orElseThrow();
        assertThat(assessed.selfShare()).isEqualByComparingTo("0");
        assertThat(assessed.basisExact()).isEqualByComparingTo(self.basisExact());
        assertThat(assessed.estimate()).isEqualByComparingTo(self.basisPublished());
        assertThat(assessed.low()).isEqualByComparingTo(assessed.estimate());
        assertThat(assessed.high()).isEqualByComparingTo(assessed.estimate());
        assertThat(assessed.methodText(Messages::indonesian)).contains("(0%)");
    }

    private static BigDecimal weight(Framework framework, Set<String> codes) {
        return framework.indicators().stream()
                .filter(n -> codes.contains(n.code()))
                .map(Node::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void as(String user, Role role, Runnable task) {
        currentUser.runAs(user, role, task);
    }
}
