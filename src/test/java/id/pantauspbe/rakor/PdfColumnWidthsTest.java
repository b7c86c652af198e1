package id.pantauspbe.rakor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import id.pantauspbe.rakor.ReportTable.Cell;
import id.pantauspbe.rakor.ReportTable.Column;
import org.junit.jupiter.api.Test;

/** Columns of the PDF tables are never narrower than their longest word ("Pengembanga n"). */
class PdfColumnWidthsTest {

    /** A monospaced stand-in for the font: 6 points a character, bold 7. */
    private static float width(String word, Cell cell) {
        return word.length() * (cell == null || cell.bold() ? 7f : 6f);
    }

    @Test
    void aNarrowColumnGrowsToItsLongestWordAndTheOthersGiveWay() {
        ReportTable table = ReportTable.of(Column.text("OPD", 1), Column.number("Nilai", 10))
                .row(Cell.text("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"), Cell.integer(3))
                .build();
        // as the relative widths say, the first column would get 500 / 11 = 45 points: "Pengembangan" needs 72
        float[] widths = PdfColumnWidths.of(table, 500, 9, PdfColumnWidthsTest::width);
        assertThat(widths[0]).isCloseTo(12 * 6 + 9, offset(0.01f));
        assertThat(widths[0] + widths[1]).isCloseTo(500, offset(0.01f));
    }

    @Test
    void headersCountInBoldAndWideEnoughColumnsKeepTheirShare() {
        ReportTable table = ReportTable.of(Column.text("Terverifikasi", 1), Column.text("Nama", 1))
                .row(Cell.integer(12), Cell.text("Dinas Sosial"))
                .build();
        float[] narrow = PdfColumnWidths.of(table, 100, 9, PdfColumnWidthsTest::width);
        assertThat(narrow[0]).isCloseTo(13 * 7 + 9, offset(0.01f));
        float[] wide = PdfColumnWidths.of(table, 400, 9, PdfColumnWidthsTest::width);
        assertThat(wide[0]).isCloseTo(200, offset(0.01f));
        assertThat(wide[1]).isCloseTo(200, offset(0.01f));
    }
}
