package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds weak indicators of a year and ranks them by index points lost. */
public final class WeakRules {

    private WeakRules() {}

    /**
     * @param lowValue a value at or below it is low (default 2)
     * @param largeLoss points lost at or above it are large (default 0.05)
     * @param selfGap mandiri minus final at or above it is over-rated (default 1)
     */
    public record Thresholds(BigDecimal lowValue, BigDecimal largeLoss, BigDecimal selfGap) {
        public static final Thresholds DEFAULT =
                new Thresholds(new BigDecimal("2"), new BigDecimal("0.05"), BigDecimal.ONE);
    }

    /** A weak indicator with its reasons and the values behind them. */
    public record WeakIndicator(
            IndicatorResult indicator,
            Set<WeakReason> reasons,
            BigDecimal nodeMean,
            BigDecimal previousValue,
            BigDecimal selfAssessed) {}

    /**
     * @param current the year's result (usually final)
     * @param previous the previous year's result, used only under the same framework
     * @param selfAssessment the year's mandiri result, compared with {@code current}
     */
    public static List<WeakIndicator> find(
            IndexResult current,
            Optional<IndexResult> previous,
            Optional<IndexResult> selfAssessment,
            Thresholds thresholds) {
        Map<String, BigDecimal> nodeMeans = new HashMap<>();
        boolean byDomain = !current.domains().isEmpty();
        (byDomain ? current.domains() : current.aspects()).forEach(n -> nodeMeans.put(n.code(), n.exact()));
        Map<String, BigDecimal> before =
                values(previous.filter(p -> p.frameworkCode().equals(current.frameworkCode())));
        Map<String, BigDecimal> mandiri =
                values(selfAssessment.filter(p -> p.frameworkCode().equals(current.frameworkCode())));
        List<WeakIndicator> weak = new ArrayList<>();
        for (IndicatorResult i : current.indicators()) {
            if (!i.hasValue()) {
                continue;
            }
            Set<WeakReason> reasons = EnumSet.noneOf(WeakReason.class);
            BigDecimal mean = nodeMeans.get(byDomain ? i.domainCode() : i.aspectCode());
            BigDecimal earlier = before.get(i.code());
            BigDecimal self = mandiri.get(i.code());
            if (i.value().compareTo(thresholds.lowValue()) <= 0) {
                reasons.add(WeakReason.LOW_VALUE);
            }
            if (mean != null && i.value().compareTo(mean) < 0) {
                reasons.add(WeakReason.BELOW_DOMAIN_MEAN);
            }
            if (earlier != null && i.value().compareTo(earlier) < 0) {
                reasons.add(WeakReason.DROPPED);
            }
            if (i.pointsLost().compareTo(thresholds.largeLoss()) >= 0) {
                reasons.add(WeakReason.LARGE_LOSS);
            }
            if (self != null && self.subtract(i.value()).compareTo(thresholds.selfGap()) >= 0) {
                reasons.add(WeakReason.OVERRATED);
            }
            if (!reasons.isEmpty()) {
                weak.add(new WeakIndicator(i, reasons, mean, earlier, self));
            }
        }
        // ties keep framework order (stable sort), so the list is deterministic
        weak.sort(Comparator.comparing((WeakIndicator w) -> w.indicator().pointsLost())
                .reversed());
        return weak;
    }

    /**
     * The short list a rakor can act on: the first {@link #shortListLimit(int)} of the weak
     * indicators as ranked by {@link #find} (index points lost, largest first).
     */
    public static List<WeakIndicator> shortList(List<WeakIndicator> ranked, int totalIndicators) {
        return ranked.stream().limit(shortListLimit(totalIndicators)).toList();
    }

    /** At most a third of a framework's indicators, rounded down (15 of 47, 6 of 20). */
    public static int shortListLimit(int totalIndicators) {
        return totalIndicators / 3;
    }

    /** The index gain if an indicator rose one level (or to the top of its scale). */
    public static BigDecimal gainOfOneLevel(IndicatorResult indicator, BigDecimal max, BigDecimal totalWeight) {
        if (!indicator.hasValue()) {
            return BigDecimal.ZERO;
        }
        BigDecimal raised = indicator.value().add(BigDecimal.ONE).min(max);
        return indicator
                .weight()
                .multiply(raised.subtract(indicator.value()))
                .divide(totalWeight, IndexMath.EXACT)
                .stripTrailingZeros();
    }

    private static Map<String, BigDecimal> values(Optional<IndexResult> result) {
        Map<String, BigDecimal> values = new HashMap<>();
        result.ifPresent(r -> r.indicators().stream()
                .filter(IndicatorResult::hasValue)
                .forEach(i -> values.put(i.code(), i.value())));
        return values;
    }
}
