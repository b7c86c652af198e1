package id.pantauspbe.evaluation;

import id.pantauspbe.base.Texts;
import java.util.Optional;

/**
 * The words of the presentation rule ({@link YearResult#settled()}, {@link YearChange}), the same
 * in the views, the rakor, the reports and the API.
 */
public final class FigureTexts {

    private FigureTexts() {}

    /**
     * What must stand beside a figure that is not a settled result: "Draf penilaian mandiri ·
     * sementara, 14 dari 20 indikator"; empty for a settled result.
     */
    public static Optional<String> provisional(YearResult result, Texts t) {
        if (result.settled()) {
            return Optional.empty();
        }
        String source = t.get(
                result.totalsOnly()
                        ? "provenance.short.published"
                        : "provenance.short." + result.provenance().name());
        return Optional.of(
                result.complete()
                        ? t.get("figure.provisional.complete", source)
                        : t.get(
                                "figure.provisional.incomplete",
                                source,
                                result.valuedIndicators(),
                                result.totalIndicators()));
    }

    /**
     * The predikat as it may be shown: the name for a settled result, the name marked provisional
     * for a complete self-assessment or assessors' result, nothing for an incomplete one.
     */
    public static Optional<String> predikat(YearResult result, Texts t) {
        if (!result.predikatShown()) {
            return Optional.empty();
        }
        String name = result.predikat().orElseThrow().name();
        return Optional.of(result.settled() ? name : t.get("figure.predikat.provisional", name));
    }

    /** Why a change is not shown as a number; empty when it is shown. */
    public static Optional<String> changeUnavailable(YearChange change, Texts t) {
        return change.shown()
                ? Optional.empty()
                : Optional.of(t.get("change.unavailable." + change.reason().name()));
    }
}
