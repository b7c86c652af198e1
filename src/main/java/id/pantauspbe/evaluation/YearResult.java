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

    /**
     * The one presentation rule of figures. A settled result is an official final result (or a
     * published total) with every indicator valued: it is shown as the result, with its predikat,
     * its rank among peers and its gap to the target. Anything else is provisional and always shown
     * with its provenance (draf, penilaian mandiri, hasil asesor): an incomplete one gets no
     * predikat, rank or target gap at all (only "sementara, 14 dari 20 indikator"); a complete
     * self-assessment or assessors' result may show its predikat and gap as provisional text.
     */
    public boolean settled() {
        return official() && complete;
    }

    /** Whether a predikat may be shown for this figure (as the result when settled, else marked provisional). */
    public boolean predikatShown() {
        return complete && predikat.isPresent();
    }

    /** Whether this figure may be ranked among other instansi: settled results only. */
    public boolean rankable() {
        return settled() && value != null;
    }
}
