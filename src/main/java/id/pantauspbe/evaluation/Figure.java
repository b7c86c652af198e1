package id.pantauspbe.evaluation;

import java.math.BigDecimal;

/**
 * A domain or aspect figure of a year: its exact value, the published (rounded) value, and whether
 * every indicator beneath it has a value.
 */
public record Figure(
        String code, String name, BigDecimal weight, BigDecimal exact, BigDecimal value, boolean complete) {}
