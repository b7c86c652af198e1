package id.pantauspbe.plan;

import java.math.BigDecimal;

/**
 * The index with some of a plan's steps: exact, published (two decimals half-up), its predikat and
 * the gap to the target (published − target), and the effort of those steps.
 */
public record WhatIf(
        BigDecimal exact, BigDecimal published, String predikat, BigDecimal gap, int effort, boolean reached) {}
