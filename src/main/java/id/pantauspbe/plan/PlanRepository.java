package id.pantauspbe.plan;

import static id.pantauspbe.jooq.Tables.IMPROVEMENT_PLAN;
import static id.pantauspbe.jooq.Tables.IMPROVEMENT_STEP;
import static id.pantauspbe.jooq.Tables.OPD;
import static id.pantauspbe.jooq.Tables.PLAN_LIMIT;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** indicator code → its stored limit (indicators on the defaults are absent). */
    Map<String, PlanLimit> limits(String instansiCode, int year) {
        Map<String, PlanLimit> result = new LinkedHashMap<>();
        dsl.selectFrom(PLAN_LIMIT)
                .where(PLAN_LIMIT.INSTANSI_CODE.eq(instansiCode))
                .and(PLAN_LIMIT.EVAL_YEAR.eq(year))
                .orderBy(PLAN_LIMIT.INDICATOR_CODE)
                .forEach(r -> result.put(
                        r.getIndicatorCode(),
                        new PlanLimit(r.getIndicatorCode(), r.getMaxLevel(), r.getLocked(), r.getEffort())));
        return result;
    }

    void saveLimit(String instansiCode, int year, PlanLimit limit, String user, OffsetDateTime now) {
        dsl.deleteFrom(PLAN_LIMIT)
                .where(PLAN_LIMIT.INSTANSI_CODE.eq(instansiCode))
                .and(PLAN_LIMIT.EVAL_YEAR.eq(year))
                .and(PLAN_LIMIT.INDICATOR_CODE.eq(limit.indicatorCode()))
                .execute();
        if (limit.isDefault()) {
            return;
        }
        dsl.insertInto(PLAN_LIMIT)
                .set(PLAN_LIMIT.INSTANSI_CODE, instansiCode)
                .set(PLAN_LIMIT.EVAL_YEAR, year)
                .set(PLAN_LIMIT.INDICATOR_CODE, limit.indicatorCode())
                .set(PLAN_LIMIT.MAX_LEVEL, limit.maxLevel())
                .set(PLAN_LIMIT.LOCKED, limit.locked())
                .set(PLAN_LIMIT.EFFORT, limit.effort())
                .set(PLAN_LIMIT.UPDATED_BY, user)
                .set(PLAN_LIMIT.UPDATED_AT, now)
                .execute();
    }

    Optional<SavedPlan> plan(String instansiCode, int year) {
        return dsl.selectFrom(IMPROVEMENT_PLAN)
                .where(IMPROVEMENT_PLAN.INSTANSI_CODE.eq(instansiCode))
                .and(IMPROVEMENT_PLAN.EVAL_YEAR.eq(year))
                .fetchOptional()
                .map(p -> new SavedPlan(
                        p.getInstansiCode(),
                        p.getEvalYear(),
                        p.getFrameworkCode(),
                        p.getTarget(),
                        p.getBasisYear(),
                        p.getBasisStage(),
                        new BigDecimal(p.getBasisExact()),
                        new BigDecimal(p.getPlanExact()),
                        p.getReached(),
                        p.getTotalEffort(),
                        p.getSavedBy(),
                        p.getSavedAt(),
                        steps(instansiCode, year)));
    }

    private List<SavedPlan.Step> steps(String instansiCode, int year) {
        return dsl.select(IMPROVEMENT_STEP.asterisk(), OPD.NAME)
                .from(IMPROVEMENT_STEP)
                .leftJoin(OPD)
                .on(OPD.ID.eq(IMPROVEMENT_STEP.OPD_ID))
                .where(IMPROVEMENT_STEP.INSTANSI_CODE.eq(instansiCode))
                .and(IMPROVEMENT_STEP.EVAL_YEAR.eq(year))
                .fetch(r -> new SavedPlan.Step(
                        r.get(IMPROVEMENT_STEP.INDICATOR_CODE),
                        r.get(IMPROVEMENT_STEP.FROM_LEVEL),
                        r.get(IMPROVEMENT_STEP.TO_LEVEL),
                        r.get(IMPROVEMENT_STEP.EFFORT),
                        new BigDecimal(r.get(IMPROVEMENT_STEP.POINTS)),
                        r.get(IMPROVEMENT_STEP.OPD_ID),
                        r.get(OPD.NAME),
                        r.get(IMPROVEMENT_STEP.DUE_DATE)));
    }

    /** Replaces the year's plan with {@code plan}. */
    void savePlan(SavedPlan plan) {
        deletePlan(plan.instansiCode(), plan.year());
        dsl.insertInto(IMPROVEMENT_PLAN)
                .set(IMPROVEMENT_PLAN.INSTANSI_CODE, plan.instansiCode())
                .set(IMPROVEMENT_PLAN.EVAL_YEAR, plan.year())
                .set(IMPROVEMENT_PLAN.FRAMEWORK_CODE, plan.frameworkCode())
                .set(IMPROVEMENT_PLAN.TARGET, plan.target())
                .set(IMPROVEMENT_PLAN.BASIS_YEAR, plan.basisYear())
                .set(IMPROVEMENT_PLAN.BASIS_STAGE, plan.basisStage())
                .set(IMPROVEMENT_PLAN.BASIS_EXACT, plan.basisExact().toPlainString())
                .set(IMPROVEMENT_PLAN.PLAN_EXACT, plan.planExact().toPlainString())
                .set(IMPROVEMENT_PLAN.REACHED, plan.reached())
                .set(IMPROVEMENT_PLAN.TOTAL_EFFORT, plan.totalEffort())
                .set(IMPROVEMENT_PLAN.SAVED_BY, plan.savedBy())
                .set(IMPROVEMENT_PLAN.SAVED_AT, plan.savedAt())
                .execute();
        for (SavedPlan.Step step : plan.steps()) {
            dsl.insertInto(IMPROVEMENT_STEP)
                    .set(IMPROVEMENT_STEP.INSTANSI_CODE, plan.instansiCode())
                    .set(IMPROVEMENT_STEP.EVAL_YEAR, plan.year())
                    .set(IMPROVEMENT_STEP.INDICATOR_CODE, step.indicatorCode())
                    .set(IMPROVEMENT_STEP.FROM_LEVEL, step.from())
                    .set(IMPROVEMENT_STEP.TO_LEVEL, step.to())
                    .set(IMPROVEMENT_STEP.EFFORT, step.effort())
                    .set(IMPROVEMENT_STEP.POINTS, step.points().toPlainString())
                    .set(IMPROVEMENT_STEP.OPD_ID, step.opdId())
                    .set(IMPROVEMENT_STEP.DUE_DATE, step.dueDate())
                    .execute();
        }
    }

    void deletePlan(String instansiCode, int year) {
        dsl.deleteFrom(IMPROVEMENT_STEP)
                .where(IMPROVEMENT_STEP.INSTANSI_CODE.eq(instansiCode))
                .and(IMPROVEMENT_STEP.EVAL_YEAR.eq(year))
                .execute();
        dsl.deleteFrom(IMPROVEMENT_PLAN)
                .where(IMPROVEMENT_PLAN.INSTANSI_CODE.eq(instansiCode))
                .and(IMPROVEMENT_PLAN.EVAL_YEAR.eq(year))
                .execute();
    }
}
