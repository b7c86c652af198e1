package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.opd.OpdReport.WeakOpdReason;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpdRulesTest {

    private static final BigDecimal LOW = new BigDecimal("3.00");

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    @Test
    void tiesShareARankAndUnscoredOpdsComeLast() {
        List<BigDecimal> all = Arrays.asList(d("5.00"), d("5.00"), d("3.90"), null, d("1.95"));
        assertThat(OpdRules.rank(d("5.00"), all)).isEqualTo(1);
        assertThat(OpdRules.rank(d("3.90"), all)).isEqualTo(3);
        assertThat(OpdRules.rank(d("1.95"), all)).isEqualTo(4);
        assertThat(OpdRules.rank(null, all)).isEqualTo(5);
    }

    @Test
    void byPointsTiesShareARankAndOpdsLeadingNothingAreNotRanked() {
        OpdRules.Points a = new OpdRules.Points(d("0.50"), d("0.20"));
        OpdRules.Points b = new OpdRules.Points(d("0.50"), d("0.20"));
        OpdRules.Points c = new OpdRules.Points(d("0.50"), d("0.10"));
        OpdRules.Points e = new OpdRules.Points(d("0.10"), d("0.90"));
        List<OpdRules.Points> all = Arrays.asList(e, a, null, b, c);
        assertThat(OpdRules.rankByPoints(a, all)).isEqualTo(1);
        assertThat(OpdRules.rankByPoints(b, all)).isEqualTo(1);
        assertThat(OpdRules.rankByPoints(c, all)).isEqualTo(3);
        assertThat(OpdRules.rankByPoints(e, all)).isEqualTo(4);
        assertThat(OpdRules.rankByPoints(null, all)).isZero();
    }

    @Test
    void eachWeakReasonHasItsCause() {
        assertThat(OpdRules.reasons(d("2.99"), LOW, 0, null)).containsExactly(WeakOpdReason.LOW_INDEX);
        assertThat(OpdRules.reasons(d("3.00"), LOW, 0, null)).isEmpty();
        assertThat(OpdRules.reasons(null, LOW, 2, null)).containsExactly(WeakOpdReason.LEADS_WEAK);
        EvidenceSummary late = new EvidenceSummary(1, 6, 0, 3, 3, 0, 6);
        assertThat(OpdRules.reasons(d("4.00"), LOW, 0, late))
                .containsExactly(WeakOpdReason.OVERDUE_EVIDENCE, WeakOpdReason.REJECTED_EVIDENCE);
        EvidenceSummary done = new EvidenceSummary(1, 4, 4, 0, 0, 0, 0);
        assertThat(OpdRules.reasons(d("5.00"), LOW, 0, done)).isEmpty();
    }

    @Test
    void theEstimateIsAMeanOrAWeightedMeanOfTheScoredOpds() {
        List<OpdRules.Weighted> opds = List.of(
                new OpdRules.Weighted(d("5.00"), d("2.75")),
                new OpdRules.Weighted(d("2.00"), d("0.25")),
                new OpdRules.Weighted(null, d("10")),
                new OpdRules.Weighted(d("3.00"), BigDecimal.ZERO));
        // mean of 5, 2 and 3
        assertThat(OpdRules.estimate(OpdScoring.Aggregation.MEAN, opds)).contains(d("3.33"));
        // (5 * 2.75 + 2 * 0.25) / 3 = 4.75; the unscored OPD and the one leading nothing do not count
        assertThat(OpdRules.estimate(OpdScoring.Aggregation.WEIGHTED, opds)).contains(d("4.75"));
        assertThat(OpdRules.estimate(OpdScoring.Aggregation.MEAN, List.of())).isEmpty();
    }

    @Test
    void theEstimateRoundsHalfUpOnTheExactMean() {
        // (2.505 * 1 + 2.505 * 1) / 2 = 2.505 -> 2.51
        List<OpdRules.Weighted> opds = List.of(
                new OpdRules.Weighted(d("2.505"), BigDecimal.ONE), new OpdRules.Weighted(d("2.505"), BigDecimal.ONE));
        assertThat(OpdRules.estimate(OpdScoring.Aggregation.MEAN, opds)).contains(d("2.51"));
    }
}
