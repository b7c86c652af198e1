package id.pantauspbe.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.SignIn;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditEvent;
import id.pantauspbe.access.AuditFilter;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Imports that stay safe: capped reports, one at a time, one audit entry, large files in one go. */
@AppTest
class ImportSafetyTest {

    private static final String HEADER = "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\n";

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    ExchangeService exchange;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    AuditService audit;

    @BeforeEach
    void signInAsCoordinator() {
        SignIn.as(security, "koordinator", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    private ImportResult importCsv(String name, String text) {
        return exchange.importFile(ImportKind.HASIL, name, text.getBytes(StandardCharsets.UTF_8), "uji");
    }

    @Test
    void aReportListsTheFirstHundredProblemsAndCountsThemAll() {
        String file = HEADER
                // every row wrong once: 9 is off every scale, or the indicator is unknown in 2026
                + IntStream.range(0, 250)
                        .mapToObj(i -> "UJI-BATAS,Kota Uji Batas," + (2021 + i / 47) + ",final,I" + (i % 47 + 1) + ",9")
                        .collect(Collectors.joining("\n"));
        ImportResult result = importCsv("banyak-salah.csv", file);
        assertThat(result.valid()).isFalse();
        assertThat(result.problemCount()).isEqualTo(250);
        assertThat(result.problems()).hasSize(100);
        assertThat(result.truncated()).isTrue();
        assertThat(result.problems().getFirst().row()).isEqualTo(2);
        assertThat(result.problems().getLast().row()).isEqualTo(101);
        assertThat(evaluation.find("UJI-BATAS")).isEmpty();
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedAndTheFirstCompletes() throws Exception {
        try (RunningImport first = new RunningImport(exchange, security)) {
            assertThatThrownBy(() -> importCsv("kedua.csv", HEADER + "UJI-KEDUA,Kota Uji Kedua,2022,final,I1,3\n"))
                    .isInstanceOf(ImportBusyException.class)
                    .hasMessage("Impor lain sedang berjalan. Tunggu sampai selesai, lalu unggah lagi.");
            assertThat(evaluation.find("UJI-KEDUA")).isEmpty();
            assertThat(first.finish().problems())
                    .extracting(ImportProblem::key)
                    .containsExactly("import.error.unknownYear");
        }
        // once it has finished, the next import runs
        try {
            assertThat(importCsv("kedua.csv", HEADER + "UJI-KEDUA,Kota Uji Kedua,2022,final,I1,3\n")
                            .inserted())
                    .isEqualTo(1);
        } finally {
            evaluation.deleteValues("UJI-KEDUA", 2022);
        }
    }

    @Test
    void anImportIsOneAuditEntryWithFileHashCountsAndChangedValues() throws Exception {
        String first = HEADER
                + IntStream.rangeClosed(1, 20)
                        .mapToObj(i -> "UJI-AUDIT,Kota Uji Audit,2026,mandiri,I" + i + ",3")
                        .collect(Collectors.joining("\n"));
        try {
            importTwice(first);
        } finally {
            evaluation.deleteValues("UJI-AUDIT", 2026);
        }
    }

    private void importTwice(String first) throws Exception {
        assertThat(importCsv("audit-1.csv", first).inserted()).isEqualTo(20);
        String second = first.replace("mandiri,I1,3", "mandiri,I1,4").replace("mandiri,I2,3", "mandiri,I2,3.5");
        ImportResult changed = importCsv("audit-2.csv", second);
        assertThat(changed.updated()).isEqualTo(2);

        List<AuditEvent> events = audit.search(
                new AuditFilter(null, AuditAction.Entity.VALUE, "UJI-AUDIT", null, null, null, null, null));
        assertThat(events)
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.VALUES_IMPORTED, AuditAction.VALUES_IMPORTED);
        AuditEvent latest = events.getFirst();
        assertThat(latest.key()).isEqualTo("audit-2.csv");
        assertThat(latest.username()).isEqualTo("koordinator");
        assertThat(latest.year()).isEqualTo(2026);
        assertThat(latest.stage()).isEqualTo("MANDIRI");
        assertThat(latest.newValue()).isEqualTo("20 baris: 0 baru, 2 diubah, 18 tetap");
        assertThat(latest.detail())
                .isEqualTo("SHA-256 " + sha256(second) + ". Diubah: UJI-AUDIT 2026 mandiri: I1 3 → 4, I2 3 → 3,5");
        assertThat(audit.importChanges(latest.id())).contains("UJI-AUDIT 2026 mandiri: I1 3 → 4, I2 3 → 3,5");
        assertThat(events.getLast().newValue()).isEqualTo("20 baris: 20 baru, 0 diubah, 0 tetap");
        assertThat(events.getLast().detail()).endsWith("Tidak ada nilai yang diubah.");
    }

    @Test
    void aLargeGeneratedFileIsImportedInOneGoAndAgainChangesNothing() {
        NationalFile national = new NationalFile(74, 2018, 2025, "UJI-MASSAL", 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = national.write(out);
        assertThat(rows).isEqualTo(74 * 680);
        try {
            ImportResult first = exchange.importFile(ImportKind.HASIL, "nasional.csv", out.toByteArray(), "uji");
            assertThat(first.problems()).isEmpty();
            assertThat(first.rows()).isEqualTo(50_320);
            assertThat(first.inserted()).isEqualTo(50_320);
            assertThat(first.newInstansi()).hasSize(74).startsWith("UJI-MASSAL-0001");
            assertThat(evaluation
                            .result("UJI-MASSAL-0074", 2025, Stage.FINAL)
                            .orElseThrow()
                            .complete())
                    .isTrue();

            ImportResult again = exchange.importFile(ImportKind.HASIL, "nasional.csv", out.toByteArray(), "uji");
            assertThat(again.unchanged()).isEqualTo(50_320);
            assertThat(again.inserted() + again.updated()).isZero();
        } finally {
            for (int n = 1; n <= 74; n++) {
                for (int year = 2018; year <= 2025; year++) {
                    evaluation.deleteValues(national.code(n), year);
                }
            }
        }
    }

    @Test
    void aLargeFileWithOneBadRowAtTheEndStoresNothing() {
        NationalFile national = new NationalFile(5, 2018, 2025, "UJI-SEMUA", 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        national.write(out);
        String file = out.toString(StandardCharsets.UTF_8)
                + "UJI-SEMUA-0005,Pemerintah Daerah Uji UJI-SEMUA-0005,2026,final,I1,6\n";
        ImportResult result = importCsv("hampir.csv", file);
        assertThat(result.problemCount()).isEqualTo(1);
        assertThat(result.problems().getFirst().row()).isEqualTo(3402);
        assertThat(result.problems().getFirst().column()).isEqualTo("nilai");
        assertThat(evaluation.find("UJI-SEMUA-0001")).isEmpty();
        assertThat(evaluation.history("UJI-SEMUA-0001")).isEmpty();
    }

    @Test
    void anXlsxFileWithTheWrongHeaderIsReportedByItsColumns() {
        byte[] template = exchange.template(ImportKind.HASIL).content();
        ImportResult result = exchange.importFile(ImportKind.TARGET, "templat-hasil.xlsx", template, "uji");
        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(1, "tahap", "import.error.unknownColumn"),
                        org.assertj.core.groups.Tuple.tuple(1, "lingkup", "import.error.missingColumn"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
