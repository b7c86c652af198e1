package id.pantauspbe.rakor;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.opd.OpdReport;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** The Laporan SPBE read back: the PDF with a PDF library, the workbook with POI. */
@AppTest
class ReportServiceTest {

    @Autowired
    RakorService rakor;

    @Autowired
    ReportService reports;

    @Autowired
    CurrentUser currentUser;

    private RakorSnapshot snapshot;

    @BeforeEach
    void takeSnapshot() {
        AtomicReference<RakorSnapshot> result = new AtomicReference<>();
        currentUser.runAs(
                "kadis",
                Role.PIMPINAN,
                () -> result.set(rakor.snapshot("CONTOH", 2021, false).orElseThrow()));
        snapshot = result.get();
    }

    @Test
    void pdfHasTheExpectedPagesAndText() throws Exception {
        ExportFile file = reports.render(snapshot, ReportService.ReportFormat.PDF, Messages.INDONESIAN);
        // kept for a human look (pdftoppm target/laporan-spbe-CONTOH-2021.pdf)
        java.nio.file.Files.write(java.nio.file.Path.of("target", file.fileName()), file.content());
        assertThat(file.fileName()).isEqualTo("laporan-spbe-CONTOH-2021.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", file.fileName()), file.content());

        PdfReader reader = new PdfReader(file.content());
        try {
            int pages = reader.getNumberOfPages();
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> text = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                text.add(extractor.getTextFromPage(p));
            }
            // the short weak list (up to a third of the 47) takes a page more than the five weakest did
            assertThat(pages).isEqualTo(6);
            String first = text.getFirst();
            assertThat(first)
                    .contains("Laporan SPBE")
                    .contains("Pemerintah Kabupaten Contoh")
                    .contains("Indeks SPBE Kabupaten Contoh Tahun 2021")
                    .contains("Data per 23 November 2026")
                    .contains("2,51")
                    .contains("Cukup")
                    .contains("3,20");
            for (int p = 1; p <= pages; p++) {
                assertThat(text.get(p - 1)).contains("Halaman " + p + " dari " + pages);
            }
            // compared with single spaces: table cells wrap and extraction may double spaces
            String all = String.join("\n", text).replaceAll("\\s+", " ");
            assertThat(all)
                    .contains("Tindak lanjut rencana aksi rakor 2020")
                    .contains("Menyusun Arsitektur SPBE daerah")
                    .contains("Perubahan indeks 2020 \u2192 2021 per domain")
                    .contains("Profil domain dan aspek 2021")
                    .contains("Manajemen SPBE")
                    .contains("Indikator terlemah 2021 dan OPD pengampu")
                    .contains("Peringkat OPD dan OPD lemah 2021")
                    .contains("Dinas Sosial")
                    .contains("Data dukung dan tenggat tahun 2021")
                    .doesNotContain("tahap berjalan (2026)")
                    .contains("Kesepakatan dan rencana aksi rakor 2021");
            // names are broken between words only: every OPD and weak indicator name reads whole
            for (OpdReport.Row r : snapshot.opds()) {
                assertThat(all).contains(r.opd().name());
            }
            for (var w : snapshot.weakest()) {
                assertThat(all).contains(w.indicator().name());
            }
            // every domain value as shown on the dashboard
            for (Figure f : snapshot.overview().current().orElseThrow().domains()) {
                assertThat(all).contains(id.pantauspbe.base.TextFormat.decimal(f.value()));
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void aFrameworkWithoutDomainsGivesAnAspectProfileAndNamesReadWhole() throws Exception {
        RakorSnapshot draft = snapshotOf(2026);
        ExportFile file = reports.render(draft, ReportService.ReportFormat.PDF, Messages.INDONESIAN);
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", file.fileName()), file.content());
        String all = pdfText(file.content());
        assertThat(all).contains("Profil aspek 2026").doesNotContain("Profil aspek dan aspek");
        for (Figure f : draft.overview().current().orElseThrow().aspects()) {
            assertThat(all).contains(f.name());
        }
        for (OpdReport.Row r : draft.opds()) {
            assertThat(all).contains(r.opd().name());
        }
    }

    @Test
    void theDraftOf2026IsNoResultInThePdfOrTheWorkbook() throws Exception {
        RakorSnapshot draft = snapshotOf(2026);
        assertThat(draft.settled()).isFalse();
        String pdf = pdfText(reports.render(draft, ReportService.ReportFormat.PDF, Messages.INDONESIAN)
                .content());
        assertThat(pdf)
                .contains("Indeks SPBE Kabupaten Contoh Tahun 2026")
                .contains("sementara, 14 dari 20 indikator")
                .contains("Predikat Tidak diberikan: baru 14 dari 20 indikator bernilai")
                .contains("Perubahan tidak ditampilkan sebagai angka")
                .contains("2026: 3,17 (sementara)")
                .doesNotContain("Baik")
                .doesNotContain("Hasil akhir resmi");
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new ByteArrayInputStream(reports.render(draft, ReportService.ReportFormat.XLSX, Messages.INDONESIAN)
                        .content()))) {
            Sheet summary = wb.getSheet("Ringkasan");
            assertThat(textAfter(summary, "Status angka")).contains("sementara, 14 dari 20 indikator");
            assertThat(rowLabelled(summary, "Predikat").getCell(1).getStringCellValue())
                    .isEmpty();
            assertThat(rowLabelled(summary, "Perubahan").getCell(1)).isNull();
            assertThat(rowLabelled(summary, "Selisih terhadap target").getCell(1))
                    .isNull();
            Row year = rowStarting(wb.getSheet("Tren"), 2026);
            assertThat(year.getCell(2).getStringCellValue()).endsWith("sementara");
        }
        // a settled year says so
        try (XSSFWorkbook wb = new XSSFWorkbook(
                new ByteArrayInputStream(reports.render(snapshot, ReportService.ReportFormat.XLSX, Messages.INDONESIAN)
                        .content()))) {
            assertThat(textAfter(wb.getSheet("Ringkasan"), "Status angka")).isEqualTo("Hasil akhir resmi");
        }
    }

    @Test
    void xlsxOfTheOpenStageHoldsItsEvidence() throws Exception {
        RakorSnapshot open = snapshotOf(2026);
        assertThat(open.evidence().year()).isEqualTo(2026);
        assertThat(open.evidence().openStage()).isTrue();
        ExportFile file = reports.render(open, ReportService.ReportFormat.XLSX, Messages.INDONESIAN);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet evidence = wb.getSheet("Data dukung");
            int total = 0;
            for (int i = 1; i <= open.evidence().byOpd().size(); i++) {
                total += (int) evidence.getRow(i).getCell(1).getNumericCellValue();
            }
            assertThat(total).isLessThanOrEqualTo(open.evidence().total()).isPositive();
        }
    }

    private RakorSnapshot snapshotOf(int year) {
        AtomicReference<RakorSnapshot> result = new AtomicReference<>();
        currentUser.runAs(
                "kadis",
                Role.PIMPINAN,
                () -> result.set(rakor.snapshot("CONTOH", year, false).orElseThrow()));
        return result.get();
    }

    /** All pages' text with single spaces (cells wrap between words; extraction may double spaces). */
    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    @Test
    void xlsxTextCellsThatLookLikeFormulasAreNeutralised() throws Exception {
        String closing = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
        String what = "+cmd|' /C calc'!A0";
        String who = "@SUM(1+1)";
        Rakor rakor =
                new Rakor(1, "CONTOH", 2021, null, snapshot.builtAt(), closing, "koordinator", snapshot.builtAt());
        var action = new id.pantauspbe.opd.ActionItem(
                1, 1, 2021, null, null, what, who, null, id.pantauspbe.opd.ActionStatus.TERBUKA);
        RakorSnapshot hostile = new RakorSnapshot(
                snapshot.builtAt(),
                "-1+1 Pemda",
                snapshot.anonymous(),
                snapshot.overview(),
                snapshot.change(),
                snapshot.changeUnavailable(),
                snapshot.weakest(),
                snapshot.opds(),
                snapshot.opdRankBasis(),
                snapshot.opdRankedCount(),
                snapshot.evidence(),
                java.util.Optional.of(rakor),
                List.of(action),
                snapshot.previousRakor(),
                snapshot.previousActions(),
                snapshot.opdChoices(),
                snapshot.planYear(),
                snapshot.plan(),
                snapshot.forecast(),
                snapshot.setara());
        ExportFile file = reports.render(hostile, ReportService.ReportFormat.XLSX, Messages.INDONESIAN);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(texts).contains("'" + closing, "'" + what, "'" + who);
        assertThat(texts).noneMatch(text -> !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0);
        // what a round trip through SpreadsheetText.restore gives back is the original
        assertThat(id.pantauspbe.base.SpreadsheetText.restore("'" + closing)).isEqualTo(closing);
    }

    @Test
    void xlsxHoldsTheNumbersShown() throws Exception {
        ExportFile file = reports.render(snapshot, ReportService.ReportFormat.XLSX, Messages.INDONESIAN);
        assertThat(file.fileName()).isEqualTo("laporan-spbe-CONTOH-2021.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet summary = wb.getSheet("Ringkasan");
            assertThat(numberAfter(summary, "Indeks 2021")).isEqualTo(2.51);
            assertThat(numberAfter(summary, "Target 2021")).isEqualTo(3.20);
            // 2020 -> 2021 crosses the framework boundary: no change as a number (issue 12)
            assertThat(snapshot.overview().change()).isEmpty();
            assertThat(textAfter(summary, "Predikat")).isEqualTo("Cukup");

            Sheet trend = wb.getSheet("Tren");
            for (var p : snapshot.overview().trend()) {
                Row row = rowStarting(trend, p.year());
                if (p.value() != null) {
                    assertThat(row.getCell(1).getNumericCellValue())
                            .isEqualTo(p.value().doubleValue());
                }
            }

            Sheet domains = wb.getSheet("Domain dan aspek");
            YearResult current = snapshot.overview().current().orElseThrow();
            assertThat(domains.getLastRowNum())
                    .isEqualTo(current.domains().size() + current.aspects().size());
            for (int i = 0; i < current.domains().size(); i++) {
                Row row = domains.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(current.domains().get(i).name());
                assertThat(row.getCell(3).getNumericCellValue())
                        .isEqualTo(current.domains().get(i).value().doubleValue());
            }

            Sheet change = wb.getSheet("Perubahan");
            // no explanation across the framework boundary 2020 -> 2021: no contribution rows
            List<Contribution> parts = snapshot.change().map(c -> c.nodes()).orElse(List.of());
            for (int i = 0; i < parts.size(); i++) {
                assertThat(change.getRow(i + 1).getCell(3).getNumericCellValue())
                        .isEqualTo(parts.get(i)
                                .points()
                                .setScale(3, RoundingMode.HALF_UP)
                                .doubleValue());
            }

            Sheet weakest = wb.getSheet("Indikator terlemah");
            for (int i = 0; i < snapshot.weakest().size(); i++) {
                var w = snapshot.weakest().get(i);
                Row row = weakest.getRow(i + 1);
                assertThat(row.getCell(1).getNumericCellValue())
                        .isEqualTo(w.indicator().value().doubleValue());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(w.leadOpd());
            }

            Sheet opd = wb.getSheet("OPD");
            assertThat(opd.getLastRowNum()).isEqualTo(snapshot.opds().size());
            for (int i = 0; i < snapshot.opds().size(); i++) {
                OpdReport.Row r = snapshot.opds().get(i);
                Row row = opd.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(r.opd().name());
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(r.weakLed());
                if (r.ranked()) {
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r.rank());
                }
            }

            // 2021 has no checklist of its own: the sheet holds no other year's evidence
            Sheet evidence = wb.getSheet("Data dukung");
            assertThat(snapshot.evidence().present()).isFalse();
            assertThat(evidence.getRow(1).getPhysicalNumberOfCells()).isZero();

            Sheet actions = wb.getSheet("Rencana aksi");
            assertThat(actions.getLastRowNum()).isGreaterThanOrEqualTo(4);
            assertThat(actions.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2020);
        }
    }

    private static double numberAfter(Sheet sheet, String label) {
        Row row = rowLabelled(sheet, label);
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(row.getCell(1).getNumericCellValue()).doubleValue();
    }

    private static String textAfter(Sheet sheet, String label) {
        return rowLabelled(sheet, label).getCell(1).getStringCellValue();
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static Row rowStarting(Sheet sheet, int year) {
        for (Row row : sheet) {
            if (row.getCell(0) != null
                    && row.getCell(0).getCellType() == CellType.NUMERIC
                    && row.getCell(0).getNumericCellValue() == year) {
                return row;
            }
        }
        throw new AssertionError("no row " + year);
    }
}
