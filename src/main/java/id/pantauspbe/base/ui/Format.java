package id.pantauspbe.base.ui;

import id.pantauspbe.base.TextFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Numbers and dates as Indonesian readers expect them: 2,51 and 23 November 2026 (see {@link TextFormat}). */
public final class Format {

    private Format() {}

    /** Two decimals with a decimal comma; "–" for no value. The value must already be rounded. */
    public static String decimal(BigDecimal value) {
        return TextFormat.decimal(value);
    }

    /** Index points with three decimals ("0,055"), for contributions and losses. */
    public static String points(BigDecimal value) {
        return TextFormat.points(value);
    }

    /** Index points with their sign and three decimals: "+0,055", "−0,575". */
    public static String signedPoints(BigDecimal value) {
        return TextFormat.signedPoints(value);
    }

    /** A change with its sign: "+0,42", "−0,57", "0,00". */
    public static String signed(BigDecimal value) {
        return TextFormat.signed(value);
    }

    /** A share (0 to 1) as a whole percentage: "75%". */
    public static String percent(BigDecimal share) {
        return TextFormat.percent(share);
    }

    public static String date(LocalDate date) {
        return TextFormat.date(date);
    }

    /** "23 November 2026, 09.00". */
    public static String dateTime(OffsetDateTime time) {
        return TextFormat.dateTime(time);
    }
}
