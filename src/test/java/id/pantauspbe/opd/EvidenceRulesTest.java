package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void anItemIsOverdueAfterItsDueDateUnlessVerified() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(EvidenceRules.overdue(EvidenceStatus.BELUM, yesterday, TODAY))
                .isTrue();
        assertThat(EvidenceRules.overdue(EvidenceStatus.DIUNGGAH, yesterday, TODAY))
                .isTrue();
        assertThat(EvidenceRules.overdue(EvidenceStatus.DITOLAK, yesterday, TODAY))
                .isTrue();
        assertThat(EvidenceRules.overdue(EvidenceStatus.DIVERIFIKASI, yesterday, TODAY))
                .isFalse();
    }

    @Test
    void theDueDayItselfAndItemsWithoutADateAreNotOverdue() {
        assertThat(EvidenceRules.overdue(EvidenceStatus.BELUM, TODAY, TODAY)).isFalse();
        assertThat(EvidenceRules.overdue(EvidenceStatus.BELUM, null, TODAY)).isFalse();
    }

    @Test
    void completenessIsVerifiedOverTotal() {
        assertThat(EvidenceRules.completeness(3, 4)).isEqualByComparingTo("0.75");
        assertThat(EvidenceRules.completeness(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(EvidenceRules.completeness(0, 5)).isEqualByComparingTo("0");
        assertThat(EvidenceRules.completeness(0, 0)).isEqualByComparingTo("1");
    }

    @Test
    void daysRemainingArePositiveAheadAndNegativeWhenPassed() {
        assertThat(EvidenceRules.daysRemaining(LocalDate.of(2026, 12, 11), TODAY))
                .isEqualTo(18);
        assertThat(EvidenceRules.daysRemaining(LocalDate.of(2026, 6, 18), TODAY))
                .isEqualTo(-158);
        assertThat(EvidenceRules.daysRemaining(TODAY, TODAY)).isZero();
    }

    @Test
    void theNextLevelIsTheFloorPlusOne() {
        assertThat(EvidenceRules.nextLevel(new BigDecimal("3.25"))).isEqualTo(4);
        assertThat(EvidenceRules.nextLevel(new BigDecimal("3.00"))).isEqualTo(4);
        assertThat(EvidenceRules.nextLevel(new BigDecimal("2.99"))).isEqualTo(3);
        assertThat(EvidenceRules.nextLevel(null)).isEqualTo(1);
    }

    @Test
    void nextLevelNeedsAreTheUnverifiedItemsOfThatLevel() {
        EvidenceItem general = item(1, null, EvidenceStatus.BELUM);
        EvidenceItem level4Missing = item(2, "4", EvidenceStatus.BELUM);
        EvidenceItem level4Verified = item(3, "4", EvidenceStatus.DIVERIFIKASI);
        EvidenceItem level4Rejected = item(4, "4", EvidenceStatus.DITOLAK);
        EvidenceItem level5 = item(5, "5", EvidenceStatus.BELUM);
        List<EvidenceItem> all = List.of(general, level4Missing, level4Verified, level4Rejected, level5);

        assertThat(EvidenceRules.nextLevelNeeds(all, new BigDecimal("3.25")))
                .containsExactly(level4Missing, level4Rejected);
        assertThat(EvidenceRules.nextLevelNeeds(all, new BigDecimal("5.00"))).isEmpty();
    }

    @Test
    void summariesCountByOpdAndStatus() {
        LocalDate past = TODAY.minusDays(10);
        List<EvidenceItem> items = List.of(
                item(1, 7L, EvidenceStatus.DIVERIFIKASI, past),
                item(2, 7L, EvidenceStatus.DIUNGGAH, past),
                item(3, 7L, EvidenceStatus.DITOLAK, TODAY.plusDays(3)),
                item(4, 7L, EvidenceStatus.BELUM, null),
                item(5, 9L, EvidenceStatus.DIVERIFIKASI, past),
                item(6, null, EvidenceStatus.BELUM, past));

        var summaries = EvidenceRules.summaryByOpd(items, TODAY);

        assertThat(summaries).containsOnlyKeys(7L, 9L);
        assertThat(summaries.get(7L)).isEqualTo(new EvidenceSummary(7L, 4, 1, 1, 1, 1, 1));
        assertThat(summaries.get(7L).completeness()).isEqualByComparingTo("0.25");
        assertThat(summaries.get(9L).complete()).isTrue();
    }

    static EvidenceItem item(long id, String level, EvidenceStatus status) {
        return new EvidenceItem(
                id,
                "X",
                2030,
                "I1",
                "Indikator",
                level == null ? null : new BigDecimal(level),
                "Dokumen " + id,
                null,
                null,
                status,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                0);
    }

    static EvidenceItem item(long id, Long opd, EvidenceStatus status, LocalDate due) {
        return new EvidenceItem(
                id,
                "X",
                2030,
                "I1",
                "Indikator",
                null,
                "Dokumen " + id,
                opd,
                null,
                status,
                null,
                due,
                null,
                null,
                null,
                false,
                null,
                null,
                0);
    }
}
