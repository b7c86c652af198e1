package id.pantauspbe.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Hostile files are refused where they pass a limit, with file, row and column in Bahasa Indonesia. */
class ImportLimitsTest {

    private static final String HEADER = "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai";

    /** Reads a file, counting the rows handed over; the refusal as a problem of the file. */
    private static ImportProblem refusal(String name, byte[] content, ImportLimits limits, List<Table.Row> rows) {
        try {
            TableReader.read(name, ImportSource.of(content), limits, new Table.Sink() {
                @Override
                public void header(Table.Header header) {}

                @Override
                public void row(Table.Row row) {
                    rows.add(row);
                }
            });
        } catch (UnreadableFileException e) {
            return e.problem(name);
        }
        throw new AssertionError("the file was read");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void aCsvOfTwentyThousandColumnsIsRefusedAtTheHeaderWithoutBuildingItsCells() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 3; line++) {
            for (int c = 0; c < 20_000; c++) {
                text.append(c == 0 ? "" : ",").append(line == 0 ? "k" + c : "x");
            }
            text.append('\n');
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(150_000);
        List<Table.Row> rows = new ArrayList<>();

        long before = allocatedBytes();
        ImportProblem problem = refusal("lebar.csv", file, ImportLimits.defaults(), rows);
        long allocated = allocatedBytes() - before;

        assertThat(problem.file()).isEqualTo("lebar.csv");
        assertThat(problem.row()).isEqualTo(1);
        assertThat(problem.message())
                .isEqualTo("Baris 1 berisi lebih dari 50 kolom; berkas impor paling banyak 50 kolom."
                        + " Berkas tidak dibaca lebih lanjut.");
        assertThat(rows).isEmpty();
        // reading on would have built 20,000 cells per row: far more than a few buffers
        assertThat(allocated).isLessThan(8L * 1024 * 1024);
    }

    @Test
    void anXlsxCellBeyondTheMostColumnsIsRefused() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("hasil");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("instansi_kode");
            Row data = sheet.createRow(1);
            data.createCell(0).setCellValue("UJI");
            data.createCell(16_383).setCellValue("x"); // column XFD, the last Excel has
            workbook.write(out);
            file = out.toByteArray();
        }
        List<Table.Row> rows = new ArrayList<>();
        ImportProblem problem = refusal("lebar.xlsx", file, ImportLimits.defaults(), rows);
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.message())
                .isEqualTo("Baris 2 berisi lebih dari 50 kolom; berkas impor paling banyak 50 kolom."
                        + " Berkas tidak dibaca lebih lanjut.");
        assertThat(rows).isEmpty();
    }

    @Test
    void aTooLongCellIsRefusedWithItsRowAndColumn() {
        String file = HEADER + "\nUJI,Kota Uji,2021,final,I1,3\nUJI,Kota Uji,2021,final,I2," + "9".repeat(5000) + "\n";
        List<Table.Row> rows = new ArrayList<>();
        ImportProblem problem =
                refusal("panjang.csv", file.getBytes(StandardCharsets.UTF_8), ImportLimits.defaults(), rows);
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo("nilai");
        assertThat(problem.message())
                .isEqualTo(
                        "Baris 3, kolom \"nilai\": isian lebih dari 1000 karakter. Berkas tidak dibaca lebih lanjut.");
        assertThat(rows).hasSize(1);
    }

    @Test
    void rowsBeyondTheLimitAreRefusedAtTheFirstOneTooMany() {
        ImportLimits three = limits(3, DataSize.ofMegabytes(512));
        String file = HEADER + "\n" + "UJI,Kota Uji,2021,final,I1,3\n".repeat(10);
        List<Table.Row> rows = new ArrayList<>();
        ImportProblem problem = refusal("banyak.csv", file.getBytes(StandardCharsets.UTF_8), three, rows);
        assertThat(problem.row()).isEqualTo(5);
        assertThat(problem.message())
                .isEqualTo(
                        "Berkas berisi lebih dari 3 baris data (berhenti di baris 5); bagi menjadi beberapa berkas.");
        assertThat(rows).hasSize(3);
    }

    @Test
    void anXlsxSheetLargerThanItsLimitUnpackedIsRefused() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("hasil");
            for (int r = 0; r < 5000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 6; c++) {
                    if (r == 0) {
                        row.createCell(c).setCellValue("k" + c);
                    } else {
                        row.createCell(c).setCellValue(c * 1.0);
                    }
                }
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        List<Table.Row> rows = new ArrayList<>();
        ImportProblem problem = refusal("besar.xlsx", file, limits(1_000_000, DataSize.ofKilobytes(200)), rows);
        assertThat(problem.message())
                .isEqualTo("Lembar pertama berkas XLSX lebih besar dari 0,2 MB setelah dibuka."
                        + " Berkas tidak dibaca lebih lanjut.");
        assertThat(rows).isNotEmpty().hasSizeLessThan(4999);
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() {
        ImportLimits small = new ImportLimits(
                DataSize.ofKilobytes(512),
                1_000_000,
                50,
                1000,
                DataSize.ofMegabytes(512),
                DataSize.ofMegabytes(64),
                100);
        byte[] file =
                (HEADER + "\n" + "UJI,Kota Uji,2021,final,I1,3\n".repeat(25_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TableReader.read("besar.csv", ImportSource.of(file), small, null))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.problem("besar.csv").message()).isEqualTo("Berkas lebih besar dari 0,5 MB."));
    }

    private static ImportLimits limits(int rows, DataSize sheet) {
        return new ImportLimits(DataSize.ofMegabytes(64), rows, 50, 1000, sheet, DataSize.ofMegabytes(64), 100);
    }
}
