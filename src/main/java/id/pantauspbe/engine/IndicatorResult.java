package id.pantauspbe.engine;

import java.math.BigDecimal;

/**
 * An indicator's value with its place in the tree, the index points it contributes and the points
 * it loses against the top of its scale ({@code weight * (max - value) / 100}).
 */
public record IndicatorResult(
        String code,
        String name,
        String domainCode,
        String domainName,
        String aspectCode,
        String aspectName,
        BigDecimal weight,
        BigDecimal value,
        String levelName,
        BigDecimal points,
        BigDecimal pointsLost) {

    public boolean hasValue() {
        return value != null;
    }
}
