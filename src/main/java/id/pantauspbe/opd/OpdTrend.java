package id.pantauspbe.opd;

import id.pantauspbe.evaluation.Instansi;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OPDs of an instansi across years: each year's value is the OPD's own index where the Pemda
 * scored its OPDs that year, otherwise the official index points held of the indicators it leads
 * (labelled by {@link OpdReport.RankBasis}); the rank is that year's OPD ranking.
 *
 * @param years the years shown, ascending
 * @param bases the basis of each year
 * @param series one per OPD of the registry, in the order of the latest ranking
 */
public record OpdTrend(
        Instansi instansi, List<Integer> years, Map<Integer, OpdReport.RankBasis> bases, List<Series> series) {

    /** How an OPD's line is drawn: weak now, among the most improved, or muted. */
    public enum Highlight {
        WEAK,
        IMPROVED,
        MUTED
    }

    /**
     * @param points by year; a year the OPD has no figure for is absent
     * @param weakSince the first year of the run of weak years (own index below 3,00) that reaches
     *     the latest scored year, when that run is two years or longer; empty otherwise
     * @param improvement own index of the latest scored year minus that of the first scored year
     *     shown (null with fewer than two scored years)
     */
    public record Series(
            Opd opd,
            Map<Integer, Point> points,
            Optional<Integer> weakSince,
            BigDecimal improvement,
            Highlight highlight) {

        public Optional<Point> latest() {
            return points.values().stream().reduce((a, b) -> b);
        }
    }

    /**
     * @param value the own index (basis OWN_INDEX) or the index points held (POINTS_HELD)
     * @param rank in that year's ranking (0 = unranked), of {@code rankedCount}
     * @param weak own index below 3,00 (never for a year ranked by points)
     */
    public record Point(
            int year,
            BigDecimal value,
            OpdReport.RankBasis basis,
            int rank,
            int rankedCount,
            BigDecimal pointsHeld,
            boolean weak) {}
}
