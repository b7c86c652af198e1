package id.pantauspbe.engine;

import java.math.BigDecimal;

/**
 * A predikat band: {@code minInclusive <= index < maxExclusive}; a null bound is open. Rank 1 is
 * the best band.
 */
public record PredikatBand(int rank, String name, BigDecimal minInclusive, BigDecimal maxExclusive) {

    public boolean contains(BigDecimal value) {
        return (minInclusive == null || value.compareTo(minInclusive) >= 0)
                && (maxExclusive == null || value.compareTo(maxExclusive) < 0);
    }
}
