/**
 * The SPBE index engine: plain Java, no Spring, Vaadin or jOOQ. A {@link
 * id.pantauspbe.engine.Framework} tree and indicator values go in, an {@link
 * id.pantauspbe.engine.IndexResult} comes out. Arithmetic is exact ({@link java.math.BigDecimal});
 * rounding half-up to two decimals happens only in {@link id.pantauspbe.engine.IndexMath#display}.
 */
package id.pantauspbe.engine;
