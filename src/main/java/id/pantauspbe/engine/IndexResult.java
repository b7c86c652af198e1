package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The index of one instansi, year and stage under one framework. {@code index.exact()} is the exact
 * weighted mean; {@link #published()} is what KemenPAN-RB would publish; the predikat follows the
 * published value. With missing indicators the result is incomplete, never zero-filled.
 */
public record IndexResult(
        String frameworkCode,
        NodeResult index,
        Optional<PredikatBand> predikat,
        List<NodeResult> domains,
        List<NodeResult> aspects,
        List<IndicatorResult> indicators) {

    public IndexResult {
        domains = List.copyOf(domains);
        aspects = List.copyOf(aspects);
        indicators = List.copyOf(indicators);
    }

    public BigDecimal exact() {
        return index.exact();
    }

    public BigDecimal published() {
        return index.rounded();
    }

    public boolean complete() {
        return index.complete();
    }

    public boolean hasAnyValue() {
        return index.valuedIndicators() > 0;
    }

    public List<String> missingIndicators() {
        return indicators.stream()
                .filter(i -> !i.hasValue())
                .map(IndicatorResult::code)
                .toList();
    }

    /** Valued indicators by index points lost, largest first; ties by code order. */
    public List<IndicatorResult> weakest(int limit) {
        return indicators.stream()
                .filter(IndicatorResult::hasValue)
                .sorted(Comparator.comparing(IndicatorResult::pointsLost).reversed())
                .limit(limit)
                .toList();
    }
}
