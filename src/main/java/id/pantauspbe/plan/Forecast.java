package id.pantauspbe.plan;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.evaluation.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a year's final result will likely land: the index of its latest values (asesor where
 * present, self-assessment otherwise) corrected by the mean difference (final − self-assessment) of
 * this Pemda's earlier years times the share of the index weight still resting on self-assessment
 * values only, with the range from the smallest to the largest of those differences (scaled alike),
 * and how that method would have done in each earlier year (backtest: only years with both a
 * self-assessment and a final result, each forecast from its self-assessment and the years before
 * it).
 *
 * @param basisExact the index of the latest values (of the indicators valued so far)
 * @param assessorValued how many indicators have an asesor value; 0 = self-assessment only
 * @param assessorStage the most advanced assessor stage with values; null without
 * @param selfShare the part (0–1) of the valued indicators' weight with self-assessment values only,
 *     the part the past difference is applied to
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
        int assessorValued,
        Stage assessorStage,
        BigDecimal selfShare,
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

    /** Whether asesor values take part (then the correction is scaled by {@link #selfShare()}). */
    public boolean usesAssessorValues() {
        return assessorValued > 0;
    }

    /** The share of the weight still on self-assessment values, as a whole percent ("60"). */
    public String selfSharePercent() {
        return selfShare.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** Where the figures come from, in a few words (for the rakor slide). */
    public String sourceText(Texts t) {
        return usesAssessorValues()
                ? t.get(
                        "forecast.sourceMixed",
                        String.valueOf(assessorValued),
                        String.valueOf(valued - assessorValued),
                        String.valueOf(total))
                : t.get("forecast.sourceSelf", String.valueOf(valued), String.valueOf(total));
    }

    public String basisText(Texts t) {
        if (usesAssessorValues()) {
            return t.get(
                    "forecast.basisMixed",
                    String.valueOf(year),
                    TextFormat.decimal(basisPublished),
                    String.valueOf(assessorValued),
                    t.get("stage." + assessorStage.name()),
                    String.valueOf(valued - assessorValued),
                    String.valueOf(valued),
                    String.valueOf(total));
        }
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
            return t.get(usesAssessorValues() ? "forecast.methodNoHistoryMixed" : "forecast.methodNoHistory");
        }
        if (usesAssessorValues()) {
            return t.get(
                    "forecast.methodMixed",
                    history.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    TextFormat.signed(meanDifference),
                    selfSharePercent());
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
