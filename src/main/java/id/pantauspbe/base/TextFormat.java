package id.pantauspbe.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates as Indonesian readers expect them (2,51 and 23 November 2026), for views and
 * for reports made outside the views (PDF, XLSX). {@code base.ui.Format} is the views' name for it.
 */
public final class TextFormat {

    /** Decimals of an exact figure whose quotient does not end ({@link #exactPlain}). */
    private static final int EXACT_MAX_DECIMALS = 10;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.INDONESIAN);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", Messages.INDONESIAN);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm.ss", Messages.INDONESIAN);

    private TextFormat() {}

    /** Two decimals with a decimal comma; "–" for no value. The value must already be rounded. */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return format("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * A level of an indicator: whole levels without decimals ("3"; the integer scales of 2018/2020
     * and a whole value of the decimal scale), others with two ("3,25"). Levels are stored as
     * numeric(5,2), so without this a 2018 level would read "3,00".
     */
    public static String level(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : decimal(value);
    }

    /** A level with its name ("3 Terdefinisi"); the number alone without a name. */
    public static String level(BigDecimal value, String name) {
        return name == null || name.isBlank() ? level(value) : level(value) + " " + name;
    }

    /** An exact value with all its decimals and a decimal comma ("3,1975"), unrounded. */
    public static String exact(BigDecimal value) {
        return value == null ? "–" : value.toPlainString().replace('.', ',');
    }

    /**
     * An exact figure as plain text for the API ("2.5050"): at least four decimals; a quotient that
     * does not end (a draft over part of the indicators) to ten decimals, half-up, instead of its 34
     * significant digits. {@code null} for {@code null}.
     */
    public static String exactPlain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > EXACT_MAX_DECIMALS) {
            v = v.setScale(EXACT_MAX_DECIMALS, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return (v.scale() < 4 ? v.setScale(4) : v).toPlainString();
    }

    /**
     * An exact index or its exact points in a column of such figures, as {@link #exactPlain} with a
     * decimal comma, so they read evenly ("+0,0950" beside "+0,0875").
     */
    public static String exactFour(BigDecimal value) {
        return value == null ? "–" : exactPlain(value).replace('.', ',');
    }

    /** Index points with three decimals ("0,055"), for contributions and losses. */
    public static String points(BigDecimal value) {
        return value == null ? "–" : format("#,##0.000").format(value);
    }

    /** Index points with their sign and three decimals: "+0,055", "−0,575". */
    public static String signedPoints(BigDecimal value) {
        return value == null ? "–" : sign(value) + points(value.abs());
    }

    /** A change with its sign: "+0,42", "−0,57", "0,00". */
    public static String signed(BigDecimal value) {
        return value == null ? "–" : sign(value) + decimal(value.abs());
    }

    /** A whole number with thousands separated: "12.345". */
    public static String integer(long value) {
        return format("#,##0").format(value);
    }

    /** A share (0 to 1) as a whole percentage: "75%". */
    public static String percent(BigDecimal share) {
        return share == null ? "–" : format("#,##0").format(share.movePointRight(2)) + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** "23 November 2026, 09.00", in the server's time zone. */
    public static String dateTime(OffsetDateTime time) {
        return time == null ? "–" : DATE_TIME.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** "23 November 2026, 09.00.15", in the server's time zone: when the order of events matters (audit). */
    public static String timestamp(OffsetDateTime time) {
        return time == null ? "–" : TIMESTAMP.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }

    private static String sign(BigDecimal value) {
        return switch (value.signum()) {
            case 1 -> "+";
            case -1 -> "\u2212";
            default -> "";
        };
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Messages.INDONESIAN));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
