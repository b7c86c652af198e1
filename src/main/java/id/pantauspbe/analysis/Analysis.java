package id.pantauspbe.analysis;

import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.TimelineNote;
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

    public record HistoryRow(int year, BigDecimal finalValue, BigDecimal mandiriValue) {

        public BigDecimal shown() {
            return finalValue != null ? finalValue : mandiriValue;
        }
    }

    /** The weak indicators of a year, ranked by index points lost. */
    public record WeakList(
            Instansi instansi,
            int year,
            Optional<YearResult> result,
            WeakRules.Thresholds thresholds,
            List<WeakRules.WeakIndicator> indicators) {}

    /** The change of the index between two years, explained. */
    public record Change(
            Instansi instansi,
            int fromYear,
            int toYear,
            Optional<ChangeAnalysis.Decomposition> decomposition,
            String unavailableReason) {}

    /** The instansi held for a year, ranked, and every instansi's index across years. */
    public record Peers(
            int year, List<PeerRow> ranking, List<Integer> years, List<PeerSeries> series, List<FrameworkSpan> spans) {}

    public record PeerRow(
            int rank, Instansi instansi, BigDecimal value, Optional<PredikatBand> predikat, boolean totalsOnly) {}

    public record PeerSeries(Instansi instansi, Map<Integer, BigDecimal> values) {}
}
