package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The cheapest way to a target index: the set of level steps with the least total effort whose
 * resulting index, rounded half-up to two decimals as published, reaches the target.
 *
 * <p>Solved exactly as a bounded (multiple-choice) knapsack over effort: every indicator offers
 * 0, 1, … k steps up to its limit, each step costing its effort; the table holds, for each total
 * effort, the largest index gain (an exact integer in units of the smallest decimal of weight ×
 * value). The least effort whose gain reaches the threshold wins; among plans of that effort the
 * one with the largest gain. Greedy by points per effort is not optimal (a cheap small step can
 * make a costly big one unnecessary or vice versa). Published {@code ≥ target} means exact
 * {@code ≥ target − 0.005}, so an exact 3.195 reaches 3.20.
 *
 * <p>Steps on a decimal scale (8/2026) go over a grid (the service uses 0.25): from a value off the
 * grid the first step goes to the next grid point; a limit off the grid is the last step.
 */
public final class LevelPlanner {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    /** Guard against pathological inputs (efforts × steps); the service keeps efforts to 1–99. */
    static final int MAX_TOTAL_EFFORT = 1_000_000;

    private LevelPlanner() {}

    /**
     * One indicator's room to move.
     *
     * @param from its value at the baseline
     * @param limit the highest value reachable this year ({@code from} or below = locked)
     * @param top the top of its scale (to tell whether the limit binds)
     * @param step the size of one step (1 for whole levels)
     * @param effort the effort of one step, at least 1
     */
    public record Item(
            String code,
            BigDecimal weight,
            BigDecimal from,
            BigDecimal limit,
            BigDecimal top,
            BigDecimal step,
            int effort) {

        public Item {
            Objects.requireNonNull(code);
            Objects.requireNonNull(weight);
            Objects.requireNonNull(from);
            Objects.requireNonNull(limit);
            Objects.requireNonNull(top);
            if (step.signum() <= 0) {
                throw new IllegalArgumentException("step of " + code + " must be positive");
            }
            if (effort < 1) {
                throw new IllegalArgumentException("effort of " + code + " must be at least 1");
            }
        }

        /** The values reachable in order: from, then each step up to the limit. */
        List<BigDecimal> levels() {
            List<BigDecimal> levels = new ArrayList<>();
            levels.add(from);
            if (weight.signum() <= 0) {
                return levels;
            }
            BigDecimal next =
                    from.divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE).multiply(step);
            while (next.compareTo(limit) < 0) {
                levels.add(next);
                next = next.add(step);
            }
            if (limit.compareTo(from) > 0) {
                levels.add(limit);
            }
            return levels;
        }

        public boolean locked() {
            return limit.compareTo(from) <= 0;
        }
    }

    /** A chosen move of one indicator, {@code from → to} in {@code steps} steps. */
    public record Step(String code, BigDecimal from, BigDecimal to, int steps, int effort, BigDecimal points) {}

    /**
     * The plan.
     *
     * @param reached whether the published index reaches the target
     * @param exact the exact index after the steps
     * @param published {@code exact} half-up to two decimals
     * @param steps the moves (in the order of the items), the cheapest reaching the target, or
     *     those giving the highest index within the limits when it cannot be reached
     * @param binding when not reached: the indicators whose limit is below the top of their scale,
     *     most index points held back first
     */
    public record Plan(
            boolean reached,
            BigDecimal baseline,
            BigDecimal exact,
            BigDecimal published,
            int totalEffort,
            List<Step> steps,
            List<String> binding) {

        public Plan {
            steps = List.copyOf(steps);
            binding = List.copyOf(binding);
        }
    }

    /**
     * @param items every indicator of the index, with its baseline value (all of them: the index is
     *     {@code sum(w·v) / totalWeight})
     * @param target the published index to reach (two decimals)
     */
    public static Plan plan(List<Item> items, BigDecimal totalWeight, BigDecimal target) {
        if (totalWeight.signum() <= 0) {
            throw new IllegalArgumentException("total weight must be positive");
        }
        int n = items.size();
        List<List<BigDecimal>> levels = items.stream().map(Item::levels).toList();
        int scale = 0;
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            for (BigDecimal level : levels.get(i)) {
                scale = Math.max(scale, Math.max(0, item.weight().scale()) + Math.max(0, level.scale()));
            }
        }
        scale = Math.max(scale, totalWeight.scale() + 3);

        BigDecimal baseSum = BigDecimal.ZERO;
        for (Item item : items) {
            baseSum = baseSum.add(item.weight().multiply(item.from()));
        }
        // published >= target  <=>  exact >= ceil2(target) - 0.005  <=>  gain >= that * W - base
        BigDecimal threshold = target.setScale(2, RoundingMode.CEILING).subtract(HALF_CENT);
        BigDecimal needed = threshold.multiply(totalWeight).subtract(baseSum);
        long need =
                needed.movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();

        long[][] gains = new long[n][];
        int maxCost = 0;
        for (int i = 0; i < n; i++) {
            List<BigDecimal> lv = levels.get(i);
            Item item = items.get(i);
            gains[i] = new long[lv.size()];
            for (int k = 0; k < lv.size(); k++) {
                gains[i][k] = item.weight()
                        .multiply(lv.get(k).subtract(item.from()))
                        .movePointRight(scale)
                        .longValueExact();
            }
            maxCost = Math.addExact(maxCost, Math.multiplyExact(item.effort(), lv.size() - 1));
        }
        if (maxCost > MAX_TOTAL_EFFORT) {
            throw new IllegalArgumentException("too much effort to plan over: " + maxCost);
        }

        // best[c]: the largest gain of exactly effort c over the items so far; -1 = impossible
        long[] best = new long[maxCost + 1];
        Arrays.fill(best, -1);
        best[0] = 0;
        byte[][] choice = new byte[n][];
        int reachCost = 0; // highest effort reachable so far
        for (int i = 0; i < n; i++) {
            int effort = items.get(i).effort();
            int options = gains[i].length;
            long[] next = new long[maxCost + 1];
            Arrays.fill(next, -1);
            byte[] chosen = new byte[maxCost + 1];
            for (int c = 0; c <= reachCost; c++) {
                if (best[c] < 0) {
                    continue;
                }
                for (int k = 0; k < options; k++) {
                    int cost = c + k * effort;
                    long gain = best[c] + gains[i][k];
                    if (gain > next[cost]) {
                        next[cost] = gain;
                        chosen[cost] = (byte) k;
                    }
                }
            }
            reachCost += effort * (options - 1);
            best = next;
            choice[i] = chosen;
        }

        int cost = -1;
        for (int c = 0; c <= maxCost; c++) {
            if (best[c] >= need) {
                cost = c;
                break;
            }
        }
        boolean reached = cost >= 0;
        if (!reached) {
            // the highest index: every step with a gain; the least effort giving the largest gain
            long top = Arrays.stream(best).max().orElse(0);
            for (int c = 0; c <= maxCost; c++) {
                if (best[c] == top) {
                    cost = c;
                    break;
                }
            }
        }

        int[] stepsOf = new int[n];
        int c = cost;
        for (int i = n - 1; i >= 0; i--) {
            int k = choice[i][c];
            stepsOf[i] = k;
            c -= k * items.get(i).effort();
        }
        List<Step> steps = new ArrayList<>();
        BigDecimal sum = baseSum;
        for (int i = 0; i < n; i++) {
            if (stepsOf[i] == 0) {
                continue;
            }
            Item item = items.get(i);
            BigDecimal to = levels.get(i).get(stepsOf[i]);
            BigDecimal added = item.weight().multiply(to.subtract(item.from()));
            sum = sum.add(added);
            steps.add(new Step(
                    item.code(),
                    item.from(),
                    to,
                    stepsOf[i],
                    stepsOf[i] * item.effort(),
                    IndexMath.weightedMean(added, totalWeight)));
        }
        BigDecimal exact = IndexMath.weightedMean(sum, totalWeight);
        List<String> binding = reached
                ? List.of()
                : items.stream()
                        .filter(item ->
                                item.weight().signum() > 0 && item.limit().compareTo(item.top()) < 0)
                        .sorted(Comparator.comparing((Item item) -> item.weight()
                                        .multiply(
                                                item.top().subtract(item.limit().max(item.from()))))
                                .reversed())
                        .map(Item::code)
                        .toList();
        return new Plan(
                reached,
                IndexMath.weightedMean(baseSum, totalWeight),
                exact,
                IndexMath.display(exact),
                cost,
                steps,
                binding);
    }

    /** The exact index of baseline values moved by some steps: {@code (sum w·v + sum w·Δ) / W}. */
    public static BigDecimal indexWith(List<Item> items, BigDecimal totalWeight, List<Step> active) {
        java.util.Map<String, BigDecimal> to = new java.util.HashMap<>();
        active.forEach(s -> to.put(s.code(), s.to()));
        BigDecimal sum = BigDecimal.ZERO;
        for (Item item : items) {
            sum = sum.add(item.weight().multiply(to.getOrDefault(item.code(), item.from())));
        }
        return IndexMath.weightedMean(sum, totalWeight);
    }
}
