package id.pantauspbe.opd;

import id.pantauspbe.engine.IndexMath;
import id.pantauspbe.opd.OpdReport.WeakOpdReason;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plain rules of the OPD ranking: ranks with ties, weak-OPD reasons and the Pemda estimate. */
final class OpdRules {

    private OpdRules() {}

    /** An OPD's index (null when not scored) and its weight in a weighted estimate. */
    record Weighted(BigDecimal index, BigDecimal weight) {}

    /**
     * Competition ranking: 1 + the number of indices strictly higher; OPDs without an index come
     * after all that have one.
     */
    static int rank(BigDecimal index, List<BigDecimal> all) {
        long higher = index == null
                ? all.stream().filter(i -> i != null).count()
                : all.stream().filter(i -> i != null && i.compareTo(index) > 0).count();
        return (int) higher + 1;
    }

    /** An OPD's official index points: those it holds and those it could still add. */
    record Points(BigDecimal held, BigDecimal possible) implements Comparable<Points> {

        /** More points held first, then more points still possible. */
        @Override
        public int compareTo(Points other) {
            int byHeld = other.held.compareTo(held);
            return byHeld != 0 ? byHeld : other.possible.compareTo(possible);
        }
    }

    /**
     * Standard competition ranking by index points held, then points still possible: 1 + the
     * number of OPDs strictly ahead; equal points share a rank. An OPD leading no valued indicator
     * ({@code null}) is not ranked (0).
     */
    static int rankByPoints(Points points, List<Points> all) {
        if (points == null) {
            return 0;
        }
        return (int) all.stream()
                        .filter(p -> p != null && p.compareTo(points) < 0)
                        .count()
                + 1;
    }

    static Set<WeakOpdReason> reasons(
            BigDecimal index, BigDecimal lowIndex, int weakIndicatorsLed, EvidenceSummary evidence) {
        Set<WeakOpdReason> reasons = EnumSet.noneOf(WeakOpdReason.class);
        if (index != null && index.compareTo(lowIndex) < 0) {
            reasons.add(WeakOpdReason.LOW_INDEX);
        }
        if (weakIndicatorsLed > 0) {
            reasons.add(WeakOpdReason.LEADS_WEAK);
        }
        if (evidence != null && evidence.overdue() > 0) {
            reasons.add(WeakOpdReason.OVERDUE_EVIDENCE);
        }
        if (evidence != null && evidence.rejected() > 0) {
            reasons.add(WeakOpdReason.REJECTED_EVIDENCE);
        }
        return reasons;
    }

    /** Weak two years running: the own index below {@code lowIndex} this year and the year before. */
    static boolean persistentlyWeak(BigDecimal index, BigDecimal previous, BigDecimal lowIndex) {
        return index != null && previous != null && index.compareTo(lowIndex) < 0 && previous.compareTo(lowIndex) < 0;
    }

    /**
     * The Pemda estimate: the mean of the OPD indices, or their mean weighted by the given weights
     * (OPDs without an index, or with weight 0, do not count); two decimals half-up; empty when no
     * OPD counts.
     */
    static Optional<BigDecimal> estimate(OpdScoring.Aggregation aggregation, List<Weighted> opds) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted o : opds) {
            if (o.index() == null) {
                continue;
            }
            BigDecimal w = aggregation == OpdScoring.Aggregation.WEIGHTED ? o.weight() : BigDecimal.ONE;
            sum = sum.add(o.index().multiply(w));
            weights = weights.add(w);
        }
        return Optional.ofNullable(IndexMath.weightedMean(sum, weights)).map(IndexMath::display);
    }
}
