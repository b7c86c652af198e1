package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimal arithmetic for SPBE figures, and the one place where figures are rounded. */
public final class IndexMath {

    /** Precision of divisions whose quotient does not terminate (34 significant digits). */
    public static final MathContext EXACT = MathContext.DECIMAL128;

    public static final BigDecimal MAX_LEVEL = BigDecimal.valueOf(5);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndexMath() {}

    /** The published figure: half-up to two decimals on the exact value (4.765 becomes 4.77). */
    public static BigDecimal display(BigDecimal exact) {
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
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
