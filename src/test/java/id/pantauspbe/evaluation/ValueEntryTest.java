package id.pantauspbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.SignIn;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditEvent;
import id.pantauspbe.access.AuditFilter;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.UserMessageException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may enter which value when (2026: the self-assessment is open; Bappeda leads I1 and I2), the
 * final lock, the edit conflict and the audit trail, on the demo data.
 */
@AppTest
@Transactional
class ValueEntryTest {

    private static final String HOME = "CONTOH";

    @Autowired
    EvaluationService evaluation;

    @Autowired
    ValueEntryService valueEntry;

    @Autowired
    CycleService cycle;

    @Autowired
    AuditService audit;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    /** Each test changes the demo data in its transaction, which is rolled back: all is as before. */
    @AfterTransaction
    void theDemoDataIsAsBefore() {
        as("koordinator", Role.ADMIN);
        assertThat(entry(2026, Stage.MANDIRI, "I1").value()).isEqualByComparingTo("3.25");
        assertThat(entry(2026, Stage.MANDIRI, "I2").value()).isEqualByComparingTo("3.10");
        assertThat(evaluation.entries(HOME, 2026, Stage.DOKUMEN)).isEmpty();
        assertThat(evaluation.entries(HOME, 2025, Stage.DOKUMEN)).isEmpty();
        assertThat(evaluation.result(HOME, 2025).orElseThrow().stage()).isEqualTo(Stage.FINAL);
        assertThat(evaluation.result(HOME, 2024).orElseThrow().value()).isEqualByComparingTo("3.77");
        assertThat(cycle.openStage(HOME, 2026)).map(StageSchedule::stage).contains(Stage.MANDIRI);
        assertThat(cycle.openStage(HOME, 2025)).isEmpty();
        assertThat(cycle.openStage(HOME, 2021)).isEmpty();
        security.clearContext();
    }

    private void as(String username, Role role) {
        SignIn.as(security, username, role);
    }

    private ValueEntry entry(int year, Stage stage, String code) {
        return evaluation.entries(HOME, year, stage).get(code);
    }

    private ValueEdit edit(int year, Stage stage, String code, String value, Integer version) {
        return new ValueEdit(HOME, year, stage, code, new BigDecimal(value), "Bukti: Perbup 12/2026", version, null);
    }

    private List<AuditEvent> auditOf(String code, int year) {
        as("koordinator", Role.ADMIN);
        return audit
                .search(new AuditFilter(null, AuditAction.Entity.VALUE, HOME, year, null, code, null, null))
                .stream()
                .filter(e -> e.key().equals(code))
                .toList();
    }

    @Test
    void anOpdOperatorFillsAnIndicatorTheirOpdLeadsAndTheChangeIsAudited() {
        as("bappeda", Role.OPERATOR_OPD);
        EditScope scope = valueEntry.editScope(HOME, 2026, Stage.MANDIRI);
        assertThat(scope.access()).isEqualTo(EditScope.Access.EDIT);
        assertThat(scope.indicators()).containsExactlyInAnyOrder("I1", "I2");
        ValueEntry before = entry(2026, Stage.MANDIRI, "I2");
        assertThat(before.value()).isEqualByComparingTo("3.10");
        ValueEntry saved = valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I2", "3.30", before.version()));
        assertThat(saved.value()).isEqualByComparingTo("3.30");
        assertThat(saved.updatedBy()).isEqualTo("bappeda");
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(saved.justification()).isEqualTo("Bukti: Perbup 12/2026");

        AuditEvent event = auditOf("I2", 2026).getFirst();
        assertThat(event.username()).isEqualTo("bappeda");
        assertThat(event.action()).isEqualTo(AuditAction.VALUE_CHANGED);
        assertThat(event.stage()).isEqualTo("MANDIRI");
        assertThat(event.oldValue()).isEqualTo("3.1");
        assertThat(event.newValue()).isEqualTo("3.3");
    }

    @Test
    void anOpdOperatorCannotChangeAnotherOpdsIndicator() {
        as("bappeda", Role.OPERATOR_OPD);
        ValueEntry i5 = entry(2026, Stage.MANDIRI, "I5");
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I5", "4.00", i5.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entry(2026, Stage.MANDIRI, "I5").value()).isEqualByComparingTo("3.60");
    }

    @Test
    void anOpdOperatorDoesNotEnterTheAssessorsStages() {
        as("koordinator", Role.ADMIN);
        cycle.close(HOME, 2026, Stage.MANDIRI);
        cycle.open(HOME, 2026, Stage.DOKUMEN);
        as("bappeda", Role.OPERATOR_OPD);
        assertThat(valueEntry.editScope(HOME, 2026, Stage.DOKUMEN).access())
                .isEqualTo(EditScope.Access.STAGE_NOT_FOR_ROLE);
        assertThat(valueEntry.editScope(HOME, 2026, Stage.MANDIRI).access()).isEqualTo(EditScope.Access.STAGE_CLOSED);
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2026, Stage.DOKUMEN, "I1", "3.00", null)))
                .isInstanceOf(AccessDeniedException.class);
        as("asesor", Role.ASESOR);
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I1", "3.00", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(evaluation.entries(HOME, 2026, Stage.DOKUMEN)).isEmpty();
    }

    @Test
    void anAssessorStartsTheDocumentStageFromTheSelfAssessmentWithoutOverwritingAnything() {
        as("koordinator", Role.ADMIN);
        cycle.open(HOME, 2025, Stage.DOKUMEN);
        as("asesor", Role.ASESOR);
        valueEntry.saveEntry(
                new ValueEdit(HOME, 2025, Stage.DOKUMEN, "I1", new BigDecimal("5"), "Wawancara", null, null));
        int copied = valueEntry.copyFromEarlierStage(HOME, 2025, Stage.DOKUMEN);
        Map<String, ValueEntry> dokumen = evaluation.entries(HOME, 2025, Stage.DOKUMEN);
        Map<String, ValueEntry> mandiri = evaluation.entries(HOME, 2025, Stage.MANDIRI);
        assertThat(copied).isEqualTo(mandiri.size() - 1);
        assertThat(dokumen).hasSize(mandiri.size());
        assertThat(dokumen.get("I1").value()).isEqualByComparingTo("5");
        assertThat(dokumen.get("I2").value())
                .isEqualByComparingTo(mandiri.get("I2").value());
        assertThat(dokumen.get("I2").updatedBy()).isEqualTo("asesor");
        // copying again finds nothing left to copy
        assertThat(valueEntry.copyFromEarlierStage(HOME, 2025, Stage.DOKUMEN)).isZero();
        assertThat(auditOf("I2", 2025).getFirst().detail()).isEqualTo("disalin dari Penilaian mandiri");
        as("bappeda", Role.OPERATOR_OPD);
        assertThatThrownBy(() -> valueEntry.copyFromEarlierStage(HOME, 2025, Stage.DOKUMEN))
                .isInstanceOf(AccessDeniedException.class);
        as("asesor", Role.ASESOR);
        assertThatThrownBy(() -> valueEntry.copyFromEarlierStage(HOME, 2025, Stage.FINAL))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void pimpinanChangesNothing() {
        as("kadis", Role.PIMPINAN);
        assertThat(valueEntry.editScope(HOME, 2026, Stage.MANDIRI).access()).isEqualTo(EditScope.Access.READ_ONLY_ROLE);
        ValueEntry i1 = entry(2026, Stage.MANDIRI, "I1");
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I1", "4.00", i1.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluation.saveValues(HOME, 2026, Stage.MANDIRI, Map.of(), "kadis"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycle.close(HOME, 2026, Stage.MANDIRI)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThat(entry(2026, Stage.MANDIRI, "I1").value()).isEqualByComparingTo("3.25");
    }

    @Test
    void theSecondWriterIsToldWhoChangedWhatAndNothingIsOverwritten() {
        as("asesor", Role.ASESOR);
        int seenByAsesor = entry(2026, Stage.MANDIRI, "I1").version();
        as("bappeda", Role.OPERATOR_OPD);
        valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I1", "3.50", seenByAsesor));
        as("asesor", Role.ASESOR);
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I1", "2.00", seenByAsesor)))
                .isInstanceOfSatisfying(StaleValueException.class, e -> {
                    assertThat(e.current().updatedBy()).isEqualTo("bappeda");
                    assertThat(e.current().value()).isEqualByComparingTo("3.50");
                    assertThat(e.attempted()).isEqualByComparingTo("2.00");
                });
        assertThat(entry(2026, Stage.MANDIRI, "I1").value()).isEqualByComparingTo("3.50");
    }

    @Test
    void aValueOutsideTheScaleIsRefusedWithTheReason() {
        as("asesor", Role.ASESOR);
        int version = entry(2026, Stage.MANDIRI, "I3").version();
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I3", "5.50", version)))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Indikator I3: nilai 5.5 di luar skala 1 sampai 5."));
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2026, Stage.MANDIRI, "I3", "3.333", version)))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("value.error.decimals"));

        as("koordinator", Role.ADMIN);
        cycle.open(HOME, 2021, Stage.DOKUMEN);
        as("asesor", Role.ASESOR);
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2021, Stage.DOKUMEN, "I21", "2.5", null)))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("value.error.whole"));
        assertThat(entry(2026, Stage.MANDIRI, "I3").value()).isEqualByComparingTo("2.75");
        assertThat(evaluation.entries(HOME, 2021, Stage.DOKUMEN)).isEmpty();
    }

    @Test
    void aFinalValueChangesOnlyByALoggedCoordinatorCorrection() {
        ValueEntry before = entry(2024, Stage.FINAL, "I1");
        as("asesor", Role.ASESOR);
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2024, Stage.FINAL, "I1", "5", before.version())))
                .isInstanceOf(AccessDeniedException.class);
        as("koordinator", Role.ADMIN);
        assertThat(valueEntry.editScope(HOME, 2024, Stage.FINAL).access()).isEqualTo(EditScope.Access.CORRECTION);
        assertThatThrownBy(() -> valueEntry.saveEntry(edit(2024, Stage.FINAL, "I1", "5", before.version())))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("value.error.correctionReason"));
        String original = before.value().stripTrailingZeros().toPlainString();
        String corrected = before.value().compareTo(new BigDecimal("5")) == 0 ? "4" : "5";
        valueEntry.saveEntry(new ValueEdit(
                HOME,
                2024,
                Stage.FINAL,
                "I1",
                new BigDecimal(corrected),
                null,
                before.version(),
                "Salah ketik saat impor KepmenPANRB"));
        AuditEvent event = auditOf("I1", 2024).getFirst();
        assertThat(event.action()).isEqualTo(AuditAction.VALUE_CORRECTED);
        assertThat(event.username()).isEqualTo("koordinator");
        assertThat(event.stage()).isEqualTo("FINAL");
        assertThat(event.oldValue()).isEqualTo(original);
        assertThat(event.newValue()).isEqualTo(corrected);
        assertThat(event.detail()).isEqualTo("Salah ketik saat impor KepmenPANRB");
    }

    @Test
    void anAssessorDoesNotChangeAnEnteredFinalValueEvenWhileTheFinalStageIsOpen() {
        as("koordinator", Role.ADMIN);
        cycle.open(HOME, 2025, Stage.FINAL);
        as("asesor", Role.ASESOR);
        ValueEntry i1 = entry(2025, Stage.FINAL, "I1");
        assertThat(valueEntry
                        .sheet(HOME, 2025, Stage.FINAL)
                        .orElseThrow()
                        .row("I1")
                        .orElseThrow()
                        .editable())
                .isFalse();
        assertThatThrownBy(() -> valueEntry.saveEntry(new ValueEdit(
                        HOME, 2025, Stage.FINAL, "I1", new BigDecimal("5"), null, i1.version(), "Alasan")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entry(2025, Stage.FINAL, "I1").value()).isEqualByComparingTo(i1.value());
    }

    @Test
    void thePreviewOfAnEditIsTheResultAfterSavingIt() {
        as("bappeda", Role.OPERATOR_OPD);
        YearResult preview = valueEntry
                .preview(HOME, 2026, Stage.MANDIRI, "I1", new BigDecimal("4.75"))
                .orElseThrow();
        YearResult now = evaluation.result(HOME, 2026, Stage.MANDIRI).orElseThrow();
        assertThat(preview.exact()).isGreaterThan(now.exact());
        valueEntry.saveEntry(edit(
                2026,
                Stage.MANDIRI,
                "I1",
                "4.75",
                entry(2026, Stage.MANDIRI, "I1").version()));
        assertThat(evaluation.result(HOME, 2026, Stage.MANDIRI).orElseThrow().exact())
                .isEqualByComparingTo(preview.exact());
    }

    @Test
    void onlyOneStageIsOpenAtATimeAndOnlyACoordinatorOpensIt() {
        as("koordinator", Role.ADMIN);
        assertThat(cycle.openStage(HOME, 2026)).map(StageSchedule::stage).contains(Stage.MANDIRI);
        assertThatThrownBy(() -> cycle.open(HOME, 2026, Stage.DOKUMEN))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("Penilaian mandiri masih terbuka. Tutup tahap itu dulu sebelum membuka"
                                        + " Penilaian dokumen."));
        assertThatThrownBy(() -> cycle.plan(
                        HOME,
                        2026,
                        Stage.DOKUMEN,
                        java.time.LocalDate.of(2027, 2, 1),
                        java.time.LocalDate.of(2027, 1, 1)))
                .isInstanceOf(UserMessageException.class);
        as("asesor", Role.ASESOR);
        assertThatThrownBy(() -> cycle.open(HOME, 2026, Stage.DOKUMEN)).isInstanceOf(AccessDeniedException.class);
        List<StageSchedule> schedule = cycle.schedule(HOME, 2026);
        assertThat(schedule).extracting(StageSchedule::stage).containsExactly(Stage.values());
        assertThat(schedule)
                .filteredOn(StageSchedule::open)
                .extracting(StageSchedule::stage)
                .containsExactly(Stage.MANDIRI);
        assertThat(schedule.getFirst().closesOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 11));
    }
}
