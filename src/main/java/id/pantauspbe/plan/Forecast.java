package id.pantauspbe.plan;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a year's final result will likely land: its self-assessment index corrected by the mean
 * difference (final − self-assessment) of this Pemda's earlier years, with the range from the
 * smallest to the largest of those differences, and how that method would have done in each earlier
 * year (backtest: only years with both a self-assessment and a final result, each forecast from the
 * years before it).
 *
 * @param basisExact the self-assessment index (of the indicators valued so far)
 * @param history the years whose difference is used, ascending
 * @param low bottom of the range; null without history
 * @param targetInRange null without a target or a range
 */
public record Forecast(
        int year,
        BigDecimal basisExact,
        BigDecimal basisPublished,
        int valued,
        int total,
        BigDecimal estimate,
        BigDecimal low,
        BigDecimal high,
        List<Integer> history,
        BigDecimal meanDifference,
        BigDecimal target,
        Boolean targetInRange,
        List<Backtest> backtest) {

    public Forecast {
        history = List.copyOf(history);
        backtest = List.copyOf(backtest);
    }

    /** One earlier year: the forecast from its self-assessment and the years before it, and the result. */
    public record Backtest(int year, BigDecimal estimate, BigDecimal low, BigDecimal high, BigDecimal actual) {

        /** Forecast − result (negative when the result was higher). */
        public BigDecimal error() {
            return estimate.subtract(actual);
        }

        public boolean inRange() {
            return low != null && actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0;
        }
    }

    public boolean hasRange() {
        return low != null;
    }

    public boolean complete() {
        return valued == total;
    }

    /** Mean absolute error of the backtest (two decimals); null without one. */
    public BigDecimal meanAbsoluteError() {
        if (backtest.isEmpty()) {
            return null;
        }
        BigDecimal sum = backtest.stream().map(b -> b.error().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(backtest.size()), 2, java.math.RoundingMode.HALF_UP);
    }

    public long heldCount() {
        return backtest.stream().filter(Backtest::inRange).count();
    }

    public String basisText(Texts t) {
        return complete()
                ? t.get("forecast.basis", String.valueOf(year), TextFormat.decimal(basisPublished))
                : t.get(
                        "forecast.basisPartial",
                        String.valueOf(year),
                        TextFormat.decimal(basisPublished),
                        String.valueOf(valued),
                        String.valueOf(total));
    }

    public String methodText(Texts t) {
        if (history.isEmpty()) {
            return t.get("forecast.methodNoHistory");
        }
        return t.get(
                "forecast.method",
                history.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                TextFormat.signed(meanDifference));
    }

    public String rangeHeldText(Texts t) {
        if (backtest.isEmpty()) {
            return t.get("forecast.noBacktest");
        }
        return t.get(
                "forecast.held",
                String.valueOf(heldCount()),
                String.valueOf(backtest.size()),
                TextFormat.decimal(meanAbsoluteError()));
    }

    public String targetText(Texts t) {
        if (target == null || targetInRange == null) {
            return "";
        }
        return t.get(
                targetInRange ? "forecast.targetInRange" : "forecast.targetOutOfRange", TextFormat.decimal(target));
    }
}
