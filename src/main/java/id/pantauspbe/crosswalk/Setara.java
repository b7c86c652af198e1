package id.pantauspbe.crosswalk;

import java.math.BigDecimal;
import java.util.List;

/** Read models of the comparable ("setara") index. */
public final class Setara {

    private Setara() {}

    /**
     * Two years across a framework boundary compared over the crosswalk, with the official figures
     * of both years beside the comparable ones.
     *
     * @param officialFrom the published (rounded) index of the earlier year as shown elsewhere
     * @param officialTo the same of the later year
     * @param toSettled whether the later year is a settled (official, complete) result
     */
    public record Bridge(
            String instansiCode,
            int fromYear,
            int toYear,
            String fromRegulation,
            String toRegulation,
            BigDecimal officialFrom,
            BigDecimal officialTo,
            boolean fromSettled,
            boolean toSettled,
            ComparableIndex.Comparison comparison) {

        /** The official change between the published figures; null when either is unknown. */
        public BigDecimal officialChange() {
            return officialFrom == null || officialTo == null ? null : officialTo.subtract(officialFrom);
        }
    }

    /** The bridges of every boundary an instansi's history crosses, oldest first. */
    public record Trend(List<Bridge> bridges) {

        public Trend {
            bridges = List.copyOf(bridges);
        }
    }

    /** A stored value of an indicator in one year (most advanced stage). */
    public record YearValue(int year, String stage, BigDecimal value) {}

    /**
     * An indicator of the previous or next framework mapped to the one shown, with its reason and
     * the instansi's values of it by year.
     */
    public record Counterpart(
            String frameworkCode,
            String regulation,
            String code,
            String name,
            String reason,
            boolean predecessor,
            List<YearValue> history) {

        public Counterpart {
            history = List.copyOf(history);
        }
    }

    /** A pair as the admin page lists it, with the indicator names. */
    public record PairRow(
            CrosswalkPair pair, String fromRegulation, String toRegulation, String fromName, String toName) {}
}
