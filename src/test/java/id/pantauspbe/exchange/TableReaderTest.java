package id.pantauspbe.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files as spreadsheets and people write them. */
class TableReaderTest {

    private static Read csv(String text) throws Exception {
        return read("nilai.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCommaSeparatedFilesWithRowNumbers() throws Exception {
        Read table = csv("instansi_kode,tahun,nilai\nCONTOH,2021,3\nCONTOH,2022,4\n");
        assertThat(table.columns()).containsExactly("instansi_kode", "tahun", "nilai");
        assertThat(table.headerRow()).isEqualTo(1);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).number()).isEqualTo(3);
        assertThat(table.rows().get(1).get("tahun")).isEqualTo("2022");
    }

    @Test
    void readsSemicolonSeparatedFilesWithDecimalCommaFromIndonesianExcel() throws Exception {
        Read table = csv("instansi_kode;tahun;nilai\r\nUJI;2026;3,75\r\nUJI;2026;4\r\n");
        assertThat(table.rows().getFirst().get("nilai")).isEqualTo("3,75");
        assertThat(TableReader.number(table.rows().getFirst().get("nilai"))).isEqualByComparingTo("3.75");
        assertThat(TableReader.number("3.5")).isEqualByComparingTo("3.5");
        assertThat(TableReader.number(" 4 ")).isEqualByComparingTo(BigDecimal.valueOf(4));
        assertThat(TableReader.number("3,5,1")).isNull();
        assertThat(TableReader.number("tiga")).isNull();
        assertThat(TableReader.number("1.234,5")).isNull();
    }

    @Test
    void ignoresTheByteOrderMarkAndHeaderCaseAndSpaces() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = " Instansi_Kode ;TAHUN\nUJI;2021\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        Read table = read("bom.csv", bytes);
        assertThat(table.columns()).containsExactly("instansi_kode", "tahun");
        assertThat(table.rows().getFirst().get("instansi_kode")).isEqualTo("UJI");
    }

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws Exception {
        Read table = csv("kode,nama,nilai\n"
                + "UJI,\"Kabupaten Uji, Provinsi \"\"Contoh\"\"\",\"3,5\"\n"
                + "UJI2,\"Baris\ndua\",4\n"
                + "UJI3,Biasa,5\n");
        assertThat(table.rows().get(0).get("nama")).isEqualTo("Kabupaten Uji, Provinsi \"Contoh\"");
        assertThat(table.rows().get(0).get("nilai")).isEqualTo("3,5");
        assertThat(table.rows().get(1).get("nama")).isEqualTo("Baris\ndua");
        // the record after a quoted line break starts on line 5 of the file
        assertThat(table.rows().get(2).number()).isEqualTo(5);
    }

    @Test
    void skipsBlankLinesButKeepsTheRowNumbersAUserSees() throws Exception {
        Read table = csv("\n\nkode;nilai\n\nUJI;3\n;\n  \nUJI;4");
        assertThat(table.headerRow()).isEqualTo(3);
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(5, 8);
    }

    @Test
    void keepsValuesBeyondTheHeaderSoTheyCanBeReported() throws Exception {
        Read table = csv("kode,nilai\nUJI,3,5\n");
        assertThat(table.rows().getFirst().strays()).containsExactly(new Table.Stray(3, "5"));
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        Read table =
                read("ansi.csv", "kode;nama\nUJI;Kabupaten Sumb\u00e9\n".getBytes(Charset.forName("windows-1252")));
        assertThat(table.rows().getFirst().get("nama")).isEqualTo("Kabupaten Sumb\u00e9");
    }

    @Test
    void readsNumericAndTextCellsOfTheFirstSheet() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("hasil");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("instansi_kode");
            header.createCell(1).setCellValue("tahun");
            header.createCell(2).setCellValue("indikator");
            header.createCell(3).setCellValue("nilai");
            Row numeric = sheet.createRow(1);
            numeric.createCell(0).setCellValue("UJI");
            numeric.createCell(1).setCellValue(2026);
            numeric.createCell(2).setCellValue(7);
            numeric.createCell(3).setCellValue(3.75);
            Row text = sheet.createRow(3);
            text.createCell(0).setCellValue("UJI");
            text.createCell(1).setCellValue("2026");
            text.createCell(2).setCellValue("I8");
            text.createCell(3).setCellValue("3,5");
            Row formula = sheet.createRow(4);
            formula.createCell(0).setCellValue("UJI");
            formula.createCell(1).setCellFormula("2020+6");
            formula.createCell(2).setCellValue(9);
            formula.createCell(3).setCellFormula("2.5+2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("bukan data");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Read table = read("nilai.xlsx", xlsx);
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 4, 5);
        assertThat(table.rows().get(0).values()).containsExactly("UJI", "2026", "7", "3.75");
        assertThat(table.rows().get(1).values()).containsExactly("UJI", "2026", "I8", "3,5");
        assertThat(table.rows().get(2).get("tahun")).isEqualTo("2026");
        assertThat(table.rows().get(2).get("nilai")).isEqualTo("4.5");
    }

    @Test
    void rejectsWhatCannotBeRead() {
        assertThatThrownBy(() -> read("kosong.csv", new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class, e -> assertThat(e.key()).isEqualTo("import.error.emptyFile"));
        assertThatThrownBy(() -> csv("kode,nama\nUJI,\"tidak ditutup\n"))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.key()).isEqualTo("import.error.unclosedQuote"));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> read("lama.xls", xls))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class, e -> assertThat(e.key()).isEqualTo("import.error.oldExcel"));
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> read("rusak.xlsx", brokenZip))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.key()).isEqualTo("import.error.unreadableXlsx"));
    }

    /** What a reader handed over, collected. */
    record Read(Table.Header header, List<Table.Row> rows) {

        List<String> columns() {
            return header.columns();
        }

        int headerRow() {
            return header.row();
        }
    }

    static Read read(String name, byte[] bytes) throws UnreadableFileException {
        List<Table.Row> rows = new ArrayList<>();
        Table.Header[] header = new Table.Header[1];
        TableReader.read(name, ImportSource.of(bytes), ImportLimits.defaults(), new Table.Sink() {
            @Override
            public void header(Table.Header h) {
                header[0] = h;
            }

            @Override
            public void row(Table.Row row) {
                rows.add(row);
            }
        });
        return new Read(header[0], rows);
    }
}
