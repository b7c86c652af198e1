package id.pantauspbe.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Numbers and dates as Indonesian readers expect them: 2,51 and 23 November 2026. */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Translations.INDONESIAN);

    private Format() {}

    /** Two decimals with a decimal comma; "–" for no value. The value must already be rounded. */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return twoDecimals().format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Index points with three decimals ("0,055"), for contributions and losses. */
    public static String points(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0.000", DecimalFormatSymbols.getInstance(Translations.INDONESIAN));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** Index points with their sign and three decimals: "+0,055", "−0,575". */
    public static String signedPoints(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        String text = points(value.abs());
        return switch (value.signum()) {
            case 1 -> "+" + text;
            case -1 -> "\u2212" + text;
            default -> text;
        };
    }

    /** A change with its sign: "+0,42", "−0,57", "0,00". */
    public static String signed(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        String text = decimal(value.abs());
        return switch (value.signum()) {
            case 1 -> "+" + text;
            case -1 -> "\u2212" + text;
            default -> text;
        };
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    private static DecimalFormat twoDecimals() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Translations.INDONESIAN));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
