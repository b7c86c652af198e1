package id.pantauspbe.exchange;

/**
 * A file that cannot be read as CSV or XLSX, or that passes one of the {@link ImportLimits}:
 * {@code key} names the message shown to the user; {@code row} and {@code column} say where, when
 * known.
 */
class UnreadableFileException extends Exception {

    private final String key;
    private final transient Object[] params;
    private final Integer row;
    private final String column;

    UnreadableFileException(String key, Throwable cause, Object... params) {
        this(key, null, null, cause, params);
    }

    UnreadableFileException(String key, Integer row, String column, Throwable cause, Object... params) {
        super(key, cause);
        this.key = key;
        this.params = params;
        this.row = row;
        this.column = column;
    }

    String key() {
        return key;
    }

    Object[] params() {
        return params;
    }

    Integer row() {
        return row;
    }

    String column() {
        return column;
    }

    ImportProblem problem(String file) {
        return ImportProblem.of(file, row, column, key, params);
    }
}
