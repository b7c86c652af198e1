package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimal arithmetic for SPBE figures, and the one place where figures are rounded. */
public final class IndexMath {

    /** Precision of divisions whose quotient does not terminate (34 significant digits). */
    public static final MathContext EXACT = MathContext.DECIMAL128;

    /** Decimals of {@link #exactText} for a quotient that does not terminate. */
    public static final int EXACT_TEXT_DECIMALS = 10;

    public static final BigDecimal MAX_LEVEL = BigDecimal.valueOf(5);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndexMath() {}

    /** The published figure: half-up to two decimals on the exact value (4.765 becomes 4.77). */
    public static BigDecimal display(BigDecimal exact) {
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * An exact figure as text for the API ("2.5050"): at least four decimals; a quotient that does not
     * terminate (a draft over part of the indicators) to {@value #EXACT_TEXT_DECIMALS} decimals, half-up,
     * instead of its 34 significant digits.
     */
    public static String exactText(BigDecimal exact) {
        if (exact == null) {
            return null;
        }
        BigDecimal v = exact.stripTrailingZeros();
        if (v.scale() > EXACT_TEXT_DECIMALS) {
            v = v.setScale(EXACT_TEXT_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return (v.scale() < 4 ? v.setScale(4) : v).toPlainString();
    }

    /** Weighted mean {@code sum(w*v) / sum(w)}, exact where the quotient terminates. */
    public static BigDecimal weightedMean(BigDecimal weightedSum, BigDecimal weightSum) {
        if (weightSum.signum() == 0) {
            return null;
        }
        try {
            return weightedSum.divide(weightSum).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return weightedSum.divide(weightSum, EXACT);
        }
    }

    /** Index points an indicator contributes: {@code weight * value / 100}. */
    public static BigDecimal points(BigDecimal weight, BigDecimal value) {
        return weight.multiply(value).divide(HUNDRED);
    }
}
