package id.pantauspbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.base.Messages;
import id.pantauspbe.base.Texts;
import id.pantauspbe.engine.PredikatBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for presenting figures: settled results, provisional figures and changes. */
class PresentationRuleTest {

    private static final Texts ID = Messages::indonesian;
    private static final String F2020 = "PERMENPANRB-59-2020";
    private static final String F2026 = "PERMENPANRB-8-2026";

    private static YearResult result(int year, String framework, Stage stage, String value, int valued, int total) {
        boolean complete = valued == total;
        return new YearResult(
                "CONTOH",
                year,
                framework,
                stage,
                Provenance.of(stage, complete),
                new BigDecimal(value),
                new BigDecimal(value),
                Optional.of(new PredikatBand(3, "Baik", new BigDecimal("2.60"), new BigDecimal("3.50"))),
                complete,
                valued,
                total,
                false,
                List.of(),
                List.of(),
                Optional.empty());
    }

    @Test
    void aCompleteFinalResultIsSettledWithItsPredikatAndRank() {
        YearResult r = result(2025, F2020, Stage.FINAL, "3.98", 47, 47);
        assertThat(r.settled()).isTrue();
        assertThat(r.rankable()).isTrue();
        assertThat(FigureTexts.provisional(r, ID)).isEmpty();
        assertThat(FigureTexts.predikat(r, ID)).contains("Baik");
    }

    @Test
    void anIncompleteDraftHasNoPredikatNoRankAndSaysHowFarItIs() {
        YearResult r = result(2026, F2026, Stage.MANDIRI, "3.17", 14, 20);
        assertThat(r.settled()).isFalse();
        assertThat(r.rankable()).isFalse();
        assertThat(FigureTexts.predikat(r, ID)).isEmpty();
        assertThat(FigureTexts.provisional(r, ID))
                .contains("Draf penilaian mandiri · sementara, 14 dari 20 indikator bernilai");
    }

    @Test
    void aCompleteSelfAssessmentShowsItsPredikatAsProvisional() {
        YearResult r = result(2025, F2020, Stage.MANDIRI, "3.40", 47, 47);
        assertThat(r.settled()).isFalse();
        assertThat(r.rankable()).isFalse();
        assertThat(FigureTexts.predikat(r, ID)).contains("Baik (sementara)");
        assertThat(FigureTexts.provisional(r, ID)).contains("Penilaian mandiri · sementara, bukan hasil akhir resmi");
    }

    @Test
    void aChangeBetweenTwoCompleteResultsOfOneFrameworkIsANumber() {
        YearChange change = YearChange.between(
                Optional.of(result(2024, F2020, Stage.FINAL, "3.77", 47, 47)),
                Optional.of(result(2025, F2020, Stage.FINAL, "3.98", 47, 47)));
        assertThat(change.shown()).isTrue();
        assertThat(change.value()).isEqualByComparingTo("0.21");
        assertThat(change.provisional()).isFalse();
    }

    @Test
    void aChangeToAnIncompleteYearIsNeverANumber() {
        YearChange change = YearChange.between(
                Optional.of(result(2025, F2026, Stage.FINAL, "3.98", 20, 20)),
                Optional.of(result(2026, F2026, Stage.MANDIRI, "3.17", 14, 20)));
        assertThat(change.shown()).isFalse();
        assertThat(change.reason()).isEqualTo(YearChange.Unavailable.INCOMPLETE);
        assertThat(FigureTexts.changeUnavailable(change, ID)).get().asString().contains("belum lengkap");
    }

    @Test
    void aChangeAcrossAFrameworkBoundaryIsNeverANumber() {
        YearChange change = YearChange.between(
                Optional.of(result(2025, F2020, Stage.FINAL, "3.98", 47, 47)),
                Optional.of(result(2026, F2026, Stage.FINAL, "3.17", 20, 20)));
        assertThat(change.shown()).isFalse();
        assertThat(change.reason()).isEqualTo(YearChange.Unavailable.FRAMEWORK_CHANGED);
    }

    @Test
    void aChangeFromACompleteSelfAssessmentIsShownButProvisional() {
        YearChange change = YearChange.between(
                Optional.of(result(2024, F2020, Stage.FINAL, "3.77", 47, 47)),
                Optional.of(result(2025, F2020, Stage.MANDIRI, "3.40", 47, 47)));
        assertThat(change.shown()).isTrue();
        assertThat(change.provisional()).isTrue();
    }

    @Test
    void withoutAnEarlierYearThereIsNoChange() {
        YearChange change =
                YearChange.between(Optional.empty(), Optional.of(result(2018, F2020, Stage.FINAL, "2.10", 47, 47)));
        assertThat(change.reason()).isEqualTo(YearChange.Unavailable.NO_PREVIOUS);
    }
}
