package id.pantauspbe.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.engine.WeakReason;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.YearChange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@AppTest
class AnalysisServiceTest {

    @Autowired
    AnalysisService service;

    @Autowired
    PeersService peersService;

    @Autowired
    SelectionService selections;

    private Instansi contoh() {
        return selections.instansi("CONTOH").orElseThrow();
    }

    @Test
    void manajemenIndicatorsOf2021SurfaceAsWeak() {
        Analysis.WeakList weak = service.weak(contoh(), 2021, true);
        List<WeakRules.WeakIndicator> manajemen = weak.indicators().stream()
                .filter(w -> "Manajemen SPBE".equals(w.indicator().domainName()))
                .toList();
        assertThat(manajemen).hasSize(11);
        assertThat(manajemen)
                .allSatisfy(w -> assertThat(w.reasons()).contains(WeakReason.LOW_VALUE, WeakReason.LARGE_LOSS));
        assertThat(manajemen).anySatisfy(w -> assertThat(w.reasons()).contains(WeakReason.OVERRATED));
        assertThat(weak.indicators())
                .isSortedAccordingTo((a, b) ->
                        b.indicator().pointsLost().compareTo(a.indicator().pointsLost()));
    }

    @Test
    void aChangeAcrossTheFrameworkBoundaryIsNotExplainedAsANumber() {
        Analysis.Change change = service.change(contoh(), 2020, 2021);
        assertThat(change.decomposition()).isEmpty();
        assertThat(change.unavailableReason()).isEqualTo(Analysis.Unexplained.FRAMEWORK_CHANGED);
        assertThat(change.yearChange().reason()).isEqualTo(YearChange.Unavailable.FRAMEWORK_CHANGED);
    }

    @Test
    void theWeakListIsShortRankedByPointsLostAndCounted() {
        Analysis.WeakList weak = service.weak(contoh(), 2021);
        assertThat(weak.totalIndicators()).isEqualTo(47);
        assertThat(weak.limit()).isEqualTo(15);
        assertThat(weak.indicators()).hasSizeLessThanOrEqualTo(15);
        assertThat(weak.flagged()).isGreaterThanOrEqualTo(weak.indicators().size());
        assertThat(weak.indicators())
                .isSortedAccordingTo((a, b) ->
                        b.indicator().pointsLost().compareTo(a.indicator().pointsLost()));
        assertThat(weak.unvalued()).isEmpty();
        assertThat(weak.lead(weak.indicators().getFirst().indicator().code())).isPresent();
        Analysis.WeakList all = service.weak(contoh(), 2021, true);
        assertThat(all.indicators()).hasSize(weak.flagged());
        assertThat(all.indicators().subList(0, weak.indicators().size())).isEqualTo(weak.indicators());
    }

    @Test
    void theOpenDraftOf2026ListsItsUnvaluedIndicatorsWithTheirLeadFirst() {
        Analysis.WeakList weak = service.weak(contoh(), 2026);
        assertThat(weak.totalIndicators()).isEqualTo(20);
        assertThat(weak.limit()).isEqualTo(6);
        assertThat(weak.indicators()).hasSizeLessThanOrEqualTo(6);
        assertThat(weak.unvalued()).hasSize(6);
        assertThat(weak.unvalued())
                .allSatisfy(i -> assertThat(weak.lead(i.code())).isPresent());
    }

    @Test
    void peersRankSettledResultsOnlyAndKeepDraftsOffTheSolidLine() {
        Analysis.Peers peers = peersService.peers(2026);
        Analysis.PeerRow contoh = peers.ranking().stream()
                .filter(r -> r.instansi().code().equals("CONTOH"))
                .findFirst()
                .orElseThrow();
        assertThat(contoh.ranked()).isFalse();
        assertThat(contoh.predikat()).isEmpty();
        Analysis.PeerSeries series = peers.series().stream()
                .filter(s -> s.instansi().code().equals("CONTOH"))
                .findFirst()
                .orElseThrow();
        assertThat(series.values()).containsKey(2025).doesNotContainKey(2026);
        assertThat(series.provisional()).containsKey(2026);
    }

    @Test
    void theLatestIndicatorValueOf2026CarriesItsDraftProvenance() {
        Analysis.IndicatorDetail d =
                service.indicator(contoh(), "PERMENPANRB-8-2026", "I1").orElseThrow();
        Analysis.HistoryRow latest = d.latest().orElseThrow();
        assertThat(latest.year()).isEqualTo(2026);
        assertThat(latest.shownResult().orElseThrow().settled()).isFalse();
    }

    @Test
    void changeUnderOneFrameworkSumsExactlyOverIndicators() {
        var d = service.change(contoh(), 2021, 2022).decomposition().orElseThrow();
        assertThat(d.sameFramework()).isTrue();
        assertThat(d.change()).isEqualByComparingTo("0.425");
        assertThat(d.indicators().stream().map(Contribution::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(d.change());
    }

    @Test
    void changeTowardsADraftYearOfANewFrameworkIsNotExplained() {
        Analysis.Change change = service.change(contoh(), 2025, 2026);
        assertThat(change.decomposition()).isEmpty();
        assertThat(change.unavailableReason()).isEqualTo(Analysis.Unexplained.FRAMEWORK_CHANGED);
        assertThat(change.yearChange().shown()).isFalse();
    }

    @Test
    void heatmapCoversTheYearsOfTheFramework() {
        Analysis.Heatmap heatmap = service.heatmap(contoh(), 2021).orElseThrow();
        assertThat(heatmap.frameworkCode()).isEqualTo("PERMENPANRB-59-2020");
        assertThat(heatmap.years()).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(heatmap.rows()).hasSize(47);
        Analysis.HeatRow i21 = heatmap.rows().get(20);
        assertThat(i21.indicator().code()).isEqualTo("I21");
        assertThat(i21.values().get(2021)).isEqualByComparingTo("1");
        assertThat(i21.weak()).isTrue();
    }

    @Test
    void indicatorDetailHasHistoryLevelsAndGain() {
        Analysis.IndicatorDetail d =
                service.indicator(contoh(), "PERMENPANRB-59-2020", "I21").orElseThrow();
        assertThat(d.indicator().domainName()).isEqualTo("Manajemen SPBE");
        assertThat(d.shareOfIndex()).isEqualByComparingTo("0.015");
        assertThat(d.history()).extracting(Analysis.HistoryRow::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(d.history().getFirst().finalValue()).isEqualByComparingTo("1");
        assertThat(d.scale().names()).containsValue("Rintisan").containsValue("Optimum");
        assertThat(d.latest().map(Analysis.HistoryRow::year)).contains(2025);
        assertThat(d.gainOfOneLevel()).isEqualByComparingTo("0.015");
        assertThat(service.indicator(contoh(), "PERMENPANRB-59-2020", "I99")).isEmpty();
    }

    @Test
    void peersAreRankedWithTiesSharingARank() {
        Analysis.Peers peers = peersService.peers(2021);
        assertThat(peers.ranking())
                .extracting(r -> r.instansi().code(), Analysis.PeerRow::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MOJOKERTO", 1),
                        org.assertj.core.groups.Tuple.tuple("REMBANG", 2),
                        org.assertj.core.groups.Tuple.tuple("CONTOH", 3),
                        org.assertj.core.groups.Tuple.tuple("GROBOGAN", 3));
        assertThat(peers.series())
                .anySatisfy(s -> assertThat(s.instansi().code()).isEqualTo("NASIONAL"));
    }

    @Test
    void trendHasDomainsOfBothFrameworksAndSelfAssessmentGaps() {
        Analysis.Trend trend = service.trend(contoh());
        assertThat(trend.domainNames()).contains("Manajemen SPBE", "Layanan SPBE");
        assertThat(trend.aspectNames()).contains("Keamanan Pemdi");
        Analysis.YearRow y2021 =
                trend.rows().stream().filter(r -> r.year() == 2021).findFirst().orElseThrow();
        assertThat(y2021.selfAssessmentGap())
                .hasValueSatisfying(g -> assertThat(g.signum()).isPositive());
        assertThat(trend.spans()).hasSize(3);
    }

    @Test
    @WithMockUser(roles = "PIMPINAN")
    void onlyAnAdminMayChangeTheThresholds() {
        assertThatThrownBy(() -> service.saveThresholds(WeakRules.Thresholds.DEFAULT))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @Transactional
    @WithMockUser(roles = "ADMIN")
    void anAdminChangesTheThresholds() {
        service.saveThresholds(new WeakRules.Thresholds(BigDecimal.ONE, new BigDecimal("0.08"), new BigDecimal("2")));
        assertThat(service.thresholds().lowValue()).isEqualByComparingTo("1");
        long manajemen = service.weak(contoh(), 2021).indicators().stream()
                .filter(w -> w.reasons().contains(WeakReason.LOW_VALUE))
                .count();
        assertThat(manajemen).isGreaterThanOrEqualTo(11);
    }

    @Test
    void demoNotesAreOnTheTimelineWithTheirNodes() {
        Analysis.Trend trend = service.trend(contoh());
        assertThat(trend.notes()).extracting(n -> n.year()).contains(2021, 2022, 2023, 2026);
        assertThat(trend.notes()).anySatisfy(n -> {
            assertThat(n.nodeCode()).isEqualTo("D3");
            assertThat(n.nodeName()).isEqualTo("Manajemen SPBE");
        });
        Analysis.IndicatorDetail i21 =
                service.indicator(contoh(), "PERMENPANRB-59-2020", "I21").orElseThrow();
        assertThat(i21.notes()).extracting(n -> n.nodeCode()).containsExactlyInAnyOrder("D3", "I21");
    }

    @Test
    @WithMockUser(username = "koordinator", roles = "ADMIN")
    void aCoordinatorAddsAndDeletesANote() {
        var note = service.addNote(contoh(), 2022, "i40", "SAKIP elektronik mulai dipakai semua OPD.");
        try {
            assertThat(note.nodeCode()).isEqualTo("I40");
            assertThat(note.nodeName()).isEqualTo("Tingkat Kematangan Layanan Akuntabilitas Kinerja Organisasi");
            assertThat(note.author()).isEqualTo("koordinator");
            assertThat(service.trend(contoh()).notes())
                    .anySatisfy(n -> assertThat(n.id()).isEqualTo(note.id()));
            assertThatThrownBy(() -> service.addNote(contoh(), 2022, "I48", "tidak ada"))
                    .isInstanceOfSatisfying(
                            id.pantauspbe.base.UserMessageException.class,
                            e -> assertThat(e.key()).isEqualTo("notes.error.unknownCode"));
            assertThatThrownBy(() -> service.addNote(contoh(), 2022, "", "  "))
                    .isInstanceOfSatisfying(
                            id.pantauspbe.base.UserMessageException.class,
                            e -> assertThat(e.key()).isEqualTo("notes.error.length"));
        } finally {
            service.deleteNote(contoh(), note.id());
        }
        assertThat(service.trend(contoh()).notes())
                .noneSatisfy(n -> assertThat(n.id()).isEqualTo(note.id()));
    }

    @Test
    @WithMockUser(roles = "ASESOR")
    void onlyACoordinatorWritesNotes() {
        assertThatThrownBy(() -> service.addNote(contoh(), 2022, "", "catatan"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
