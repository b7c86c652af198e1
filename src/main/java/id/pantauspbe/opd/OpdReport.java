package id.pantauspbe.opd;

import id.pantauspbe.base.Translated;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.YearResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Read models of the OPD views, computed by {@link OpdRankingService}. */
public final class OpdReport {

    private OpdReport() {}

    /** Why an OPD counts as weak. */
    @Translated({"opd.reason."})
    public enum WeakOpdReason {
        /** Its own (internal) index is below {@link OpdRankingService#LOW_INDEX}. */
        LOW_INDEX,
        /** It leads official indicators at a low value (weak under the weak-indicator rules). */
        LEADS_WEAK,
        /** Evidence it is responsible for is past its due date and not verified. */
        OVERDUE_EVIDENCE,
        /** Evidence it is responsible for was rejected by the assessors. */
        REJECTED_EVIDENCE,
        /** Its own index was below {@link OpdRankingService#LOW_INDEX} last year too (weak two or more years running). */
        PERSISTENT
    }

    /** What the OPD ranking of a year is based on. */
    @Translated({"opd.rankBasis.", "opd.rankBasis.short."})
    public enum RankBasis {
        /** The OPDs' own (internal) index, when the Pemda scored its OPDs that year. */
        OWN_INDEX,
        /** Without internal scores: official index points held, then points still possible. */
        POINTS_HELD
    }

    /**
     * The OPDs of a year, ranked (one rule for the list, the OPD page and the rakor): by their own
     * index when the Pemda scored its OPDs, else by the official index points they hold, then the
     * points still possible. Ties share a rank (standard competition ranking); rows are sorted by
     * rank, then name.
     *
     * @param pemdaEstimate the OPD indices aggregated as the scoring says
     * @param scoringIndicators code → name of the scoring framework's indicators, in order
     * @param basis what the ranks are based on
     * @param rankedCount how many OPDs have a rank (the "25" of "3 dari 25")
     * @param result the official figures the points come from (carries their provenance); empty when
     *     the year has none
     */
    public record Ranking(
            Instansi instansi,
            int year,
            Optional<OpdScoring> scoring,
            Optional<BigDecimal> pemdaEstimate,
            Map<String, String> scoringIndicators,
            List<Row> rows,
            RankBasis basis,
            int rankedCount,
            Optional<YearResult> result) {}

    /**
     * @param rank the OPD's rank under {@link Ranking#basis()}; 0 when it has none (by points: it
     *     leads no valued official indicator)
     * @param index the OPD's own index (null when it was not scored)
     * @param change against the previous year's own index
     * @param previousRank its rank by own index the year before (null when it or that year had none)
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
            Integer previousRank,
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

        public boolean ranked() {
            return rank > 0;
        }

        /** Places moved up since last year (negative: down); null when not comparable. */
        public Integer rankChange() {
            return previousRank == null || rank == 0 ? null : previousRank - rank;
        }

        /** The same row at another place in the ranking. */
        public Row withRank(int newRank) {
            return new Row(
                    newRank,
                    opd,
                    index,
                    change,
                    previousRank,
                    led,
                    weakLed,
                    pointsHeld,
                    pointsPossible,
                    scores,
                    reasons,
                    evidence);
        }

        /** The same row under another OPD record (the rakor's anonymous "OPD A"). */
        public Row withOpd(Opd shown) {
            return new Row(
                    rank,
                    shown,
                    index,
                    change,
                    previousRank,
                    led,
                    weakLed,
                    pointsHeld,
                    pointsPossible,
                    scores,
                    reasons,
                    evidence);
        }
    }

    /**
     * One OPD: its place in the ranking and the official indicators it answers for.
     *
     * @param scoringIndicators code → name of the questionnaire the OPD was scored on (empty when none)
     */
    public record Page(
            Instansi instansi,
            int year,
            Row row,
            List<OwnedIndicator> indicators,
            Map<String, String> scoringIndicators,
            RankBasis basis,
            int rankedCount) {}

    /**
     * @param role whether the OPD leads the indicator or supports it
     * @param values the indicator's shown value by year (years of the same framework)
     * @param gain index gain if it rose one level this year
     */
    public record OwnedIndicator(
            String code,
            String name,
            String groupName,
            OwnerRole role,
            BigDecimal weight,
            BigDecimal value,
            Map<Integer, BigDecimal> values,
            BigDecimal gain,
            boolean weak) {

        public boolean lead() {
            return role == OwnerRole.LEAD;
        }
    }
}
