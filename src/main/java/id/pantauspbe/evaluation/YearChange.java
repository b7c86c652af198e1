package id.pantauspbe.evaluation;

import id.pantauspbe.base.Translated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The change of the index between two years, or why it is not shown as a number. The one rule for
 * every view, the rakor, the reports and the API: a change is a number only between two complete
 * results under the same framework; a change from or to an incomplete year, or across a framework
 * boundary, is never a number (a leader would read it as a rise or a fall that did not happen).
 *
 * @param value {@code to} minus {@code from} (published values); null when not shown
 * @param reason why the change is not shown; null when it is
 */
public record YearChange(Optional<YearResult> from, Optional<YearResult> to, BigDecimal value, Unavailable reason) {

    /** Why a change is not shown as a number. */
    @Translated({"change.unavailable.", "overview.tile.change.unavailable."})
    public enum Unavailable {
        /** No earlier year to compare with. */
        NO_PREVIOUS,
        /** The chosen year has no figure. */
        NO_RESULT,
        /** One of the years is still incomplete (indicators without values). */
        INCOMPLETE,
        /** The years are evaluated under different frameworks (other indicators, other weights). */
        FRAMEWORK_CHANGED
    }

    public static YearChange between(Optional<YearResult> from, Optional<YearResult> to) {
        if (to.isEmpty() || to.get().value() == null) {
            return new YearChange(from, to, null, Unavailable.NO_RESULT);
        }
        if (from.isEmpty() || from.get().value() == null) {
            return new YearChange(from, to, null, Unavailable.NO_PREVIOUS);
        }
        if (!Objects.equals(from.get().frameworkCode(), to.get().frameworkCode())) {
            return new YearChange(from, to, null, Unavailable.FRAMEWORK_CHANGED);
        }
        if (!from.get().complete() || !to.get().complete()) {
            return new YearChange(from, to, null, Unavailable.INCOMPLETE);
        }
        return new YearChange(from, to, to.get().value().subtract(from.get().value()), null);
    }

    public boolean shown() {
        return value != null;
    }

    /**
     * Whether a shown change involves a figure that is not a settled result (a complete
     * self-assessment or assessors' stage): it must carry that provenance.
     */
    public boolean provisional() {
        return shown() && !(from.orElseThrow().settled() && to.orElseThrow().settled());
    }

    public Optional<BigDecimal> valueIfShown() {
        return Optional.ofNullable(value);
    }
}
