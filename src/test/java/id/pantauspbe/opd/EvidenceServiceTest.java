package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.UserMessageException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The evidence service on the real database with the demo data; writing tests use years 2030-2031. */
@id.pantauspbe.OpenSelfAssessment({2030, 2031})
@AppTest
class EvidenceServiceTest {

    private static final String HOME = "CONTOH";

    @Autowired
    EvidenceService service;

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    id.pantauspbe.evaluation.CycleService cycle;

    @AfterEach
    void cleanUp() {
        as("koordinator", Role.ADMIN, () -> {
            service.deleteYear(HOME, 2030);
            service.deleteYear(HOME, 2031);
            return null;
        });
    }

    private <T> T as(String user, Role role, Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        currentUser.runAs(user, role, () -> result.set(task.get()));
        return result.get();
    }

    private long opd(String shortName) {
        return opds.findByShortName(HOME, shortName).orElseThrow().id();
    }

    @Test
    void demoBappedaAndBkpsdmAreCompleteAndDinasSosialIsBehind() {
        var summaries = service.summaryByOpd(HOME, 2026);

        assertThat(summaries.get(opd("Bappeda")).complete()).isTrue();
        assertThat(summaries.get(opd("BKPSDM")).complete()).isTrue();
        EvidenceSummary dinsos = summaries.get(opd("Dinsos"));
        assertThat(dinsos.verified()).isZero();
        assertThat(dinsos.rejected()).isGreaterThanOrEqualTo(2);
        assertThat(dinsos.overdue()).isEqualTo(dinsos.total()).isGreaterThanOrEqualTo(5);
        assertThat(summaries.values().stream()
                        .mapToInt(EvidenceSummary::overdue)
                        .sum())
                .isEqualTo(service.overdue(HOME, 2026).size());
    }

    @Test
    void demoDeadlinesCountDaysFromTheFixedToday() {
        assertThat(service.today()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(service.deadlines(HOME, 2026))
                .extracting(d -> d.deadline().name(), DeadlineCountdown::daysRemaining)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OPD melengkapi data dukung", -158L),
                        org.assertj.core.groups.Tuple.tuple("Perbaikan data dukung yang ditolak", 11L),
                        org.assertj.core.groups.Tuple.tuple("Penilaian mandiri ditutup", 18L));
    }

    @Test
    void demoChecklistHasTwoToFourDocumentsPerIndicator() {
        List<EvidenceItem> items = service.items(HOME, 2026);
        var perIndicator = items.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        EvidenceItem::indicatorCode, java.util.stream.Collectors.counting()));
        assertThat(perIndicator).hasSize(20);
        assertThat(perIndicator.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 4L));
        assertThat(items).anySatisfy(i -> assertThat(i.title()).isEqualTo("SK Tim Koordinasi SPBE"));
        assertThat(items)
                .filteredOn(i -> i.status() == EvidenceStatus.DITOLAK)
                .allSatisfy(i -> assertThat(i.reason()).isNotBlank());
    }

    @Test
    void nextLevelNeedsListsTheUnverifiedItemsOfTheNextLevel() {
        as("koordinator", Role.ADMIN, () -> {
            service.add(HOME, 2030, "I9", null, "Kebijakan audit", opd("Inspektorat"), null, null);
            service.add(
                    HOME, 2030, "I9", new BigDecimal("4"), "Laporan audit keamanan", opd("Inspektorat"), null, null);
            service.add(
                    HOME,
                    2030,
                    "I9",
                    new BigDecimal("4"),
                    "Rencana tindak lanjut",
                    opd("Inspektorat"),
                    EvidenceStatus.DIVERIFIKASI,
                    null);
            service.add(
                    HOME, 2030, "I9", new BigDecimal("5"), "Evaluasi berkelanjutan", opd("Inspektorat"), null, null);
            return null;
        });

        assertThat(service.forIndicator(HOME, 2030, "I9")).hasSize(4);
        assertThat(service.nextLevelNeeds(HOME, 2030, "I9", new BigDecimal("3.40")))
                .extracting(EvidenceItem::title)
                .containsExactly("Laporan audit keamanan");
        assertThat(service.nextLevelNeeds(HOME, 2030, "I9", new BigDecimal("4.10")))
                .extracting(EvidenceItem::title)
                .containsExactly("Evaluasi berkelanjutan");
    }

    @Test
    void aStaleUpdateIsRefusedNamingWhoChangedItLast() {
        EvidenceItem item = as(
                "koordinator",
                Role.ADMIN,
                () -> service.add(HOME, 2030, "I3", null, "Rencana SDM", opd("BKPSDM"), null, null));
        as("asesor", Role.ASESOR, () -> service.update(update(item, EvidenceStatus.DIUNGGAH, null)));

        assertThatThrownBy(() -> as(
                        "koordinator",
                        Role.ADMIN,
                        () -> service.update(update(item, EvidenceStatus.DIVERIFIKASI, null))))
                .isInstanceOf(StaleEvidenceException.class)
                .hasMessageContaining("asesor")
                .satisfies(e ->
                        assertThat(((StaleEvidenceException) e).changedBy()).isEqualTo("asesor"));
        assertThat(service.forIndicator(HOME, 2030, "I3").getFirst().status()).isEqualTo(EvidenceStatus.DIUNGGAH);
    }

    @Test
    void aRejectionNeedsAReasonAndALinkMustBeAUrl() {
        EvidenceItem item = as(
                "koordinator",
                Role.ADMIN,
                () -> service.add(HOME, 2030, "I3", null, "Rencana SDM", opd("BKPSDM"), null, null));
        assertThatThrownBy(() ->
                        as("asesor", Role.ASESOR, () -> service.update(update(item, EvidenceStatus.DITOLAK, null))))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Dokumen yang ditolak harus diberi alasan.");
        assertThatThrownBy(() -> as(
                        "asesor",
                        Role.ASESOR,
                        () -> service.update(new EvidenceUpdate(
                                item.id(),
                                item.version(),
                                item.title(),
                                EvidenceStatus.DIUNGGAH,
                                null,
                                null,
                                "bukan tautan",
                                null))))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Tautan harus berupa alamat http:// atau https://.");
        assertThatThrownBy(() -> as(
                        "koordinator",
                        Role.ADMIN,
                        () -> service.add(HOME, 2030, "I3", null, "x".repeat(301), opd("BKPSDM"), null, null)))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Judul dokumen paling panjang 300 karakter.");
    }

    @Test
    void anOperatorEditsOnlyTheItemsOfTheirOwnOpdAndPimpinanNone() {
        EvidenceItem own = as(
                "koordinator",
                Role.ADMIN,
                () -> service.add(HOME, 2030, "I1", null, "SK Tim", opd("Bappeda"), null, null));
        EvidenceItem other = as(
                "koordinator",
                Role.ADMIN,
                () -> service.add(HOME, 2030, "I19", null, "Rekap tiket", opd("Dinsos"), null, null));

        EvidenceItem saved = as(
                "bappeda",
                Role.OPERATOR_OPD,
                () -> service.update(new EvidenceUpdate(
                        own.id(),
                        own.version(),
                        own.title(),
                        EvidenceStatus.DIUNGGAH,
                        null,
                        null,
                        "https://drive.contoh.go.id/sk-tim.pdf",
                        null)));
        assertThat(saved.status()).isEqualTo(EvidenceStatus.DIUNGGAH);
        assertThat(saved.updatedBy()).isEqualTo("bappeda");
        assertThat(saved.version()).isEqualTo(own.version() + 1);
        assertThat(as("bappeda", Role.OPERATOR_OPD, () -> service.canEdit(other)))
                .isFalse();

        assertThatThrownBy(() -> as(
                        "bappeda",
                        Role.OPERATOR_OPD,
                        () -> service.update(update(other, EvidenceStatus.DIUNGGAH, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as("kadis", Role.PIMPINAN, () -> service.update(update(own, EvidenceStatus.DIUNGGAH, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("asesor", Role.ASESOR, () -> service.carryForward(HOME, 2030, 2031)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    id.pantauspbe.access.AuditService audit;

    @Test
    void anOperatorEditsTheirEvidenceOnlyWhileAStageIsOpenAndEveryChangeIsAudited() {
        EvidenceItem own = as(
                "koordinator",
                Role.ADMIN,
                () -> service.add(HOME, 2030, "I1", null, "SK Tim uji audit", opd("Bappeda"), null, null));
        as("koordinator", Role.ADMIN, () -> cycle.close(HOME, 2030, id.pantauspbe.evaluation.Stage.MANDIRI));
        assertThat(as("bappeda", Role.OPERATOR_OPD, () -> service.canEdit(own))).isFalse();
        assertThatThrownBy(() -> as(
                        "bappeda", Role.OPERATOR_OPD, () -> service.update(update(own, EvidenceStatus.DIUNGGAH, null))))
                .isInstanceOf(AccessDeniedException.class);
        // assessors and the coordinator still review it
        assertThat(as("asesor", Role.ASESOR, () -> service.canEdit(own))).isTrue();

        as("koordinator", Role.ADMIN, () -> cycle.open(HOME, 2030, id.pantauspbe.evaluation.Stage.MANDIRI));
        as(
                "bappeda",
                Role.OPERATOR_OPD,
                () -> service.update(new EvidenceUpdate(
                        own.id(),
                        own.version(),
                        own.title(),
                        EvidenceStatus.DIUNGGAH,
                        null,
                        null,
                        "https://drive.contoh.go.id/sk-tim.pdf",
                        null)));
        List<id.pantauspbe.access.AuditEvent> events = as(
                "koordinator",
                Role.ADMIN,
                () -> audit.search(new id.pantauspbe.access.AuditFilter(
                        null,
                        id.pantauspbe.access.AuditAction.Entity.EVIDENCE,
                        HOME,
                        2030,
                        null,
                        "SK Tim uji audit",
                        null,
                        null)));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).action()).isEqualTo(id.pantauspbe.access.AuditAction.EVIDENCE_CHANGED);
        assertThat(events.get(0).username()).isEqualTo("bappeda");
        assertThat(events.get(0).key()).isEqualTo("I1 · SK Tim uji audit");
        assertThat(events.get(0).oldValue()).isEqualTo("Belum");
        assertThat(events.get(0).newValue()).isEqualTo("Diunggah · https://drive.contoh.go.id/sk-tim.pdf");
        assertThat(events.get(1).action()).isEqualTo(id.pantauspbe.access.AuditAction.EVIDENCE_ADDED);
        assertThat(events.get(1).username()).isEqualTo("koordinator");

        // once the assessors verify it, the operator can no longer change it
        EvidenceItem uploaded = service.forIndicator(HOME, 2030, "I1").stream()
                .filter(i -> i.title().equals("SK Tim uji audit"))
                .findFirst()
                .orElseThrow();
        as("asesor", Role.ASESOR, () -> service.update(update(uploaded, EvidenceStatus.DIVERIFIKASI, null)));
        EvidenceItem verified = service.forIndicator(HOME, 2030, "I1").stream()
                .filter(i -> i.title().equals("SK Tim uji audit"))
                .findFirst()
                .orElseThrow();
        assertThat(verified.status()).isEqualTo(EvidenceStatus.DIVERIFIKASI);
        assertThat(as("bappeda", Role.OPERATOR_OPD, () -> service.canEdit(verified)))
                .isFalse();
        assertThat(as("asesor", Role.ASESOR, () -> service.canEdit(verified))).isTrue();
    }

    @Test
    void carryForwardCopiesIndicatorsOfTheNewFrameworkFlaggedAndOnlyOnce() {
        List<EvidenceItem> source = service.items(HOME, 2025);
        assertThat(source).anySatisfy(i -> assertThat(i.indicatorCode()).isEqualTo("I21"));

        int copied = as("koordinator", Role.ADMIN, () -> service.carryForward(HOME, 2025, 2030));

        List<EvidenceItem> carried = service.items(HOME, 2030);
        assertThat(copied).isEqualTo(carried.size());
        assertThat(carried)
                .hasSize((int) source.stream()
                        .filter(i -> Integer.parseInt(i.indicatorCode().substring(1)) <= 20)
                        .count())
                .allSatisfy(i -> {
                    assertThat(i.status()).isEqualTo(EvidenceStatus.BELUM);
                    assertThat(i.needsReconfirmation()).isTrue();
                    assertThat(i.carriedFrom()).isNotNull();
                    assertThat(i.link()).isNull();
                });
        assertThat(carried).noneSatisfy(i -> assertThat(i.indicatorCode()).isEqualTo("I21"));
        EvidenceItem first = carried.getFirst();
        EvidenceItem origin = source.stream()
                .filter(i -> i.id() == first.carriedFrom())
                .findFirst()
                .orElseThrow();
        assertThat(first.title()).isEqualTo(origin.title());
        assertThat(first.opdId()).isEqualTo(origin.opdId());

        assertThat(as("koordinator", Role.ADMIN, () -> service.carryForward(HOME, 2025, 2030)))
                .isZero();
        assertThat(service.items(HOME, 2030)).hasSize(carried.size());

        // confirming the status clears the flag
        EvidenceItem confirmed =
                as("koordinator", Role.ADMIN, () -> service.update(update(first, EvidenceStatus.DIUNGGAH, null)));
        assertThat(confirmed.needsReconfirmation()).isFalse();
    }

    private static EvidenceUpdate update(EvidenceItem item, EvidenceStatus status, String reason) {
        return new EvidenceUpdate(
                item.id(), item.version(), item.title(), status, reason, item.dueDate(), item.link(), item.note());
    }
}
