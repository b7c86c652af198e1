package id.pantauspbe.evaluation;

import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.PredikatBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The index of an instansi for a year as it should be shown: from indicator values of the most
 * advanced stage present, or from a published total for instansi without indicator detail.
 *
 * @param stage the stage the figures come from; null for a published total
 * @param value the published figure (two decimals, half-up); null when nothing is known
 * @param detailSource the engine's full result ({@link #detail()}); empty for a published total.
 *     Kept results compute it only when asked, from the stage's values.
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
        Detail detailSource) {

    public YearResult {
        domains = List.copyOf(domains);
        aspects = List.copyOf(aspects);
    }

    /** A result whose engine detail is already known (or known to be absent). */
    public YearResult(
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
        this(
                instansiCode,
                year,
                frameworkCode,
                stage,
                provenance,
                exact,
                value,
                predikat,
                complete,
                valuedIndicators,
                totalIndicators,
                totalsOnly,
                domains,
                aspects,
                Detail.of(detail));
    }

    /** The engine's full result (indicators, points lost); empty for a published total. */
    public Optional<IndexResult> detail() {
        return detailSource.get();
    }

    /** The same figures without the engine detail (for lists of many instansi). */
    public YearResult withoutDetail() {
        return new YearResult(
                instansiCode,
                year,
                frameworkCode,
                stage,
                provenance,
                exact,
                value,
                predikat,
                complete,
                valuedIndicators,
                totalIndicators,
                totalsOnly,
                domains,
                aspects,
                Detail.NONE);
    }

    /**
     * The engine detail of a result, known or computed once on first use. Results compare by their
     * figures: every detail equals every other (it follows from the same values).
     */
    public static final class Detail {

        static final Detail NONE = new Detail(Optional::empty);

        private Supplier<Optional<IndexResult>> source;
        private Optional<IndexResult> value;

        private Detail(Supplier<Optional<IndexResult>> source) {
            this.source = source;
        }

        static Detail of(Optional<IndexResult> known) {
            Detail detail = new Detail(null);
            detail.value = known;
            return detail;
        }

        static Detail lazy(Supplier<Optional<IndexResult>> source) {
            return new Detail(source);
        }

        synchronized Optional<IndexResult> get() {
            if (value == null) {
                value = source.get();
                source = null;
            }
            return value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Detail;
        }

        @Override
        public int hashCode() {
            return 0;
        }
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
