package id.pantauspbe.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports carry no formulas, and what they hold reads back as it was. */
class TableWriterTest {

    private static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://contoh.invalid\",\"klik\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)",
            "\t=1+1",
            "\r=1+1",
            "'=sudah dikutip",
            "'biasa",
            "Kabupaten Biasa");

    private static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (String text : HOSTILE) {
            rows.add(List.of(text, 2021, new BigDecimal("-1.5")));
        }
        return rows;
    }

    @Test
    void csvTextCellsThatLookLikeFormulasGetAQuoteAndNumbersStayNumbers() throws Exception {
        byte[] csv = TableWriter.csv(List.of("nama", "tahun", "nilai"), rows());
        List<String> lines =
                new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\",2021,-1.5");
        assertThat(lines.get(2)).isEqualTo("'+cmd|' /C calc'!A0,2021,-1.5");
        assertThat(lines.get(3)).isEqualTo("'-2+3,2021,-1.5");
        assertThat(lines.get(4)).isEqualTo("'@SUM(1+1),2021,-1.5");
        // no field starts with a formula character, except the numbers
        String text = new String(csv, StandardCharsets.UTF_8);
        Matcher start = Pattern.compile("(?md)(^|,)\"?([=+\\-@\t\r])").matcher(text);
        while (start.find()) {
            assertThat(text.substring(start.start(2))).startsWith("-1.5");
        }
        assertThat(readBack("nilai.csv", csv)).containsExactlyElementsOf(expected());
    }

    @Test
    void xlsxTextCellsThatLookLikeFormulasGetAQuoteAndNumbersStayNumeric() throws Exception {
        byte[] xlsx = TableWriter.xlsx(ImportKind.HASIL, rows());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).startsWith("'=HYPERLINK(");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(-1.5);
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("'-2+3");
        }
        assertThat(readBack("nilai.xlsx", xlsx)).containsExactlyElementsOf(expected());
    }

    /** What the reader gives back: stripped texts as written, the number as a number. */
    private static List<List<String>> expected() {
        return HOSTILE.stream().map(t -> List.of(t.strip(), "2021", "-1.5")).toList();
    }

    private static List<List<String>> readBack(String name, byte[] content) throws Exception {
        return TableReaderTest.read(name, content).rows().stream()
                .map(r -> r.values().subList(0, 3))
                .toList();
    }
}
