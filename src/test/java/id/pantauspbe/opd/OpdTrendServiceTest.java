package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.opd.OpdReport.RankBasis;
import id.pantauspbe.opd.OpdReport.Ranking;
import id.pantauspbe.opd.OpdReport.Row;
import id.pantauspbe.opd.OpdTrend.Highlight;
import id.pantauspbe.opd.OpdTrend.Series;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OPD trend: hand-made rankings for the rules, and the demo's stories on the real database. */
class OpdTrendServiceTest {

    private static final Instansi X = new Instansi("X", "Kabupaten X", Instansi.Kind.PEMDA, "Jawa Tengah", true);
    private static final Opd A = new Opd(1, "X", "Dinas A", "A", "Dinas");
    private static final Opd B = new Opd(2, "X", "Dinas B", "B", "Dinas");
    private static final Opd C = new Opd(3, "X", "Badan C", "C", "Badan");

    private static Row row(Opd opd, int rank, String index, String held) {
        return new Row(
                rank,
                opd,
                index == null ? null : new BigDecimal(index),
                null,
                null,
                held == null ? 0 : 2,
                0,
                held == null ? BigDecimal.ZERO : new BigDecimal(held),
                BigDecimal.ZERO,
                Map.of(),
                Set.of(),
                null);
    }

    private static Ranking ranking(int year, RankBasis basis, Row... rows) {
        int ranked = (int) List.of(rows).stream().filter(Row::ranked).count();
        return new Ranking(
                X, year, Optional.empty(), Optional.empty(), Map.of(), List.of(rows), basis, ranked, Optional.empty());
    }

    private static Series of(OpdTrend trend, Opd opd) {
        return trend.series().stream()
                .filter(s -> s.opd().equals(opd))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aYearWithoutScoresCarriesPointsHeldAndIsNeitherWeakNorCountedAsImprovement() {
        Map<Integer, Ranking> byYear = new TreeMap<>();
        byYear.put(2021, ranking(2021, RankBasis.POINTS_HELD, row(A, 1, null, "0.300"), row(B, 2, null, "0.100")));
        byYear.put(2022, ranking(2022, RankBasis.OWN_INDEX, row(A, 2, "2.50", "0.300"), row(B, 1, "3.40", "0.100")));
        byYear.put(2023, ranking(2023, RankBasis.OWN_INDEX, row(A, 2, "2.80", "0.300"), row(B, 1, "4.10", "0.100")));
        OpdTrend trend = OpdTrendService.assemble(X, byYear);
        assertThat(trend.years()).containsExactly(2021, 2022, 2023);
        assertThat(trend.bases()).containsEntry(2021, RankBasis.POINTS_HELD).containsEntry(2022, RankBasis.OWN_INDEX);
        Series a = of(trend, A);
        assertThat(a.points().get(2021).value()).isEqualByComparingTo("0.300");
        assertThat(a.points().get(2021).weak()).isFalse();
        assertThat(a.points().get(2022).weak()).isTrue();
        assertThat(a.weakSince()).contains(2022);
        assertThat(a.improvement()).isEqualByComparingTo("0.30");
        assertThat(a.highlight()).isEqualTo(Highlight.WEAK);
        Series b = of(trend, B);
        assertThat(b.improvement()).isEqualByComparingTo("0.70");
        assertThat(b.highlight()).isEqualTo(Highlight.IMPROVED);
        // the order of the latest ranking
        assertThat(trend.series()).extracting(Series::opd).containsExactly(B, A);
    }

    @Test
    void anOpdAddedInALaterYearHasPointsFromThatYearOnly() {
        Map<Integer, Ranking> byYear = new TreeMap<>();
        byYear.put(2023, ranking(2023, RankBasis.OWN_INDEX, row(A, 1, "3.50", null)));
        byYear.put(2024, ranking(2024, RankBasis.OWN_INDEX, row(A, 1, "3.60", null), row(C, 2, "2.10", null)));
        OpdTrend trend = OpdTrendService.assemble(X, byYear);
        Series c = of(trend, C);
        assertThat(c.points()).containsOnlyKeys(2024);
        assertThat(c.improvement()).isNull();
        // weak in its only year: weak now, but not "weak since" (that needs two years running)
        assertThat(c.weakSince()).isEmpty();
        assertThat(c.highlight()).isEqualTo(Highlight.WEAK);
    }

    @Test
    void tiesShareARankAndAGapBreaksAWeakRun() {
        Map<Integer, Ranking> byYear = new TreeMap<>();
        byYear.put(2022, ranking(2022, RankBasis.OWN_INDEX, row(A, 1, "2.00", null), row(B, 1, "2.00", null)));
        byYear.put(2023, ranking(2023, RankBasis.OWN_INDEX, row(A, 1, "3.20", null), row(B, 2, "2.40", null)));
        byYear.put(2024, ranking(2024, RankBasis.OWN_INDEX, row(A, 1, "2.90", null), row(B, 1, "2.90", null)));
        byYear.put(2025, ranking(2025, RankBasis.OWN_INDEX, row(A, 2, "2.95", null), row(B, 1, "3.00", null)));
        OpdTrend trend = OpdTrendService.assemble(X, byYear);
        assertThat(of(trend, A).points().get(2022).rank()).isEqualTo(1);
        assertThat(of(trend, B).points().get(2022).rank()).isEqualTo(1);
        // A: weak 2022, fine 2023, weak 2024 and 2025 -> since 2024
        assertThat(of(trend, A).weakSince()).contains(2024);
        // B: weak 2022-2024, 3,00 in 2025 is not below 3,00 -> not weak now
        assertThat(of(trend, B).weakSince()).isEmpty();
        assertThat(of(trend, B).highlight()).isEqualTo(Highlight.IMPROVED);
    }

    @Test
    void aRunOfWeakYearsNeedsConsecutiveYears() {
        Map<Integer, OpdTrend.Point> points = new LinkedHashMap<>();
        points.put(
                2022,
                new OpdTrend.Point(2022, new BigDecimal("2.5"), RankBasis.OWN_INDEX, 1, 2, BigDecimal.ZERO, true));
        points.put(
                2024,
                new OpdTrend.Point(2024, new BigDecimal("2.5"), RankBasis.OWN_INDEX, 1, 2, BigDecimal.ZERO, true));
        assertThat(OpdTrendService.weakSince(points)).isEmpty();
    }

    /** The demo's stories. */
    @Nested
    @AppTest
    class Demo {

        @Autowired
        OpdTrendService trends;

        @Autowired
        OpdRankingService rankings;

        @Autowired
        EvaluationService evaluation;

        private Instansi contoh() {
            return evaluation.find("CONTOH").orElseThrow();
        }

        private Series series(OpdTrend trend, String shortName) {
            return trend.series().stream()
                    .filter(s -> s.opd().shortName().equals(shortName))
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void dinasSosialIsWeakSince2023AndDisdukcapilRecoveredIn2024() {
            OpdTrend trend = trends.trend(contoh(), null);
            assertThat(trend.years()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
            assertThat(trend.bases().get(2021)).isEqualTo(RankBasis.POINTS_HELD);
            assertThat(trend.bases().get(2025)).isEqualTo(RankBasis.OWN_INDEX);
            Series dinsos = series(trend, "Dinsos");
            assertThat(dinsos.weakSince()).contains(2023);
            assertThat(dinsos.highlight()).isEqualTo(Highlight.WEAK);
            assertThat(dinsos.points().get(2022).weak()).isFalse();
            Series disdukcapil = series(trend, "Disdukcapil");
            assertThat(disdukcapil.points().get(2022).weak()).isTrue();
            assertThat(disdukcapil.points().get(2023).weak()).isTrue();
            assertThat(disdukcapil.points().get(2024).weak()).isFalse();
            assertThat(disdukcapil.weakSince()).isEmpty();
            assertThat(disdukcapil.highlight()).isEqualTo(Highlight.IMPROVED);
            Series brida = series(trend, "BRIDA");
            assertThat(brida.points()).containsOnlyKeys(2024, 2025, 2026);
        }

        @Test
        void theRankingShowsTheMoveInRankAndThePersistentReason() {
            OpdReport.Ranking y2025 = rankings.ranking(contoh(), 2025);
            OpdReport.Row dinsos = y2025.rows().stream()
                    .filter(r -> r.opd().shortName().equals("Dinsos"))
                    .findFirst()
                    .orElseThrow();
            assertThat(dinsos.reasons())
                    .contains(OpdReport.WeakOpdReason.PERSISTENT, OpdReport.WeakOpdReason.LOW_INDEX);
            assertThat(dinsos.previousRank()).isNotNull();
            OpdReport.Row disdukcapil2024 = rankings.ranking(contoh(), 2024).rows().stream()
                    .filter(r -> r.opd().shortName().equals("Disdukcapil"))
                    .findFirst()
                    .orElseThrow();
            assertThat(disdukcapil2024.rankChange()).isPositive();
            assertThat(disdukcapil2024.reasons()).doesNotContain(OpdReport.WeakOpdReason.PERSISTENT);
            // 2021 has no questionnaire: no previous rank in 2022
            assertThat(rankings.ranking(contoh(), 2022).rows())
                    .allSatisfy(r -> assertThat(r.previousRank()).isNull());
        }
    }
}
