package id.pantauspbe.analysis;

import id.pantauspbe.base.Translated;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.IndicatorOwner;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.TimelineNote;
import id.pantauspbe.evaluation.YearChange;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read models of the analysis views, computed by {@link AnalysisService}. */
public final class Analysis {

    private Analysis() {}

    /**
     * Index, domains and aspects across years; the shown result (final when there is one) and the
     * self-assessment of each year.
     */
    public record Trend(
            Instansi instansi,
            List<YearRow> rows,
            List<String> domainNames,
            List<String> aspectNames,
            List<FrameworkSpan> spans,
            List<TimelineNote> notes) {}

    /** One year of the trend; domain and aspect values by name. */
    public record YearRow(
            int year,
            String frameworkCode,
            Optional<YearResult> shown,
            Optional<YearResult> mandiri,
            Map<String, BigDecimal> domains,
            Map<String, BigDecimal> aspects) {

        /** Self-assessment minus the shown result, when the shown one is not itself the mandiri. */
        public Optional<BigDecimal> selfAssessmentGap() {
            return shown.filter(s -> s.provenance() == Provenance.RESMI || s.provenance() == Provenance.ASESOR)
                    .flatMap(s -> mandiri.map(m -> m.value().subtract(s.value())));
        }
    }

    /** Indicators × years of one framework; {@code weak} marks the weak indicators of the year chosen. */
    public record Heatmap(
            Instansi instansi,
            int year,
            String frameworkCode,
            String regulation,
            List<Integer> years,
            List<HeatRow> rows) {}

    public record HeatRow(IndicatorInfo indicator, Map<Integer, BigDecimal> values, boolean weak) {}

    /** Everything about one indicator of an instansi. */
    public record IndicatorDetail(
            Instansi instansi,
            String frameworkCode,
            String regulation,
            IndicatorInfo indicator,
            BigDecimal shareOfIndex,
            LevelScale scale,
            List<HistoryRow> history,
            Optional<HistoryRow> latest,
            BigDecimal gainOfOneLevel,
            List<TimelineNote> notes) {}

    /**
     * @param finalResult the year's final result (for its provenance), empty when there is none
     * @param mandiriResult the year's self-assessment result, empty when there is none
     */
    public record HistoryRow(
            int year,
            BigDecimal finalValue,
            BigDecimal mandiriValue,
            Optional<YearResult> finalResult,
            Optional<YearResult> mandiriResult) {

        public BigDecimal shown() {
            return finalValue != null ? finalValue : mandiriValue;
        }

        /**
         * The year's result the shown value belongs to: carries its provenance (a self-assessment
         * value is never the result; see {@link YearResult#settled()}).
         */
        public Optional<YearResult> shownResult() {
            return finalValue != null ? finalResult : mandiriValue != null ? mandiriResult : Optional.empty();
        }
    }

    /**
     * The weak-indicator list of a year: one rule for /lemah, the Ringkasan, the OPD pages and the
     * rakor. By default a short list a rakor can act on: the indicators meeting a threshold, ranked
     * by index points lost, at most a third of the framework's indicators (rounded down). While the
     * year is incomplete, the indicators without a value come first ({@link #unvalued()}) with their
     * lead OPD.
     *
     * @param indicators the weak indicators shown, ranked by index points lost
     * @param unvalued indicators of an incomplete year without a value yet, in framework order
     * @param owners indicator code → its lead and supporting OPDs in the year
     * @param flagged how many valued indicators meet a threshold (the short list shows at most {@code limit})
     * @param limit the length of the short list: a third of {@code totalIndicators}, rounded down
     * @param totalIndicators indicators of the year's framework
     * @param all whether {@code indicators} is every flagged indicator rather than the short list
     */
    public record WeakList(
            Instansi instansi,
            int year,
            Optional<YearResult> result,
            WeakRules.Thresholds thresholds,
            List<WeakRules.WeakIndicator> indicators,
            List<IndicatorResult> unvalued,
            Map<String, IndicatorOwner> owners,
            int flagged,
            int limit,
            int totalIndicators,
            boolean all) {

        public WeakList {
            indicators = List.copyOf(indicators);
            unvalued = List.copyOf(unvalued);
            owners = Map.copyOf(owners);
        }

        /** The lead OPD of an indicator in the year. */
        public Optional<IndicatorOwner.OpdRef> lead(String indicatorCode) {
            return Optional.ofNullable(owners.get(indicatorCode)).map(IndicatorOwner::lead);
        }

        /** Whether flagged indicators were left out of the short list. */
        public boolean shortened() {
            return indicators.size() < flagged;
        }

        /** The codes of the indicators shown as weak. */
        public java.util.Set<String> codes() {
            java.util.Set<String> codes = new java.util.LinkedHashSet<>();
            indicators.forEach(w -> codes.add(w.indicator().code()));
            return codes;
        }
    }

    /**
     * The change of the index between two years, explained; only when {@link YearChange#shown()}
     * (two complete years under one framework).
     *
     * @param unavailableReason why there is no explanation; null when explained
     */
    public record Change(
            Instansi instansi,
            int fromYear,
            int toYear,
            Optional<ChangeAnalysis.Decomposition> decomposition,
            Unexplained unavailableReason,
            YearChange yearChange) {}

    /** Why the change between two years is not explained indicator by indicator. */
    @Translated({"analysis.change.unavailable.", "rakor.slide.change.unavailable."})
    public enum Unexplained {
        /** No earlier evaluated year to compare with. */
        NO_PREVIOUS,
        /** One of the years holds only published totals, no value per indicator. */
        NO_DETAIL,
        /** One of the years is still incomplete (indicators without values). */
        INCOMPLETE,
        /** The years are evaluated under different frameworks. */
        FRAMEWORK_CHANGED
    }

    /**
     * The instansi held for a year, ranked (settled results only, see {@link YearResult#rankable()}),
     * and the index across years of the home Pemda, the chosen peers and the national average.
     *
     * @param ranking every instansi held for the year (national averages excepted), ranked first
     * @param years every year with a result of any instansi
     * @param series the home Pemda, the chosen peers and the national averages, never all instansi
     * @param peerCodes the chosen peers (codes), as in the URL
     * @param home the home Pemda's row of the ranking, if it holds a figure for the year
     * @param homeIndex the position of {@code home} in {@code ranking}; -1 without
     * @param distribution how the ranked figures of the year spread
     * @param latestRankedYear the latest year in which at least two Pemda are ranked; 0 when none
     */
    public record Peers(
            int year,
            List<PeerRow> ranking,
            List<Integer> years,
            List<PeerSeries> series,
            List<FrameworkSpan> spans,
            List<String> peerCodes,
            Optional<PeerRow> home,
            int homeIndex,
            Distribution distribution,
            int latestRankedYear) {

        public Peers {
            ranking = List.copyOf(ranking);
            series = List.copyOf(series);
            peerCodes = List.copyOf(peerCodes);
        }

        /** Where to look when this year ranks nobody (an open year): the latest year with a ranking. */
        public Optional<Integer> rankedYearInstead() {
            return rankedCount() == 0 && latestRankedYear != 0 && latestRankedYear != year
                    ? Optional.of(latestRankedYear)
                    : Optional.empty();
        }

        /** How many instansi have a rank this year. */
        public int rankedCount() {
            return distribution.rankedCount();
        }
    }

    /**
     * The ranked figures of a year in bins of {@link #BIN_WIDTH} from 0 to 5, with the home Pemda's
     * place and the national average.
     *
     * @param counts ranked instansi per bin (bin i holds [i·0,25, (i+1)·0,25), the last one 5 too)
     * @param homeValue the home Pemda's ranked figure; null when not ranked
     * @param homeBin the bin of {@code homeValue}; -1 when not ranked
     * @param percentile share of ranked instansi (percent, rounded down) below the home Pemda; -1 when not ranked
     * @param national the national average of the year; null when not published
     */
    public record Distribution(
            List<Integer> counts,
            int rankedCount,
            BigDecimal homeValue,
            int homeBin,
            int homeRank,
            int percentile,
            BigDecimal national,
            BigDecimal median) {

        public static final BigDecimal BIN_WIDTH = new BigDecimal("0.25");

        public Distribution {
            counts = List.copyOf(counts);
        }

        public boolean homeRanked() {
            return homeRank > 0;
        }
    }

    /**
     * @param rank standard competition rank among settled results; 0 when not ranked (a draft, a
     *     self-assessment or an incomplete year)
     * @param predikat shown only when {@link YearResult#predikatShown()}
     * @param result the year's result, for its provenance
     */
    public record PeerRow(
            int rank,
            Instansi instansi,
            BigDecimal value,
            Optional<PredikatBand> predikat,
            boolean totalsOnly,
            YearResult result) {

        public boolean ranked() {
            return rank > 0;
        }
    }

    /**
     * @param values settled results by year (the solid line)
     * @param provisional figures that are not settled results by year (drawn dashed, never ranked)
     */
    public record PeerSeries(
            Instansi instansi, Map<Integer, BigDecimal> values, Map<Integer, BigDecimal> provisional) {}
}
