package id.pantauspbe.evaluation;

import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.PredikatBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The index of an instansi for a year as it should be shown: from indicator values of the most
 * advanced stage present, or from a published total for instansi without indicator detail.
 *
 * @param stage the stage the figures come from; null for a published total
 * @param value the published figure (two decimals, half-up); null when nothing is known
 * @param detail the engine's full result; empty for a published total
 */
public record YearResult(
        String instansiCode,
        int year,
        String frameworkCode,
        Stage stage,
        Provenance provenance,
        BigDecimal exact,
        BigDecimal value,
        Optional<PredikatBand> predikat,
        boolean complete,
        int valuedIndicators,
        int totalIndicators,
        boolean totalsOnly,
        List<Figure> domains,
        List<Figure> aspects,
        Optional<IndexResult> detail) {

    public YearResult {
        domains = List.copyOf(domains);
        aspects = List.copyOf(aspects);
    }

    public boolean official() {
        return provenance == Provenance.RESMI;
    }
}
