package id.pantauspbe.plan;

import id.pantauspbe.base.UserMessageException;
import java.math.BigDecimal;

/**
 * How far an indicator may move in a year and what one level step costs.
 *
 * @param maxLevel the highest level reachable this year; null = the default (two levels above the
 *     baseline, at most the top of the scale)
 * @param locked no change this year
 * @param effort the effort of one level step (1–99)
 */
public record PlanLimit(String indicatorCode, BigDecimal maxLevel, boolean locked, int effort) {

    public static final int MAX_EFFORT = 99;

    public static PlanLimit defaults(String indicatorCode) {
        return new PlanLimit(indicatorCode, null, false, 1);
    }

    public boolean isDefault() {
        return maxLevel == null && !locked && effort == 1;
    }

    /** Refuses an effort outside 1–{@value #MAX_EFFORT}. */
    static void checkEffort(String code, Integer effort) {
        if (effort == null || effort < 1 || effort > MAX_EFFORT) {
            throw new UserMessageException("plan.error.effort", code, String.valueOf(effort));
        }
    }
}
