package id.pantauspbe.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.engine.LevelPlanner.Item;
import id.pantauspbe.engine.LevelPlanner.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LevelPlannerTest {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static Item whole(String code, String weight, int from, int limit, int effort) {
        return new Item(
                code, new BigDecimal(weight), BigDecimal.valueOf(from), BigDecimal.valueOf(limit), FIVE, ONE, effort);
    }

    @Test
    void anExact3195ReachesThePublished320() {
        List<Item> items = List.of(whole("A", "99.00", 3, 3, 1), whole("B", "1.00", 3, 5, 1));
        // (99 × 3 + 1 × 5) / 100 = 3.02 at most
        Plan plan = LevelPlanner.plan(items, HUNDRED, new BigDecimal("3.20"));
        assertThat(plan.reached()).isFalse();

        // W = 100, A = 80.50 at 3, B = 19.50 at 3: B to 4 adds 0.195 → exact 3.195, published 3.20
        List<Item> boundary = List.of(whole("A", "80.50", 3, 3, 1), whole("B", "19.50", 3, 4, 1));
        Plan reached = LevelPlanner.plan(boundary, HUNDRED, new BigDecimal("3.20"));
        assertThat(reached.reached()).isTrue();
        assertThat(reached.exact()).isEqualByComparingTo("3.195");
        assertThat(reached.published()).isEqualByComparingTo("3.20");
        assertThat(reached.steps()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("B");
            assertThat(s.points()).isEqualByComparingTo("0.195");
        });
        // one hundredth more is out of reach: 3.21 needs exact >= 3.205
        assertThat(LevelPlanner.plan(boundary, HUNDRED, new BigDecimal("3.21")).reached())
                .isFalse();
    }

    @Test
    void greedyByRatioIsNotOptimal() {
        // A: 0.25 points per step for effort 2 (0.125 per effort, the best ratio); B: 0.30 for effort 3
        // (0.10); C locked. Base (25 + 30 + 45 × 3) / 100 = 1.90; 2.20 needs 0.295 points: greedy by
        // ratio takes A (2.15, not enough) and A again (effort 4); B once reaches 2.20 with effort 3.
        List<Item> items =
                List.of(whole("A", "25.00", 1, 5, 2), whole("B", "30.00", 1, 5, 3), whole("C", "45.00", 3, 3, 1));
        Plan plan = LevelPlanner.plan(items, HUNDRED, new BigDecimal("2.20"));
        assertThat(plan.reached()).isTrue();
        assertThat(plan.totalEffort()).isEqualTo(3);
        assertThat(plan.steps()).extracting(LevelPlanner.Step::code).containsExactly("B");
        assertThat(plan.published()).isEqualByComparingTo("2.20");
    }

    @Test
    void anUnreachableTargetGivesTheHighestIndexAndTheBindingLimits() {
        List<Item> items =
                List.of(whole("A", "40.00", 2, 4, 1), whole("B", "35.00", 1, 1, 1), whole("C", "25.00", 3, 5, 2));
        Plan plan = LevelPlanner.plan(items, HUNDRED, new BigDecimal("4.50"));
        assertThat(plan.reached()).isFalse();
        // A to 4 and C to 5: (160 + 35 + 125) / 100 = 3.20
        assertThat(plan.exact()).isEqualByComparingTo("3.20");
        assertThat(plan.totalEffort()).isEqualTo(2 + 4);
        // B (locked at 1, 1.40 points held back) before A (limit 4, 0.40 held back); C is at the top
        assertThat(plan.binding()).containsExactly("B", "A");
    }

    @Test
    void aTargetAlreadyReachedNeedsNoStep() {
        Plan plan = LevelPlanner.plan(List.of(whole("A", "100.00", 3, 5, 1)), HUNDRED, new BigDecimal("3.00"));
        assertThat(plan.reached()).isTrue();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.totalEffort()).isZero();
    }

    @Test
    void decimalScaleStepsGoOverTheGridFromAValueOffIt() {
        // 8/2026: step 0.25; from 2.37 the first step goes to 2.50, then 2.75, …, the limit 3.10 last
        Item item = new Item(
                "I1",
                new BigDecimal("100.00"),
                new BigDecimal("2.37"),
                new BigDecimal("3.10"),
                FIVE,
                new BigDecimal("0.25"),
                1);
        assertThat(item.levels())
                .extracting(BigDecimal::toPlainString)
                .containsExactly("2.37", "2.50", "2.75", "3.00", "3.10");
        Plan plan = LevelPlanner.plan(List.of(item), HUNDRED, new BigDecimal("2.80"));
        // 2.75 publishes 2.75, 3.00 reaches 2.80
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.to()).isEqualByComparingTo("3.00");
            assertThat(s.steps()).isEqualTo(3);
            assertThat(s.effort()).isEqualTo(3);
        });
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> whole("A", "1.00", 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LevelPlanner.plan(List.of(), BigDecimal.ZERO, ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Small random cases against every combination of steps. */
    @RepeatedTest(300)
    void matchesBruteForce(org.junit.jupiter.api.RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition() * 7919L);
        int n = 1 + random.nextInt(5);
        boolean decimal = random.nextInt(4) == 0;
        BigDecimal step = decimal ? new BigDecimal("0.25") : ONE;
        List<Item> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal weight = BigDecimal.valueOf(1 + random.nextInt(3000), 2);
            BigDecimal from = decimal
                    ? BigDecimal.valueOf(100 + random.nextInt(250), 2)
                    : BigDecimal.valueOf(1 + random.nextInt(4));
            BigDecimal limit = from.add(step.multiply(BigDecimal.valueOf(random.nextInt(4))))
                    .min(FIVE);
            if (decimal && random.nextBoolean()) {
                limit = limit.add(new BigDecimal("0.07")).min(FIVE);
            }
            items.add(new Item("X" + i, weight, from, limit, FIVE, step, 1 + random.nextInt(4)));
            total = total.add(weight);
        }
        BigDecimal base = LevelPlanner.indexWith(items, total, List.of());
        BigDecimal target = IndexMath.display(base).add(BigDecimal.valueOf(random.nextInt(120), 2));

        Plan plan = LevelPlanner.plan(items, total, target);

        // brute force over every combination of step counts
        int bestCost = Integer.MAX_VALUE;
        BigDecimal bestExact = null;
        BigDecimal highest = null;
        int highestCost = Integer.MAX_VALUE;
        int[] counts = new int[n];
        List<List<BigDecimal>> levels = items.stream().map(Item::levels).toList();
        while (true) {
            int cost = 0;
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                cost += counts[i] * items.get(i).effort();
                sum = sum.add(items.get(i).weight().multiply(levels.get(i).get(counts[i])));
            }
            BigDecimal exact = IndexMath.weightedMean(sum, total);
            if (IndexMath.display(exact).compareTo(target) >= 0) {
                if (cost < bestCost || (cost == bestCost && exact.compareTo(bestExact) > 0)) {
                    bestCost = cost;
                    bestExact = exact;
                }
            }
            if (highest == null
                    || exact.compareTo(highest) > 0
                    || (exact.compareTo(highest) == 0 && cost < highestCost)) {
                highest = exact;
                highestCost = cost;
            }
            int i = 0;
            while (i < n && ++counts[i] == levels.get(i).size()) {
                counts[i] = 0;
                i++;
            }
            if (i == n) {
                break;
            }
        }

        assertThat(plan.reached()).as("reached").isEqualTo(bestExact != null);
        if (bestExact != null) {
            assertThat(plan.totalEffort()).as("least effort").isEqualTo(bestCost);
            assertThat(plan.exact()).as("largest index at that effort").isEqualByComparingTo(bestExact);
            assertThat(plan.published()).isGreaterThanOrEqualTo(target);
        } else {
            assertThat(plan.exact()).as("highest reachable").isEqualByComparingTo(highest);
            assertThat(plan.totalEffort()).isEqualTo(highestCost);
        }
        // the steps add up to the plan's index and effort
        assertThat(LevelPlanner.indexWith(items, total, plan.steps())).isEqualByComparingTo(plan.exact());
        assertThat(plan.steps().stream().mapToInt(LevelPlanner.Step::effort).sum())
                .isEqualTo(plan.totalEffort());
        Map<String, BigDecimal> points = new HashMap<>();
        plan.steps().forEach(s -> points.put(s.code(), s.points()));
        // (points are exact quotients, cut at 34 digits where they do not terminate)
        assertThat(points.values().stream()
                        .reduce(plan.baseline(), BigDecimal::add)
                        .subtract(plan.exact())
                        .abs())
                .isLessThan(new BigDecimal("1E-30"));
    }
}
