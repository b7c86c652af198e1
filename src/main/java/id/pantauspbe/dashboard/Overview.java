package id.pantauspbe.dashboard;

import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TimelineNote;
import id.pantauspbe.evaluation.YearChange;
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
 * @param change current minus previous published value; only when {@link YearChange#shown()} (two
 *     complete years under one framework), else empty and {@code yearChange} says why
 * @param changeAcrossFrameworks whether the two years use different frameworks
 * @param gapToTarget current published value minus the target (negative: below target); only for a
 *     complete year (provisional unless {@link YearResult#settled()}), never for an incomplete one
 * @param breakdownByAspect true for a framework without domains (8/2026): aspects are shown
 * @param breakdownComparable whether the previous year's breakdown uses the same nodes
 * @param notes the timeline notes of the instansi
 * @param yearChange the change against the previous year under the presentation rule
 * @param comparableYear when the change is not shown: the latest earlier year that is complete and
 *     under the same framework as a complete current year (where a comparison is meaningful)
 * @param weakList the year's weak list (the rule of /lemah); {@code weakest} is its head
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
        List<TimelineNote> notes,
        YearChange yearChange,
        Optional<Integer> comparableYear,
        Analysis.WeakList weakList) {

    /**
     * Whether the breakdown is shown beside the previous year: only when some node of the previous
     * year matches (across a framework boundary, only nodes of the same name, with a note; never
     * when none match, as from 59/2020 domains to 8/2026 aspects).
     */
    public boolean breakdownComparedWithPrevious() {
        return previous.isPresent() && breakdown.stream().anyMatch(r -> r.previousValue() != null);
    }

    /**
     * One year on the trend: the shown value with its provenance, and the year's index target.
     *
     * @param settled whether the value is a settled result ({@link YearResult#settled()}); others are
     *     drawn as provisional
     */
    public record TrendPoint(
            int year,
            BigDecimal value,
            Provenance provenance,
            BigDecimal target,
            String frameworkCode,
            boolean settled) {}

    /** A domain (or aspect) of the year beside the same node of the previous year. */
    public record BreakdownRow(
            String name, BigDecimal weight, BigDecimal value, BigDecimal previousValue, boolean complete) {}
}
