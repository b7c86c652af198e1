package id.pantauspbe.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AppTest
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    ForecastService forecasts;

    @Autowired
    CurrentUser currentUser;

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
                        () -> plans.saveLimit("CONTOH", 2023, new PlanLimit("I1", null, true, 1))))
                .isInstanceOf(AccessDeniedException.class);
        as("asesor", Role.ASESOR, () -> plans.saveLimit("CONTOH", 2023, new PlanLimit("I21", null, false, 3)));
        assertThat(plans.limits("CONTOH", 2023)).containsKey("I21");
        PlanResult plan = plans.compute(PlanRequest.of("CONTOH", 2023));
        assertThat(plan.rooms().stream()
                        .filter(r -> r.indicatorCode().equals("I21"))
                        .findFirst()
                        .orElseThrow()
                        .effort())
                .isEqualTo(3);
        Set<String> all = plan.steps().stream().map(PlanStep::indicatorCode).collect(Collectors.toSet());
        as("koordinator", Role.ADMIN, () -> plans.savePlan(plan, all, LocalDate.of(2023, 6, 30)));
        PlanProgress progress = plans.progress("CONTOH", 2023).orElseThrow();
        assertThat(progress.total()).isEqualTo(plan.steps().size());
        // reached exactly where the 2023 self-assessment value reaches the step's level
        assertThat(progress.steps())
                .allSatisfy(s -> assertThat(s.reached())
                        .isEqualTo(s.current() != null
                                && s.current().compareTo(s.step().to()) >= 0));
        as("koordinator", Role.ADMIN, () -> plans.saveLimit("CONTOH", 2023, PlanLimit.defaults("I21")));
        as("koordinator", Role.ADMIN, () -> plans.deletePlan("CONTOH", 2023));
        assertThat(plans.progress("CONTOH", 2023)).isEmpty();
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

    private void as(String user, Role role, Runnable task) {
        currentUser.runAs(user, role, task);
    }
}
