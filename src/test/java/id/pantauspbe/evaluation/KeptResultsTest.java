package id.pantauspbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.SignIn;
import id.pantauspbe.access.Role;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.Node;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The kept results always equal a fresh computation from the stored values and totals: a property
 * checked after every one of many random writes (single entries, bulk writes over several instansi,
 * deletions of a stage or a year, published totals), and again after computing all of them anew.
 */
@AppTest
// a database of its own (the shared in-memory one outlives contexts): these writes touch no other test
// an H2 database of its own, also in the PostgreSQL run of .ci/run (whose properties it overrides)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:kept-results;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jooq.sql-dialect=H2"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KeptResultsTest {

    private static final List<String> CODES = List.of("UJI-KEPT-1", "UJI-KEPT-2", "UJI-KEPT-3", "CONTOH");
    private static final int[] YEARS = {2019, 2021, 2025, 2026};
    private static final Stage[] STAGES = {Stage.MANDIRI, Stage.DOKUMEN, Stage.FINAL};

    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    ValueEntryService entry;

    @Autowired
    BulkValueWriter bulk;

    @Autowired
    FrameworkService frameworks;

    @BeforeEach
    void signIn() {
        SignIn.as(securityStrategy, "koordinator", Role.ADMIN);
        for (String code : CODES) {
            evaluation.ensureInstansi(new Instansi(code, "Uji " + code, Instansi.Kind.PEMDA, null, false));
        }
    }

    @AfterEach
    void signOut() {
        securityStrategy.clearContext();
    }

    @Test
    void keptResultsEqualAFreshComputationAfterEveryRandomWrite() {
        Random random = new Random(20261201L);
        java.util.Set<String> published = new java.util.HashSet<>();
        for (int step = 0; step < 100; step++) {
            int kind = random.nextInt(10);
            String code = CODES.get(random.nextInt(3));
            int year = YEARS[random.nextInt(YEARS.length)];
            Stage stage = STAGES[random.nextInt(STAGES.length)];
            Framework framework = frameworks.forYear(year).orElseThrow();
            if (kind < 4) {
                // an import of several instansi, years and stages at once
                ValueBatch batch = new ValueBatch();
                for (String c : CODES.subList(0, 3)) {
                    if (random.nextBoolean()) {
                        for (Node indicator : framework.indicators()) {
                            if (random.nextInt(4) > 0) {
                                batch.add(c, year, stage, indicator.code(), randomValue(random, indicator));
                            }
                        }
                    }
                }
                bulk.write(batch, BulkValueWriter.Source.LOADER, "uji");
            } else if (kind < 6) {
                // a few values of one stage
                Map<String, BigDecimal> values = new TreeMap<>();
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    Node indicator = framework
                            .indicators()
                            .get(random.nextInt(framework.indicators().size()));
                    values.put(indicator.code(), randomValue(random, indicator));
                }
                evaluation.saveValues(code, year, stage, values, "uji");
            } else if (kind == 6) {
                evaluation.deleteStageValues(code, year, stage);
            } else if (kind == 7) {
                evaluation.deleteValues(code, year);
            } else if (kind == 8) {
                // a published total, for a year without one yet
                int totalYear = 2018 + random.nextInt(8);
                if (published.add(code + "/" + totalYear)) {
                    evaluation.insertPublishedTotal(
                            code,
                            new PublishedTotal(
                                    totalYear,
                                    Target.Scope.INDEX,
                                    "",
                                    BigDecimal.valueOf(100 + random.nextInt(400), 2),
                                    "uji"));
                }
            } else {
                // a single entry in the open self-assessment of the demo Pemda (2026)
                Framework f2026 = frameworks.forYear(2026).orElseThrow();
                Node indicator =
                        f2026.indicators().get(random.nextInt(f2026.indicators().size()));
                ValueEntry before =
                        evaluation.entries("CONTOH", 2026, Stage.MANDIRI).get(indicator.code());
                entry.saveEntry(new ValueEdit(
                        "CONTOH",
                        2026,
                        Stage.MANDIRI,
                        indicator.code(),
                        randomValue(random, indicator),
                        "uji " + step,
                        before == null ? null : before.version(),
                        null));
            }
            assertKeptEqualsFresh("step " + step);
        }
        assertThat(evaluation.recomputeResults()).isPositive();
        assertKeptEqualsFresh("after recomputing");
    }

    @Test
    void theKeptFigureIsRoundedHalfUpOnTheExactValue() {
        evaluation.ensureInstansi(new Instansi("UJI-KEPT-R", "Uji pembulatan", Instansi.Kind.PEMDA, null, false));
        Framework f = frameworks.forYear(2026).orElseThrow();
        Map<String, BigDecimal> values = new TreeMap<>();
        for (Node indicator : f.indicators()) {
            values.put(indicator.code(), new BigDecimal("4.77"));
        }
        values.put(f.indicators().getFirst().code(), new BigDecimal("4.76"));
        evaluation.saveValues("UJI-KEPT-R", 2026, Stage.FINAL, values, "uji");
        YearResult kept = evaluation.result("UJI-KEPT-R", 2026, Stage.FINAL).orElseThrow();
        YearResult fresh = evaluation.freshResults("UJI-KEPT-R").get(2026).get(Stage.FINAL);
        assertThat(kept).isEqualTo(fresh);
        assertThat(kept.exact()).isEqualTo(fresh.exact());
        assertThat(kept.value()).isEqualTo(fresh.value());
        assertThat(kept.value()).isEqualTo(kept.exact().setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(kept.detail()).isEqualTo(fresh.detail());
        evaluation.deleteValues("UJI-KEPT-R", 2026);
        assertThat(evaluation.result("UJI-KEPT-R", 2026)).isEmpty();
    }

    private void assertKeptEqualsFresh(String when) {
        Map<Integer, Integer> rankable = evaluation.rankableCounts();
        for (int year : YEARS) {
            List<YearResult> full = evaluation.yearResults(year);
            assertThat(evaluation.yearFigures(year))
                    .as(when + ": the light figures of " + year)
                    .extracting(r -> r.instansiCode() + " " + r.stage() + " " + r.exact() + " " + r.value() + " "
                            + r.provenance() + " " + r.complete() + " " + r.predikat())
                    .containsExactlyInAnyOrderElementsOf(full.stream()
                            .map(r -> r.instansiCode() + " " + r.stage() + " " + r.exact() + " " + r.value() + " "
                                    + r.provenance() + " " + r.complete() + " " + r.predikat())
                            .toList());
            long expected = full.stream()
                    .filter(YearResult::rankable)
                    .filter(r -> evaluation.find(r.instansiCode()).orElseThrow().kind() != Instansi.Kind.NASIONAL)
                    .count();
            assertThat(rankable.getOrDefault(year, 0).longValue())
                    .as(when + ": ranked in " + year)
                    .isEqualTo(expected);
        }
        for (String code : CODES) {
            List<YearResult> kept = evaluation.history(code);
            List<YearResult> fresh = evaluation.freshHistory(code);
            assertThat(kept).as(when + ": history of " + code).isEqualTo(fresh);
            for (int i = 0; i < kept.size(); i++) {
                assertThat(kept.get(i).exact())
                        .as(when + ": exact value of " + code)
                        .isEqualTo(fresh.get(i).exact());
                assertThat(kept.get(i).detail())
                        .as(when + ": engine detail of " + code)
                        .isEqualTo(fresh.get(i).detail());
            }
            Map<Integer, Map<Stage, YearResult>> stages = evaluation.freshResults(code);
            for (Stage stage : Stage.values()) {
                Map<Integer, YearResult> expected = new TreeMap<>();
                stages.forEach((year, byStage) -> {
                    if (byStage.containsKey(stage)) {
                        expected.put(year, byStage.get(stage));
                    }
                });
                assertThat(evaluation.results(code, stage))
                        .as(when + ": " + stage + " results of " + code)
                        .isEqualTo(expected);
            }
            List<YearResult> ofYear = new ArrayList<>();
            for (int year : YEARS) {
                evaluation.yearResults(year).stream()
                        .filter(r -> r.instansiCode().equals(code))
                        .forEach(ofYear::add);
            }
            assertThat(ofYear)
                    .as(when + ": the year lists of " + code)
                    .isEqualTo(fresh.stream()
                            .filter(r -> java.util.Arrays.stream(YEARS).anyMatch(y -> y == r.year()))
                            .toList());
        }
    }

    private static BigDecimal randomValue(Random random, Node indicator) {
        var scale = indicator.scale();
        if (scale.decimals()) {
            int min = scale.min().movePointRight(2).intValue();
            int max = scale.max().movePointRight(2).intValue();
            return BigDecimal.valueOf(min + random.nextInt(max - min + 1), 2);
        }
        int min = scale.min().intValue();
        int max = scale.max().intValue();
        return new BigDecimal(min + random.nextInt(max - min + 1)).setScale(2);
    }
}
