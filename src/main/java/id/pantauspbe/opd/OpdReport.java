package id.pantauspbe.opd;

import id.pantauspbe.base.Translated;
import id.pantauspbe.evaluation.Instansi;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read models of the OPD views, computed by {@link OpdService}. */
public final class OpdReport {

    private OpdReport() {}

    /** Why an OPD counts as weak. */
    @Translated({"opd.reason."})
    public enum WeakOpdReason {
        /** Its own (internal) index is below {@link OpdService#LOW_INDEX}. */
        LOW_INDEX,
        /** It leads official indicators at a low value (weak under the weak-indicator rules). */
        LEADS_WEAK,
        /** Evidence it is responsible for is past its due date and not verified. */
        OVERDUE_EVIDENCE,
        /** Evidence it is responsible for was rejected by the assessors. */
        REJECTED_EVIDENCE
    }

    /**
     * The OPDs of a year, ranked by their own index.
     *
     * @param pemdaEstimate the OPD indices aggregated as the scoring says
     * @param scoringIndicators code → name of the scoring framework's indicators, in order
     */
    public record Ranking(
            Instansi instansi,
            int year,
            Optional<OpdScoring> scoring,
            Optional<BigDecimal> pemdaEstimate,
            Map<String, String> scoringIndicators,
            List<Row> rows) {}

    /**
     * @param index the OPD's own index (null when it was not scored)
     * @param change against the previous year's own index
     * @param weakLed official indicators it leads that are weak
     * @param pointsHeld index points of the official indicators it leads (weight × value / 100)
     * @param pointsPossible points those indicators could still add (weight × (5 − value) / 100)
     * @param evidence the state of the evidence it is responsible for (null when it has none)
     */
    public record Row(
            int rank,
            Opd opd,
            BigDecimal index,
            BigDecimal change,
            int led,
            int weakLed,
            BigDecimal pointsHeld,
            BigDecimal pointsPossible,
            Map<String, BigDecimal> scores,
            Set<WeakOpdReason> reasons,
            EvidenceSummary evidence) {

        public boolean weak() {
            return !reasons.isEmpty();
        }
    }

    /** One OPD: its place in the ranking and the official indicators it answers for. */
    /**
     * @param scoringIndicators code → name of the questionnaire the OPD was scored on (empty when none)
     */
    public record Page(
            Instansi instansi,
            int year,
            Row row,
            List<OwnedIndicator> indicators,
            Map<String, String> scoringIndicators) {}

    /**
     * @param values the indicator's shown value by year (years of the same framework)
     * @param gain index gain if it rose one level this year
     */
    public record OwnedIndicator(
            String code,
            String name,
            String groupName,
            boolean lead,
            BigDecimal weight,
            BigDecimal value,
            Map<Integer, BigDecimal> values,
            BigDecimal gain,
            boolean weak) {}
}
