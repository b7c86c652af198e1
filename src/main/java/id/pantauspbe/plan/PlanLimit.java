package id.pantauspbe.plan;

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
}
