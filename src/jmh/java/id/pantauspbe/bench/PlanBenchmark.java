package id.pantauspbe.bench;

import id.pantauspbe.engine.LevelPlanner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The target planner on 47 indicators (the 59/2020 size) with a target 1.50 above the baseline:
 * every indicator may rise to the top of the scale, efforts 1–5 per step (the worst case the service
 * allows is efforts up to 99; {@code effortMax} 99 measures that).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {

    @Param({"1", "5", "99"})
    int effortMax;

    private List<LevelPlanner.Item> items;
    private BigDecimal target;

    @Setup
    public void setUp() {
        Random random = new Random(47);
        items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        // 47 weights summing to 100.00: 46 random shares, the last takes the rest
        int[] cents = new int[47];
        int left = 10_000;
        for (int i = 0; i < 46; i++) {
            cents[i] = 100 + random.nextInt(200);
            left -= cents[i];
        }
        cents[46] = left;
        for (int i = 0; i < 47; i++) {
            BigDecimal weight = BigDecimal.valueOf(cents[i], 2);
            BigDecimal from = BigDecimal.valueOf(1 + random.nextInt(2));
            items.add(new LevelPlanner.Item(
                    "I" + (i + 1),
                    weight,
                    from,
                    BigDecimal.valueOf(5),
                    BigDecimal.valueOf(5),
                    BigDecimal.ONE,
                    1 + random.nextInt(effortMax)));
            sum = sum.add(weight.multiply(from));
        }
        target = sum.divide(BigDecimal.valueOf(100))
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .add(new BigDecimal("1.50"));
    }

    @Benchmark
    public LevelPlanner.Plan plan() {
        return LevelPlanner.plan(items, BigDecimal.valueOf(100), target);
    }
}
