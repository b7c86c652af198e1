package id.pantauspbe.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.pantauspbe.AppTest;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.evaluation.YearResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Import, export and templates on the real database. Imports use instansi of their own. */
@AppTest
class ExchangeServiceTest {

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
    ExchangeService exchange;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    TargetService targetService;

    private ImportResult importCsv(ImportKind kind, String name, String text) {
        return exchange.importFile(kind, name, text.getBytes(StandardCharsets.UTF_8), "uji");
    }

    /** All 20 indicators of 8/2026 for an instansi, in Indonesian Excel's CSV (semicolon, decimal comma). */
    private static String values2026(String code, String value) {
        return "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                + IntStream.rangeClosed(1, 20)
                        // the indicator by number, zero-padded number or code, as spreadsheets hold them
                        .mapToObj(i -> code + ";Kabupaten Uji Impor;2026;mandiri;"
                                + (i % 3 == 0 ? "I" + i : i % 3 == 1 ? String.valueOf(i) : "i0" + i) + ";" + value)
                        .collect(Collectors.joining("\n"));
    }

    @Test
    void importsANewInstansiAndImportingAgainChangesNothing() {
        ImportResult first = importCsv(ImportKind.HASIL, "uji.csv", values2026("UJI-IMPOR", "3,25"));
        assertThat(first.problems()).isEmpty();
        assertThat(first.rows()).isEqualTo(20);
        assertThat(first.inserted()).isEqualTo(20);
        assertThat(first.newInstansi()).containsExactly("UJI-IMPOR");
        assertThat(evaluation.find("UJI-IMPOR"))
                .hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("Kabupaten Uji Impor"));
        YearResult result = evaluation.result("UJI-IMPOR", 2026, Stage.MANDIRI).orElseThrow();
        assertThat(result.value()).isEqualByComparingTo("3.25");
        assertThat(result.complete()).isTrue();

        ImportResult again = importCsv(ImportKind.HASIL, "uji.csv", values2026("UJI-IMPOR", "3,25"));
        assertThat(again.valid()).isTrue();
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(20);
        assertThat(again.newInstansi()).isEmpty();

        ImportResult changed = importCsv(
                ImportKind.HASIL,
                "ubah.csv",
                "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\nUJI-IMPOR,,2026,mandiri,I1,\"4,5\"\n");
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(evaluation
                        .result("UJI-IMPOR", 2026, Stage.MANDIRI)
                        .orElseThrow()
                        .exact())
                .isEqualByComparingTo("3.3125");
    }

    @Test
    void aDifferentNameOfARegisteredInstansiIsNotedNotDropped() {
        String header = "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\n";
        importCsv(ImportKind.HASIL, "nama.csv", header + "UJI-NAMA,Kabupaten Uji Nama,2022,final,I1,2\n");
        ImportResult renamed = importCsv(
                ImportKind.HASIL,
                "nama-lain.csv",
                header + "UJI-NAMA,Kab. Uji Nama,2022,final,I1,2\nUJI-NAMA,Kab. Uji Nama,2022,final,I2,3\n");
        assertThat(renamed.valid()).isTrue();
        assertThat(renamed.inserted()).isEqualTo(1);
        assertThat(renamed.notes())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple(
                        2,
                        "instansi_nama",
                        "Nama \"Kab. Uji Nama\" berbeda dengan nama terdaftar \"Kabupaten Uji Nama\" untuk kode"
                                + " UJI-NAMA; nama terdaftar tidak diubah."));
        assertThat(evaluation.find("UJI-NAMA").orElseThrow().name()).isEqualTo("Kabupaten Uji Nama");
    }

    @Test
    void exportOfAllYearsImportsBackWithoutAnyChange() {
        ExportFile csv = exchange.exportValues("CONTOH", null, ExportFormat.CSV).orElseThrow();
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(csv.fileName()).isEqualTo("nilai-contoh-semua-tahun.csv");
        assertThat(text)
                .startsWith("\uFEFFinstansi_kode,instansi_nama,tahun,tahap,indikator,nilai\r\n"
                        + "CONTOH,Kabupaten Contoh,2018,mandiri,I1,")
                .contains("CONTOH,Kabupaten Contoh,2026,mandiri,I2,3.1\r\n");
        assertThat(text.lines().count()).isEqualTo(1 + 694);

        ImportResult fromCsv = exchange.importFile(ImportKind.HASIL, csv.fileName(), csv.content(), "uji");
        assertThat(fromCsv.problems()).isEmpty();
        assertThat(fromCsv.rows()).isEqualTo(694);
        assertThat(fromCsv.unchanged()).isEqualTo(694);
        assertThat(fromCsv.notes()).isEmpty();

        ExportFile xlsx =
                exchange.exportValues("CONTOH", null, ExportFormat.XLSX).orElseThrow();
        ImportResult fromXlsx = exchange.importFile(ImportKind.HASIL, xlsx.fileName(), xlsx.content(), "uji");
        assertThat(fromXlsx.problems()).isEmpty();
        assertThat(fromXlsx.unchanged()).isEqualTo(694);

        // and the figures are those of before
        assertThat(evaluation.result("CONTOH", 2021).orElseThrow().exact()).isEqualByComparingTo("2.505");
        assertThat(exchange.exportValues("CONTOH", null, ExportFormat.CSV)
                        .orElseThrow()
                        .content())
                .isEqualTo(csv.content());
    }

    @Test
    void namesThatLookLikeFormulasAreExportedNeutralisedAndImportBackAsTheyWere() throws Exception {
        String name = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
        String file = "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\n" + "UJI-RUMUS,\""
                + name.replace("\"", "\"\"") + "\",2022,final,I1,3\n";
        try {
            roundTrip(name, file);
        } finally {
            evaluation.deleteValues("UJI-RUMUS", 2022);
        }
    }

    private void roundTrip(String name, String file) throws Exception {
        assertThat(importCsv(ImportKind.HASIL, "rumus.csv", file).inserted()).isEqualTo(1);
        assertThat(evaluation.find("UJI-RUMUS").orElseThrow().name()).isEqualTo(name);

        ExportFile csv =
                exchange.exportValues("UJI-RUMUS", 2022, ExportFormat.CSV).orElseThrow();
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).contains("UJI-RUMUS,\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        ImportResult fromCsv = exchange.importFile(ImportKind.HASIL, "rumus.csv", csv.content(), "uji");
        assertThat(fromCsv.unchanged()).isEqualTo(1);
        assertThat(fromCsv.notes()).isEmpty();

        ExportFile xlsx =
                exchange.exportValues("UJI-RUMUS", 2022, ExportFormat.XLSX).orElseThrow();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("'" + name);
        }
        ImportResult fromXlsx = exchange.importFile(ImportKind.HASIL, "rumus.xlsx", xlsx.content(), "uji");
        assertThat(fromXlsx.unchanged()).isEqualTo(1);
        assertThat(fromXlsx.notes()).isEmpty();
    }

    @Test
    void exportOfOneYearHoldsBothStages() {
        ExportFile file =
                exchange.exportValues("contoh", 2024, ExportFormat.CSV).orElseThrow();
        List<String> lines =
                new String(file.content(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + 47 + 47);
        assertThat(lines.get(1)).startsWith("CONTOH,Kabupaten Contoh,2024,mandiri,I1,");
        assertThat(lines.get(48)).startsWith("CONTOH,Kabupaten Contoh,2024,final,I1,");
        assertThat(exchange.exportValues("TIDAK-ADA", 2024, ExportFormat.CSV)).isEmpty();
    }

    @Test
    void reportsEveryProblemWithRowAndColumnAndWritesNothing() {
        String file = "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                + "UJI-SALAH;Kabupaten Salah;2021;final;I48;3\n" // 2: unknown indicator
                + "UJI-SALAH;Kabupaten Salah;2021;final;7;6\n" // 3: outside the scale 1-5
                + "UJI-SALAH;Kabupaten Salah;2021;final;I7;3\n" // 4: same as row 3
                + "UJI-SALAH;Kabupaten Salah;1999;final;I1;3\n" // 5: unknown year
                + "UJI-SALAH;Kabupaten Salah;2021;akhir;I2;3\n" // 6: unknown stage
                + "UJI-SALAH;Kabupaten Salah;2026;mandiri;I3;2,555\n" // 7: three decimals
                + "UJI-SALAH;Kabupaten Salah;2021;final;I4;tiga\n" // 8: not a number
                + "UJI-SALAH;Kabupaten Salah;2021;final;I5;3\n"; // 9: valid
        ImportResult result = importCsv(ImportKind.HASIL, "salah.csv", file);
        assertThat(result.valid()).isFalse();
        assertThat(result.rows()).isEqualTo(8);
        assertThat(result.problems())
                .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple(
                                "salah.csv",
                                2,
                                "indikator",
                                "Indikator \"I48\" tidak ada dalam kerangka PERMENPANRB-59-2020 yang dipakai tahun 2021"
                                        + " (indikator 1 sampai 47)."),
                        tuple(
                                "salah.csv",
                                3,
                                "nilai",
                                "Nilai 6 di luar skala indikator I7 tahun 2021: bilangan bulat 1 sampai 5."),
                        tuple(
                                "salah.csv",
                                4,
                                null,
                                "Baris ganda: UJI-SALAH / 2021 / final / I7 sudah ada pada baris 3."),
                        tuple(
                                "salah.csv",
                                5,
                                "tahun",
                                "Tahun 1999 tidak dikenal: belum ada kerangka evaluasi untuk tahun itu."),
                        tuple(
                                "salah.csv",
                                6,
                                "tahap",
                                "Tahap \"akhir\" tidak dikenal: isi \"mandiri\" atau \"final\"."),
                        tuple(
                                "salah.csv",
                                7,
                                "nilai",
                                "Nilai 2,555 di luar skala indikator I3 tahun 2026: 1 sampai 5, paling banyak dua angka"
                                        + " desimal."),
                        tuple("salah.csv", 8, "nilai", "\"tiga\" bukan angka. Tulis misalnya 3 atau 3,5."));
        assertThat(evaluation.find("UJI-SALAH")).isEmpty();
    }

    @Test
    void aValidRowIsNotStoredWhenAnotherRowIsInvalid() {
        String file = "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\n"
                + "CONTOH,,2021,final,I1,5\n"
                + "CONTOH,,2021,final,I2,9\n";
        ImportResult result = importCsv(ImportKind.HASIL, "sebagian.csv", file);
        assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(3);
        assertThat(evaluation.result("CONTOH", 2021).orElseThrow().exact()).isEqualByComparingTo("2.505");
    }

    @Test
    void reportsMissingAndUnknownColumnsAndUnreadableFiles() {
        ImportResult missing = importCsv(
                ImportKind.HASIL, "kolom.csv", "instansi_kode;tahun;tahap;indikator;skor\nUJI;2021;final;1;3\n");
        assertThat(missing.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple(
                                1,
                                "skor",
                                "Kolom \"skor\" tidak dikenal (isinya tidak akan terbaca). Kolom yang diterima:"
                                        + " instansi_kode, instansi_nama, tahun, tahap, indikator, nilai."),
                        tuple(1, "instansi_nama", "Kolom wajib \"instansi_nama\" tidak ada pada baris judul."),
                        tuple(1, "nilai", "Kolom wajib \"nilai\" tidak ada pada baris judul."));

        ImportResult unreadable =
                exchange.importFile(ImportKind.HASIL, "rusak.xlsx", new byte[] {'P', 'K', 3, 4, 9}, "uji");
        assertThat(unreadable.problems())
                .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::message)
                .containsExactly(tuple(
                        "rusak.xlsx",
                        null,
                        "Berkas tidak dapat dibaca sebagai XLSX (rusak atau bukan berkas Excel). Simpan ulang sebagai"
                                + " .xlsx atau CSV."));

        ImportResult headerOnly =
                importCsv(ImportKind.HASIL, "judul.csv", "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\n");
        assertThat(headerOnly.problems())
                .extracting(ImportProblem::message)
                .containsExactly("Berkas hanya berisi baris judul kolom, tanpa baris data.");

        ImportResult unknownInstansiWithoutName = importCsv(
                ImportKind.HASIL,
                "tanpa-nama.csv",
                "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\nUJI-TANPA-NAMA,,2021,final,I1,3\n");
        assertThat(unknownInstansiWithoutName.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "instansi_nama"));
    }

    @Test
    void importsTargetsAndImportingAgainChangesNothing() {
        String file = "instansi_kode,instansi_nama,tahun,lingkup,kode,nilai,sumber,catatan\n"
                + "UJI-TARGET,Kota Uji Target,2025,indeks,,\"3,60\",rpjmd,RPJMD 2021-2026\n"
                + "UJI-TARGET,Kota Uji Target,2025,domain,D4,3.9,RAKOR,\n"
                + "UJI-TARGET,Kota Uji Target,2026,aspek,A1,4,RENSTRA,Renstra Diskominfo\n";
        ImportResult first = importCsv(ImportKind.TARGET, "target.csv", file);
        assertThat(first.problems()).isEmpty();
        assertThat(first.inserted()).isEqualTo(3);
        assertThat(targetService.targets("UJI-TARGET"))
                .extracting(Target::year, Target::scope, Target::nodeCode, Target::source, Target::note)
                .containsExactly(
                        tuple(2025, Target.Scope.DOMAIN, "D4", Target.Source.RAKOR, null),
                        tuple(2025, Target.Scope.INDEX, "", Target.Source.RPJMD, "RPJMD 2021-2026"),
                        tuple(2026, Target.Scope.ASPECT, "A1", Target.Source.RENSTRA, "Renstra Diskominfo"));
        ImportResult again = importCsv(ImportKind.TARGET, "target.csv", file);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.inserted() + again.updated()).isZero();

        ImportResult invalid = importCsv(
                ImportKind.TARGET,
                "target-salah.csv",
                "instansi_kode,tahun,lingkup,kode,nilai,sumber\n"
                        + "UJI-TARGET,2025,domain,D9,3,RPJMD\n"
                        + "UJI-TARGET,2025,indeks,,5.5,RPJMD\n"
                        + "UJI-TARGET,2025,wilayah,,3,RPJMD\n"
                        + "UJI-TARGET,2024,indeks,,3,DPRD\n"
                        + "UJI-BARU,2025,indeks,,3,RPJMD\n");
        assertThat(invalid.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        tuple(2, "kode"),
                        tuple(3, "nilai"),
                        tuple(4, "lingkup"),
                        tuple(5, "sumber"),
                        tuple(6, "instansi_kode"));
        assertThat(evaluation.find("UJI-BARU")).isEmpty();
    }

    @Test
    void templatesHoldTheHeaderAndAGuideInBahasaIndonesia() throws Exception {
        ExportFile template = exchange.template(ImportKind.HASIL);
        assertThat(template.fileName()).isEqualTo("templat-hasil.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.content()))) {
            Sheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("hasil");
            assertThat(data.getLastRowNum()).isZero();
            assertThat(data.getRow(0).getCell(5).getStringCellValue()).isEqualTo("nilai");
            Sheet guide = workbook.getSheet("Petunjuk");
            assertThat(guide.getRow(4).getCell(0).getStringCellValue()).isEqualTo("instansi_kode");
            assertThat(guide.getRow(7).getCell(2).getStringCellValue()).startsWith("mandiri (penilaian mandiri)");
        }
        // an empty template reads back as "header only"
        assertThat(exchange.importFile(
                                ImportKind.TARGET,
                                "templat-target.xlsx",
                                exchange.template(ImportKind.TARGET).content(),
                                "uji")
                        .problems())
                .extracting(ImportProblem::key)
                .containsExactly("import.error.noRows");
    }
}
