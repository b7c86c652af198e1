package id.pantauspbe.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.YearChange;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class OverviewServiceTest {

    @Autowired
    OverviewService service;

    @Test
    void overview2021ShowsTheDropAfterTheFrameworkChange() {
        Overview o = service.overview("CONTOH", 2021).orElseThrow();
        assertThat(o.year()).isEqualTo(2021);
        assertThat(o.current().map(YearResult::value))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.51"));
        assertThat(o.current().flatMap(YearResult::predikat).map(PredikatBand::name))
                .contains("Cukup");
        assertThat(o.previous().map(YearResult::year)).contains(2020);
        // 2020 -> 2021 crosses the framework boundary: no change as a number, and why
        assertThat(o.change()).isEmpty();
        assertThat(o.yearChange().reason()).isEqualTo(YearChange.Unavailable.FRAMEWORK_CHANGED);
        assertThat(o.comparableYear()).isEmpty();
        assertThat(o.changeAcrossFrameworks()).isTrue();
        assertThat(o.target().map(Target::value))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.20"));
        assertThat(o.gapToTarget()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("-0.69"));
        assertThat(o.breakdownByAspect()).isFalse();
        assertThat(o.breakdownComparable()).isFalse();
        assertThat(o.breakdown())
                .extracting(Overview.BreakdownRow::name)
                .containsExactly("Kebijakan Internal SPBE", "Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE");
        Overview.BreakdownRow manajemen = o.breakdown().get(2);
        assertThat(manajemen.value()).isEqualByComparingTo("1.00");
        assertThat(manajemen.previousValue()).isNull();
        Overview.BreakdownRow layanan = o.breakdown().get(3);
        assertThat(layanan.value()).isEqualByComparingTo("3.69");
        assertThat(layanan.previousValue()).isEqualByComparingTo("3.18");
        assertThat(o.weakest()).hasSize(5);
        assertThat(o.weakest()).isSortedAccordingTo((a, b) -> b.pointsLost().compareTo(a.pointsLost()));
        assertThat(o.weakest().getFirst().pointsLost()).isEqualByComparingTo("0.10");
        // the Ringkasan's weakest are the head of the weak list of /lemah
        assertThat(o.weakest())
                .containsExactlyElementsOf(o.weakList().indicators().stream()
                        .limit(5)
                        .map(w -> w.indicator())
                        .toList());
        assertThat(o.trend().get(3).settled()).isTrue();
    }

    @Test
    void theDraftOf2026IsNeverShownAsAResult() {
        Overview o = service.overview("CONTOH", 2026).orElseThrow();
        YearResult draft = o.current().orElseThrow();
        assertThat(draft.settled()).isFalse();
        assertThat(draft.predikatShown()).isFalse();
        assertThat(o.change()).isEmpty();
        assertThat(o.yearChange().shown()).isFalse();
        assertThat(o.yearChange().reason()).isEqualTo(YearChange.Unavailable.FRAMEWORK_CHANGED);
        assertThat(o.gapToTarget()).isEmpty();
        assertThat(o.breakdownComparable()).isFalse();
        assertThat(o.trend().getLast().settled()).isFalse();
        assertThat(o.weakList().unvalued()).hasSize(6);
    }

    @Test
    void trendMarksFrameworkSpansAndTargets() {
        Overview o = service.overview("CONTOH", 2021).orElseThrow();
        assertThat(o.years()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(o.frameworkSpans())
                .extracting(FrameworkSpan::firstYear, FrameworkSpan::lastYear)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2018, 2020),
                        org.assertj.core.groups.Tuple.tuple(2021, 2025),
                        org.assertj.core.groups.Tuple.tuple(2026, 2026));
        assertThat(o.frameworkSpans().get(1).indicatorCount()).isEqualTo(47);
        assertThat(o.frameworkSpans().get(2).hasDomains()).isFalse();
        assertThat(o.trend().get(4).target()).isEqualByComparingTo("3.20");
        assertThat(o.national()).extracting(Overview.TrendPoint::year).contains(2018, 2024);
    }

    @Test
    void defaultYearIsTheLatestOfficialResultOfTheHomePemda() {
        Overview o = service.overview(null, null).orElseThrow();
        assertThat(o.instansi().code()).isEqualTo("CONTOH");
        assertThat(o.year()).isEqualTo(2025);
        assertThat(service.overview("CONTOH", 1999).orElseThrow().year()).isEqualTo(2025);
    }

    @Test
    void year2026BreaksDownByAspectAndIsADraft() {
        Overview o = service.overview("CONTOH", 2026).orElseThrow();
        assertThat(o.breakdownByAspect()).isTrue();
        assertThat(o.breakdown()).hasSize(7);
        assertThat(o.current().map(YearResult::complete)).contains(false);
        assertThat(o.weakest()).allSatisfy(i -> assertThat(i.aspectName()).isNotBlank());
        assertThat(o.weakest()).extracting(IndicatorResult::value).doesNotContainNull();
    }

    @Test
    void year2024IsPublishedHalfUp() {
        Overview o = service.overview("CONTOH", 2024).orElseThrow();
        assertThat(o.current().map(YearResult::value).orElseThrow().toPlainString())
                .isEqualTo("3.77");
        assertThat(o.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(new BigDecimal("0.43")));
    }

    @Test
    void peerOverviewHasTotalsOnly() {
        Overview o = service.overview("REMBANG", 2021).orElseThrow();
        assertThat(o.current().map(YearResult::totalsOnly)).contains(true);
        assertThat(o.weakest()).isEmpty();
        assertThat(o.breakdown()).extracting(Overview.BreakdownRow::name).contains("Manajemen SPBE");
    }
}
