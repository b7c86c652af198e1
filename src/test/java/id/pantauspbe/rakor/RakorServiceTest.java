package id.pantauspbe.rakor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.dashboard.OverviewService;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdReport;
import id.pantauspbe.opd.OpdService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AppTest
class RakorServiceTest {

    @Autowired
    RakorService rakor;

    @Autowired
    id.pantauspbe.access.AuditService audit;

    @Autowired
    OverviewService overviews;

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    private <T> T as(String user, Role role, Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        currentUser.runAs(user, role, () -> result.set(task.get()));
        return result.get();
    }

    @Test
    void snapshotHoldsTheFiguresOfTheDashboardTakenAtOneMoment() {
        RakorSnapshot s = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2021, false))
                .orElseThrow();
        assertThat(s.builtAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-23T09:00:00Z")
                        .atZoneSameInstant(s.builtAt().getOffset())
                        .toOffsetDateTime());
        assertThat(s.pemdaName()).isEqualTo("Pemerintah Kabupaten Contoh");
        assertThat(s.year()).isEqualTo(2021);
        assertThat(s.overview()).isEqualTo(overviews.overview("CONTOH", 2021).orElseThrow());
        assertThat(s.overview().current().map(YearResult::value)).contains(new BigDecimal("2.51"));
        assertThat(s.overview().current().flatMap(YearResult::predikat).map(PredikatBand::name))
                .contains("Cukup");
        // the change 2020 -> 2021 crosses the framework boundary: never a number (issue 12)
        assertThat(s.change()).isEmpty();
        assertThat(s.changeUnavailable()).isEqualTo(Analysis.Unexplained.FRAMEWORK_CHANGED);
        // the short weak list of "Indikator lemah" (at most a third of the 47), with the lead OPDs
        var weakList = s.overview().weakList();
        assertThat(s.weakest())
                .hasSize(weakList.indicators().size())
                .hasSizeGreaterThanOrEqualTo(5)
                .hasSizeLessThanOrEqualTo(47 / 3);
        assertThat(s.weakest()).allSatisfy(w -> assertThat(w.leadOpd()).isNotBlank());
        assertThat(s.opds()).hasSize(opds.list("CONTOH").size());
        // no internal OPD scores in 2021: ranked by index points held, "3 dari 25"
        assertThat(s.opdRankBasis()).isEqualTo(OpdReport.RankBasis.POINTS_HELD);
        assertThat(s.rankedOpds()).hasSize(s.opdRankedCount()).hasSizeGreaterThan(1);
        assertThat(s.rankedOpds()).extracting(OpdReport.Row::rank).isSorted();
        assertThat(s.rankText(s.rankedOpds().getFirst(), (key, params) -> key + java.util.Arrays.toString(params)))
                .isEqualTo("rakor.rankOf[1, " + s.opdRankedCount() + "]");
        assertThat(s.weakOpds()).isNotEmpty();
        // a past year without a checklist of its own: never another year's evidence under its title
        assertThat(s.evidence().present()).isFalse();
        // the open stage: the 2026 rakor shows the 2026 checklist, with its deadlines
        RakorSnapshot open = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2026, false))
                .orElseThrow();
        assertThat(open.evidence().year()).isEqualTo(2026);
        // the draft: unvalued indicators of the open stage first, with their lead OPD
        assertThat(open.settled()).isFalse();
        assertThat(open.weakest().getFirst().unvalued()).isTrue();
        assertThat(open.weakest().stream().filter(RakorSnapshot.WeakIndicator::unvalued))
                .hasSize(6)
                .allSatisfy(w -> assertThat(w.leadOpd()).isNotBlank());
        assertThat(open.evidence().openStage()).isTrue();
        assertThat(open.evidence().deadlines()).isNotEmpty();
        assertThat(open.evidence().total())
                .isEqualTo(open.evidence().verified()
                        + open.evidence().uploaded()
                        + open.evidence().rejected()
                        + open.evidence().missing());
        // the 2020 rakor of the demo, listed with the status of its actions
        assertThat(s.previousRakor())
                .hasValueSatisfying(r -> assertThat(r.year()).isEqualTo(2020));
        assertThat(s.previousActions()).hasSize(4);
        assertThat(s.previousActions())
                .extracting(ActionItem::status)
                .contains(ActionStatus.SELESAI, ActionStatus.BERJALAN, ActionStatus.TERBUKA);
    }

    @Test
    void hidingOpdNamesReplacesThemEverywhere() {
        RakorSnapshot s = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2021, true))
                .orElseThrow();
        assertThat(s.anonymous()).isTrue();
        assertThat(s.opds()).allSatisfy(r -> assertThat(r.opd().name()).matches("OPD [A-Z]+"));
        assertThat(s.weakest()).allSatisfy(w -> assertThat(w.leadOpd()).matches("OPD [A-Z]+"));
        assertThat(s.previousActions()).allSatisfy(a -> assertThat(a.opdName()).matches("OPD [A-Z]+"));
        // evidence is listed in the rakor of its own year (2026)
        RakorSnapshot open = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2026, true))
                .orElseThrow();
        assertThat(open.evidence().byOpd())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.opdName()).matches("OPD [A-Z]+"));
        assertThat(s.opdChoices()).allSatisfy(o -> assertThat(o.name()).matches("OPD [A-Z]+"));
        assertThat(RakorService.label(0)).isEqualTo("OPD A");
        assertThat(RakorService.label(25)).isEqualTo("OPD Z");
        assertThat(RakorService.label(26)).isEqualTo("OPD AA");
    }

    @Test
    void theDemoRakorOf2020WasHeldInFebruary2021AndOpensThe2021Meeting() {
        RakorSnapshot s2021 = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2021, false))
                .orElseThrow();
        assertThat(s2021.previousRakor().orElseThrow().heldOn()).isEqualTo(LocalDate.of(2021, 2, 18));
        assertThat(s2021.previousActions()).isNotEmpty();
    }

    @Test
    void theCoordinatorRecordsAgreementsAndActionsWithTheYear() {
        long dinsos = opds.findByShortName("CONTOH", "Dinsos").map(Opd::id).orElseThrow();
        as("koordinator", Role.ADMIN, () -> rakor.saveClosingText("CONTOH", 2023, "  Target 2024: 3,60.  "));
        ActionItem item = as(
                "asesor",
                Role.ASESOR,
                () -> rakor.addAction(
                        "CONTOH", 2023, dinsos, "Melengkapi data dukung I4", "Sekretaris", LocalDate.of(2024, 3, 1)));
        assertThat(item.status()).isEqualTo(ActionStatus.TERBUKA);
        assertThat(item.opdName()).isEqualTo("Dinas Sosial");

        RakorSnapshot s2023 = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2023, false))
                .orElseThrow();
        assertThat(s2023.closingText()).isEqualTo("Target 2024: 3,60.");
        // the demo's own 2023 action (Disdukcapil) is there too
        assertThat(s2023.actions()).extracting(ActionItem::what).contains("Melengkapi data dukung I4");
        assertThat(s2023.rakor().orElseThrow().heldOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        // the meeting date as it was held, with the text kept
        as(
                "koordinator",
                Role.ADMIN,
                () -> rakor.saveClosing("CONTOH", 2023, "Target 2024: 3,60.", LocalDate.of(2024, 2, 14)));
        RakorSnapshot dated = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2023, false))
                .orElseThrow();
        assertThat(dated.rakor().orElseThrow().heldOn()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(dated.closingText()).isEqualTo("Target 2024: 3,60.");
        // the next year's rakor opens with it
        RakorSnapshot s2024 = as("kadis", Role.PIMPINAN, () -> rakor.snapshot("CONTOH", 2024, false))
                .orElseThrow();
        assertThat(s2024.previousRakor().orElseThrow().year()).isEqualTo(2023);
        assertThat(s2024.previousActions()).extracting(ActionItem::what).contains("Melengkapi data dukung I4");
        // and the OPD sees it
        assertThat(rakor.ofOpd(dinsos)).extracting(ActionItem::what).contains("Melengkapi data dukung I4");

        as("koordinator", Role.ADMIN, () -> rakor.setStatus(item.id(), ActionStatus.SELESAI));
        assertThat(rakor.ofOpd(dinsos).stream()
                        .filter(a -> a.id() == item.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(ActionStatus.SELESAI);
        // the agreement, the action and its status change are in the audit trail
        List<id.pantauspbe.access.AuditEvent> trail = as(
                "koordinator",
                Role.ADMIN,
                () -> audit.search(new id.pantauspbe.access.AuditFilter(
                        null, id.pantauspbe.access.AuditAction.Entity.RAKOR, null, 2023, null, null, null, null)));
        assertThat(trail)
                .extracting(
                        id.pantauspbe.access.AuditEvent::action,
                        id.pantauspbe.access.AuditEvent::username,
                        id.pantauspbe.access.AuditEvent::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                id.pantauspbe.access.AuditAction.RAKOR_ACTION_STATUS, "koordinator", "Selesai"),
                        org.assertj.core.groups.Tuple.tuple(
                                id.pantauspbe.access.AuditAction.RAKOR_ACTION_ADDED, "asesor", "Belum dimulai"),
                        org.assertj.core.groups.Tuple.tuple(
                                id.pantauspbe.access.AuditAction.RAKOR_AGREEMENT, "koordinator", "Target 2024: 3,60."));
        as("koordinator", Role.ADMIN, () -> {
            rakor.deleteAction(item.id());
            return null;
        });
        assertThat(rakor.ofOpd(dinsos)).noneMatch(a -> a.id() == item.id());
    }

    @Test
    void pimpinanAndOperatorsOnlyRead() {
        assertThatThrownBy(() -> as("kadis", Role.PIMPINAN, () -> rakor.saveClosingText("CONTOH", 2022, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as("bappeda", Role.OPERATOR_OPD, () -> rakor.addAction("CONTOH", 2022, null, "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("kadis", Role.PIMPINAN, rakor::canEdit)).isFalse();
        assertThat(as("asesor", Role.ASESOR, rakor::canEdit)).isTrue();
    }
}
