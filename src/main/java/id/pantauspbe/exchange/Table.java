package id.pantauspbe.exchange;

import java.util.List;
import java.util.Map;

/**
 * The content of an imported file: its header and its data rows, each with the row number a user
 * sees in a spreadsheet (the header is row 1 when it is the first line).
 */
record Table(String fileName, int headerRow, List<String> header, List<Row> rows) {

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A data row: column name (lower case, as in the header) → text, stripped; "" for an empty cell. */
    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }
}
