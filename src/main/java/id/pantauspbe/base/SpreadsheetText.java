package id.pantauspbe.base;

/**
 * Text cells of exported spreadsheets (CSV and XLSX) that a spreadsheet program could take for a
 * formula are neutralised as OWASP advises against CSV injection: a text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote. A text
 * that already starts with a single quote gets one more, so {@link #restore} gives back exactly the
 * original. Only text cells are neutralised: numbers are written as numbers (a negative number stays
 * a number).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** The text as an exported cell may hold it. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return isTrigger(first) || first == '\'' ? "'" + text : text;
    }

    /**
     * The original of a neutralised cell: one leading quote is removed when a trigger character or
     * another quote follows it. Other text, also text starting with one quote, is left alone.
     */
    public static String restore(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != '\'') {
            return text;
        }
        char next = text.charAt(1);
        return isTrigger(next) || next == '\'' ? text.substring(1) : text;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
