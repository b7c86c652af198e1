package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.annotation.Transactional;

@AppTest
class OpdServiceTest {

    @Autowired
    OpdService service;

    @Autowired
    OwnershipService ownerships;

    @Autowired
    OpdRankingService rankings;

    @Autowired
    OpdScoringService scorings;

    @Autowired
    EvaluationService evaluation;

    private Instansi contoh() {
        return evaluation.find("CONTOH").orElseThrow();
    }

    private Opd opd(String shortName) {
        return service.findByShortName("CONTOH", shortName).orElseThrow();
    }

    @Test
    void defaultOwnersAreAssignedForEveryYear() {
        Map<String, Ownership> y2021 = ownerships.ownership("CONTOH", 2021);
        assertThat(y2021).hasSize(47);
        assertThat(y2021.get("I32").leadOpdId()).isEqualTo(opd("Bappeda").id());
        assertThat(y2021.get("I13").supportOpdIds())
                .containsExactlyInAnyOrder(opd("Bappeda").id(), opd("BPKAD").id());
        Map<String, Ownership> y2026 = ownerships.ownership("CONTOH", 2026);
        assertThat(y2026).hasSize(20);
        assertThat(y2026.get("I3").leadOpdId()).isEqualTo(opd("BKPSDM").id());
        assertThat(OwnershipService.expand("I1-I3;I7")).containsExactly("I1", "I2", "I3", "I7");
    }

    @Test
    void rankingShowsAWeakDinasSosialAndBappedaAndBkpsdmAtTheTop() {
        OpdReport.Ranking ranking = rankings.ranking(contoh(), 2025);
        assertThat(ranking.rows()).hasSize(26);
        assertThat(ranking.rows().subList(0, 2))
                .extracting(r -> r.opd().shortName())
                .containsExactlyInAnyOrder("Bappeda", "BKPSDM");
        assertThat(ranking.rows().getFirst().index()).isEqualByComparingTo("5.00");
        assertThat(ranking.rows().getFirst().rank()).isEqualTo(1);
        assertThat(ranking.rows().get(1).rank()).isEqualTo(1);
        OpdReport.Row dinsos = ranking.rows().getLast();
        assertThat(dinsos.opd().shortName()).isEqualTo("Dinsos");
        assertThat(dinsos.reasons()).contains(OpdReport.WeakOpdReason.LOW_INDEX);
        assertThat(dinsos.change()).isPositive();
        // mean of 26 OPD indices, shown with two decimals
        assertThat(ranking.pemdaEstimate()).isPresent();
        assertThat(ranking.scoringIndicators()).hasSize(9);
    }

    @Test
    void evidenceMakesDinasSosialWeakIn2026() {
        OpdReport.Ranking ranking = rankings.ranking(contoh(), 2026);
        OpdReport.Row dinsos = ranking.rows().stream()
                .filter(r -> r.opd().shortName().equals("Dinsos"))
                .findFirst()
                .orElseThrow();
        assertThat(dinsos.reasons())
                .contains(OpdReport.WeakOpdReason.OVERDUE_EVIDENCE, OpdReport.WeakOpdReason.REJECTED_EVIDENCE);
        assertThat(dinsos.evidence().verified()).isZero();
        OpdReport.Row bappeda = ranking.rows().stream()
                .filter(r -> r.opd().shortName().equals("Bappeda"))
                .findFirst()
                .orElseThrow();
        assertThat(bappeda.evidence().complete()).isTrue();
        assertThat(bappeda.reasons()).doesNotContain(OpdReport.WeakOpdReason.OVERDUE_EVIDENCE);
    }

    @Test
    void diskominfoHoldsMostOfTheIndexPoints() {
        OpdReport.Ranking ranking = rankings.ranking(contoh(), 2021);
        OpdReport.Row kominfo = ranking.rows().stream()
                .filter(r -> r.opd().shortName().equals("Diskominfo"))
                .findFirst()
                .orElseThrow();
        BigDecimal total =
                ranking.rows().stream().map(OpdReport.Row::pointsHeld).reduce(BigDecimal.ZERO, BigDecimal::add);
        // every 2021 indicator has a lead, so the points held add up to the exact index 2.505
        assertThat(total).isEqualByComparingTo("2.505");
        assertThat(kominfo.led()).isEqualTo(33);
        assertThat(kominfo.weakLed()).isPositive();
        assertThat(kominfo.reasons()).contains(OpdReport.WeakOpdReason.LEADS_WEAK);
        assertThat(kominfo.pointsPossible()).isPositive();
    }

    @Test
    void withoutInternalScoresOpdsAreRankedByIndexPointsHeld() {
        OpdReport.Ranking ranking = rankings.ranking(contoh(), 2021);
        assertThat(ranking.basis()).isEqualTo(OpdReport.RankBasis.POINTS_HELD);
        assertThat(ranking.rows().getFirst().opd().shortName()).isEqualTo("Diskominfo");
        assertThat(ranking.rows().getFirst().rank()).isEqualTo(1);
        List<OpdReport.Row> ranked =
                ranking.rows().stream().filter(OpdReport.Row::ranked).toList();
        assertThat(ranking.rankedCount()).isEqualTo(ranked.size()).isGreaterThan(1);
        assertThat(ranked).isSortedAccordingTo((a, b) -> Integer.compare(a.rank(), b.rank()));
        assertThat(ranked).isSortedAccordingTo((a, b) -> b.pointsHeld().compareTo(a.pointsHeld()));
        // unranked OPDs (leading no valued indicator) come after the ranked ones
        assertThat(ranking.rows().subList(ranked.size(), ranking.rows().size()))
                .allSatisfy(r -> assertThat(r.ranked()).isFalse());
        // the OPD page shows the same rank
        OpdReport.Row third = ranked.get(2);
        assertThat(rankings.page(contoh(), third.opd().id(), 2021)
                        .orElseThrow()
                        .row()
                        .rank())
                .isEqualTo(third.rank());
        assertThat(rankings.ranking(contoh(), 2025).basis()).isEqualTo(OpdReport.RankBasis.OWN_INDEX);
    }

    @Test
    void theOpdPageListsItsIndicatorsWithTheLargestGainFirst() {
        OpdReport.Page page = rankings.page(contoh(), opd("BPKAD").id(), 2024).orElseThrow();
        assertThat(page.indicators()).extracting(OpdReport.OwnedIndicator::code).contains("I33", "I34", "I38", "I13");
        List<OpdReport.OwnedIndicator> led = page.indicators().stream()
                .filter(OpdReport.OwnedIndicator::lead)
                .toList();
        assertThat(led).extracting(OpdReport.OwnedIndicator::code).containsExactlyInAnyOrder("I33", "I34", "I38");
        assertThat(led).isSortedAccordingTo((a, b) -> b.gain().compareTo(a.gain()));
        assertThat(led.getFirst().values()).containsKeys(2021, 2024, 2025);
    }

    /** Changes the demo data in the test's transaction, which Spring rolls back afterwards. */
    @Test
    @Transactional
    @WithMockUser(roles = "ADMIN")
    void anAdminEditsOwnershipAndCopiesLastYear() {
        ownerships.saveOwnership(
                "CONTOH",
                2023,
                new Ownership(
                        "I44", opd("Diskominfo").id(), List.of(opd("Bag. Hukum").id())));
        assertThat(ownerships.ownership("CONTOH", 2023).get("I44").leadOpdId())
                .isEqualTo(opd("Diskominfo").id());
        assertThat(ownerships.copyOwnership("CONTOH", 2023, 2024)).isPositive();
        assertThat(ownerships.ownership("CONTOH", 2024).get("I44").leadOpdId())
                .isEqualTo(opd("Diskominfo").id());
        assertThatThrownBy(() -> ownerships.copyOwnership("CONTOH", 2025, 2026))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Tidak dapat disalin: tahun 2025 dan tahun 2026 memakai kerangka evaluasi yang berbeda.");
        // a code outside the year's framework is a programming error: the view offers only its indicators
        assertThatThrownBy(() -> ownerships.saveOwnership("CONTOH", 2023, new Ownership("I48", null, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Transactional
    @WithMockUser(roles = "ASESOR")
    void aScoreOffTheIndicatorsScaleIsRefusedInWordsAndNothingIsStored() {
        Opd dishub = opd("Dishub");
        BigDecimal before = scorings.scores("CONTOH", 2025).get(dishub.id()).get("I1");
        assertThatThrownBy(() -> scorings.saveScores("CONTOH", 2025, dishub.id(), Map.of("I1", new BigDecimal("7"))))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Skor I1 untuk Dishub (7) di luar skala indikator itu, 1 sampai 5; nilai sebelumnya"
                        + " dikembalikan.");
        assertThat(scorings.scores("CONTOH", 2025).get(dishub.id()).get("I1")).isEqualByComparingTo(before);
    }

    private Map<String, Ownership> demo2023;
    private Map<String, Ownership> demo2024;

    @BeforeTransaction
    void keepTheDemoOwnership() {
        demo2023 = ownerships.ownership("CONTOH", 2023);
        demo2024 = ownerships.ownership("CONTOH", 2024);
    }

    /** What a transactional test changed is gone with its rollback, the copy into 2024 included. */
    @AfterTransaction
    void theDemoOwnershipIsBack() {
        assertThat(ownerships.ownership("CONTOH", 2023)).isEqualTo(demo2023);
        assertThat(ownerships.ownership("CONTOH", 2024)).isEqualTo(demo2024);
    }

    @Test
    @WithMockUser(roles = "PIMPINAN")
    void aKadisChangesNothing() {
        assertThatThrownBy(() -> ownerships.saveOwnership("CONTOH", 2023, new Ownership("I44", null, List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.save("CONTOH", null, "Dinas Baru", "Baru", "Dinas"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
