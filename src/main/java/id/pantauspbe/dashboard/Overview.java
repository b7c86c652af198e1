package id.pantauspbe.dashboard;

import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TimelineNote;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything the overview ("Ringkasan") shows for one instansi and year, computed by the services;
 * the view only formats it.
 *
 * @param current the year's result; empty when the year has no figures
 * @param previous the previous evaluated year's result
 * @param change current minus previous published value
 * @param changeAcrossFrameworks whether the two years use different frameworks
 * @param gapToTarget current published value minus the target (negative: below target)
 * @param breakdownByAspect true for a framework without domains (8/2026): aspects are shown
 * @param breakdownComparable whether the previous year's breakdown uses the same nodes
 * @param notes the timeline notes of the instansi
 */
public record Overview(
        Instansi instansi,
        List<Instansi> instansiOptions,
        List<Integer> years,
        int year,
        Optional<YearResult> current,
        Optional<YearResult> previous,
        Optional<BigDecimal> change,
        boolean changeAcrossFrameworks,
        Optional<Target> target,
        Optional<BigDecimal> gapToTarget,
        List<TrendPoint> trend,
        List<TrendPoint> national,
        List<FrameworkSpan> frameworkSpans,
        boolean breakdownByAspect,
        boolean breakdownComparable,
        List<BreakdownRow> breakdown,
        List<IndicatorResult> weakest,
        List<TimelineNote> notes) {

    /** One year on the trend: the shown value with its provenance, and the year's index target. */
    public record TrendPoint(
            int year, BigDecimal value, Provenance provenance, BigDecimal target, String frameworkCode) {}

    /** A domain (or aspect) of the year beside the same node of the previous year. */
    public record BreakdownRow(
            String name, BigDecimal weight, BigDecimal value, BigDecimal previousValue, boolean complete) {}
}
