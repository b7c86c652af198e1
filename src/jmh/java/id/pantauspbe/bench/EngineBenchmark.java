package id.pantauspbe.bench;

import id.pantauspbe.base.Csv;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.framework.FrameworkFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The index engine in plain Java: the real frameworks from the reference files and the demo
 * Pemda's final values (src/main/resources/demo/nilai-contoh.csv), no Spring, no database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EngineBenchmark {

    private Framework permen59of2020;
    private Map<String, BigDecimal> values2021;
    private IndexResult result2020;
    private IndexResult result2021;
    private IndexResult result2022;

    @Setup
    public void load() {
        Map<String, LevelScale> scales = FrameworkFiles.levelScales();
        Map<Integer, Map<String, BigDecimal>> finals = demoFinalValues();
        Framework permen5of2018 = frameworkOf(2020, scales);
        permen59of2020 = frameworkOf(2021, scales);
        values2021 = finals.get(2021);
        result2020 = IndexEngine.compute(permen5of2018, finals.get(2020));
        result2021 = IndexEngine.compute(permen59of2020, values2021);
        result2022 = IndexEngine.compute(permen59of2020, finals.get(2022));
        if (permen59of2020.indicators().size() != 47 || !result2021.complete() || !result2020.complete()) {
            throw new IllegalStateException("the demo values do not fill the frameworks");
        }
    }

    /** The index, domains, aspects and 47 indicator results of 2021 (PermenPANRB 59/2020). */
    @Benchmark
    public IndexResult compute2021() {
        return IndexEngine.compute(permen59of2020, values2021);
    }

    /** The change 2020 → 2021 across the framework change (by domain only). */
    @Benchmark
    public ChangeAnalysis.Decomposition change2020to2021() {
        return ChangeAnalysis.decompose(result2020, result2021);
    }

    /** The change 2021 → 2022 under one framework (by domain and by each of the 47 indicators). */
    @Benchmark
    public ChangeAnalysis.Decomposition change2021to2022() {
        return ChangeAnalysis.decompose(result2021, result2022);
    }

    private static Framework frameworkOf(int year, Map<String, LevelScale> scales) {
        return FrameworkFiles.listings().stream()
                .filter(l -> l.firstYear() <= year && (l.lastYear() == null || year <= l.lastYear()))
                .findFirst()
                .map(l -> FrameworkFiles.framework(l, scales))
                .orElseThrow();
    }

    private static Map<Integer, Map<String, BigDecimal>> demoFinalValues() {
        try (InputStream in = EngineBenchmark.class.getClassLoader().getResourceAsStream("demo/nilai-contoh.csv")) {
            Map<Integer, Map<String, BigDecimal>> byYear = new LinkedHashMap<>();
            for (Map<String, String> row : Csv.read(in)) {
                if (row.get("instansi_kode").equals("CONTOH")
                        && row.get("tahap").equals("final")) {
                    byYear.computeIfAbsent(Integer.valueOf(row.get("tahun")), y -> new LinkedHashMap<>())
                            .put(row.get("indikator"), new BigDecimal(row.get("nilai")));
                }
            }
            return byYear;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
