package id.pantauspbe.rakor;

import id.pantauspbe.base.TextFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of the Laporan SPBE, defined once for the PDF and the workbook: its columns (header,
 * relative width on the page, alignment) and its cells, each holding the value a spreadsheet keeps
 * and the text the page prints.
 */
record ReportTable(List<Column> columns, List<List<Cell>> rows) {

    /**
     * @param width relative width on the PDF page (wide enough that words are not broken)
     * @param number right aligned on the page
     */
    record Column(String header, float width, boolean number) {

        static Column text(String header, float width) {
            return new Column(header, width, false);
        }

        static Column number(String header, float width) {
            return new Column(header, width, true);
        }
    }

    /**
     * @param value what the workbook holds: a String, an Integer, a BigDecimal rounded as shown, a
     *     LocalDate, or null for an empty cell
     * @param text what the PDF prints
     * @param bold printed in bold
     * @param shaded printed on the "weak" background
     * @param small printed in the small font (long explanations)
     */
    record Cell(Object value, String text, boolean bold, boolean shaded, boolean small) {

        static Cell of(Object value, String text) {
            return new Cell(value, text, false, false, false);
        }

        static Cell text(String text) {
            return of(text, text == null ? "–" : text);
        }

        static Cell integer(int value) {
            return of(value, String.valueOf(value));
        }

        /** An index value: two decimals, half-up on the exact value. */
        static Cell decimal(BigDecimal value) {
            return of(value == null ? null : value.setScale(2, RoundingMode.HALF_UP), TextFormat.decimal(value));
        }

        /** Index points: three decimals. */
        static Cell points(BigDecimal value) {
            return of(ReportService.shownPoints(value), TextFormat.points(value));
        }

        /** Index points with their sign: "+0,065". */
        static Cell signedPoints(BigDecimal value) {
            return of(ReportService.shownPoints(value), TextFormat.signedPoints(value));
        }

        static Cell date(LocalDate value) {
            return of(value, TextFormat.date(value));
        }

        Cell asBold() {
            return new Cell(value, text, true, shaded, small);
        }

        Cell shadedIf(boolean on) {
            return new Cell(value, text, bold, on, small);
        }

        Cell asSmall() {
            return new Cell(value, text, bold, shaded, true);
        }
    }

    static Builder of(Column... columns) {
        return new Builder(List.of(columns));
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    float[] widths() {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
        }
        return widths;
    }

    static final class Builder {
        private final List<Column> columns;
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(List<Column> columns) {
            this.columns = columns;
        }

        Builder row(Cell... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
            }
            rows.add(Arrays.asList(cells));
            return this;
        }

        ReportTable build() {
            return new ReportTable(columns, List.copyOf(rows));
        }
    }
}
