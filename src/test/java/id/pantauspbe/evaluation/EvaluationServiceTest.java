package id.pantauspbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.engine.PredikatBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

@AppTest
class EvaluationServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityStrategy;

    @org.junit.jupiter.api.BeforeEach
    void signInAsCoordinator() {
        id.pantauspbe.SignIn.as(securityStrategy, "koordinator", id.pantauspbe.access.Role.ADMIN);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        securityStrategy.clearContext();
    }

    @Autowired
    EvaluationService evaluation;

    @Autowired
    TargetService targets;

    @Test
    void homePemdaHasFinalResultsAndADraftSelfAssessment() {
        assertThat(evaluation.home()).map(Instansi::code).contains("CONTOH");
        List<YearResult> history = evaluation.history("CONTOH");
        assertThat(history)
                .extracting(YearResult::year)
                .containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        YearResult y2021 = history.get(3);
        assertThat(y2021.value()).isEqualByComparingTo("2.51");
        assertThat(y2021.stage()).isEqualTo(Stage.FINAL);
        assertThat(y2021.provenance()).isEqualTo(Provenance.RESMI);
        assertThat(y2021.frameworkCode()).isEqualTo("PERMENPANRB-59-2020");
        assertThat(y2021.predikat()).map(PredikatBand::name).contains("Cukup");
        YearResult y2026 = history.getLast();
        assertThat(y2026.stage()).isEqualTo(Stage.MANDIRI);
        assertThat(y2026.provenance()).isEqualTo(Provenance.DRAF);
        assertThat(y2026.complete()).isFalse();
        assertThat(y2026.valuedIndicators()).isEqualTo(14);
        assertThat(y2026.totalIndicators()).isEqualTo(20);
        assertThat(y2026.domains()).isEmpty();
        assertThat(y2026.aspects()).hasSize(7);
    }

    @Test
    void selfAssessmentOfAYearIsKeptBesideTheFinalResult() {
        YearResult mandiri = evaluation.result("CONTOH", 2021, Stage.MANDIRI).orElseThrow();
        YearResult fin = evaluation.result("CONTOH", 2021, Stage.FINAL).orElseThrow();
        assertThat(mandiri.provenance()).isEqualTo(Provenance.MANDIRI);
        assertThat(mandiri.exact()).isGreaterThan(fin.exact());
    }

    @Test
    void peersHavePublishedTotalsOnly() {
        YearResult rembang = evaluation.result("REMBANG", 2021).orElseThrow();
        assertThat(rembang.totalsOnly()).isTrue();
        assertThat(rembang.value()).isEqualByComparingTo("2.76");
        assertThat(rembang.predikat()).map(PredikatBand::name).contains("Baik");
        assertThat(rembang.detail()).isEmpty();
        assertThat(rembang.domains())
                .extracting(Figure::name, f -> f.value().toPlainString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Manajemen SPBE", "1.00"),
                        org.assertj.core.groups.Tuple.tuple("Layanan SPBE", "3.69"));
        assertThat(targets.indexTarget("REMBANG", 2022))
                .map(Target::value)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.20"));
        assertThat(evaluation.history("NASIONAL")).hasSize(7);
    }

    @Test
    void valuesOutsideTheScaleAreNotStored() {
        Map<String, BigDecimal> bad = Map.of("I1", new BigDecimal("7"));
        assertThatThrownBy(() -> evaluation.saveValues("CONTOH", 2030, Stage.MANDIRI, bad, "test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(evaluation.result("CONTOH", 2030)).isEmpty();
    }

    @Test
    @Transactional
    void savingTheSameValuesAgainChangesNothing() {
        Map<String, BigDecimal> values = Map.of("I1", new BigDecimal("3.25"), "I2", new BigDecimal("4"));
        assertThat(evaluation.saveValues("CONTOH", 2031, Stage.MANDIRI, values, "test"))
                .isEqualTo(new EvaluationService.SaveCount(2, 0, 0));
        assertThat(evaluation.saveValues("CONTOH", 2031, Stage.MANDIRI, values, "test"))
                .isEqualTo(new EvaluationService.SaveCount(0, 0, 2));
        assertThat(evaluation.saveValues("CONTOH", 2031, Stage.MANDIRI, Map.of("I1", new BigDecimal("3.5")), "test"))
                .isEqualTo(new EvaluationService.SaveCount(0, 1, 0));
        assertThat(evaluation
                        .result("CONTOH", 2031, Stage.MANDIRI)
                        .orElseThrow()
                        .valuedIndicators())
                .isEqualTo(2);
    }

    @AfterTransaction
    void nothingOf2031IsLeft() {
        assertThat(evaluation.result("CONTOH", 2031)).isEmpty();
    }
}
