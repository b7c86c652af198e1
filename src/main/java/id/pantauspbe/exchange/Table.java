package id.pantauspbe.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers hand over one row at a time, so that no file is ever held whole: first the
 * header, then each data row with the row number a user sees in a spreadsheet (the header is row 1
 * when it is the first line). Blank rows are skipped before they get here.
 */
final class Table {

    private Table() {}

    /** Thrown by a sink to stop the reading (for a header that makes the rows unreadable). */
    static final class Stop extends RuntimeException {

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Receives a file's header, then its data rows in order; may throw {@link Stop}. */
    interface Sink {
        void header(Header header);

        void row(Row row);
    }

    /** The header: column names in lower case, stripped ("" for an empty heading). */
    static final class Header {

        private final String fileName;
        private final int row;
        private final List<String> columns;
        private final Map<String, Integer> index = new HashMap<>();

        Header(String fileName, int row, List<String> columns) {
            this.fileName = fileName;
            this.row = row;
            this.columns = List.copyOf(columns);
            for (int i = 0; i < this.columns.size(); i++) {
                if (!this.columns.get(i).isEmpty()) {
                    index.putIfAbsent(this.columns.get(i), i);
                }
            }
        }

        String fileName() {
            return fileName;
        }

        int row() {
            return row;
        }

        List<String> columns() {
            return columns;
        }

        boolean has(String column) {
            return index.containsKey(column);
        }
    }

    /** A value of a row that has no heading: its position (1-based) and text. */
    record Stray(int position, String value) {}

    /** A data row: values by position, stripped; "" for an empty cell. */
    record Row(int number, Header header, List<String> values) {

        /** The value under a column name (the first column of that name), "" when absent. */
        String get(String column) {
            Integer i = header.index.get(column);
            return i == null || i >= values.size() ? "" : values.get(i);
        }

        /** Values under no heading, so validation can report them. */
        List<Stray> strays() {
            List<Stray> strays = null;
            for (int i = 0; i < values.size(); i++) {
                boolean headed =
                        i < header.columns.size() && !header.columns.get(i).isEmpty();
                if (!headed && !values.get(i).isEmpty()) {
                    if (strays == null) {
                        strays = new ArrayList<>();
                    }
                    strays.add(new Stray(i + 1, values.get(i)));
                }
            }
            return strays == null ? List.of() : strays;
        }
    }
}
