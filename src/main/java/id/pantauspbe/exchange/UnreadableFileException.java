package id.pantauspbe.exchange;

/** A file that cannot be read as CSV or XLSX; {@code key} names the message shown to the user. */
class UnreadableFileException extends Exception {

    private final String key;
    private final transient Object[] params;

    UnreadableFileException(String key, Throwable cause, Object... params) {
        super(key, cause);
        this.key = key;
        this.params = params;
    }

    String key() {
        return key;
    }

    Object[] params() {
        return params;
    }
}
