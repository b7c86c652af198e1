package id.pantauspbe.engine;

import java.math.BigDecimal;

/**
 * The computed value of a domain or aspect (or of the whole index). {@code exact} is null when no
 * indicator beneath has a value; when some are missing it is the weighted mean of those present
 * and {@link #complete()} is false.
 */
public record NodeResult(
        String code,
        NodeKind kind,
        String name,
        BigDecimal weight,
        BigDecimal exact,
        int valuedIndicators,
        int totalIndicators) {

    public boolean complete() {
        return valuedIndicators == totalIndicators;
    }

    /** Two decimals, half-up; null when there is nothing to show. */
    public BigDecimal rounded() {
        return IndexMath.display(exact);
    }
}
