package id.pantauspbe.engine;

import java.math.BigDecimal;

/**
 * The part of an index change owed to one domain, aspect or indicator: its weighted points after
 * minus before ({@code (w * v_after - w * v_before) / 100}). The parts of a complete decomposition
 * sum exactly to the change of the exact index.
 */
public record Contribution(
        String code, String name, NodeKind kind, BigDecimal before, BigDecimal after, BigDecimal points) {}
