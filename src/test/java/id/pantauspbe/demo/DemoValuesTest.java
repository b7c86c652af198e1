package id.pantauspbe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.base.Csv;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.NodeResult;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.framework.FrameworkFiles;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo indicator values reproduce the stories of the seed Pemda exactly, through the engine. */
class DemoValuesTest {

    private static final Map<String, Map<String, BigDecimal>> VALUES = new HashMap<>();
    private static Framework f2018;
    private static Framework f2020;
    private static Framework f2026;

    @BeforeAll
    static void load() throws Exception {
        Map<String, LevelScale> scales = FrameworkFiles.levelScales();
        for (FrameworkFiles.Listing listing : FrameworkFiles.listings()) {
            Framework f = FrameworkFiles.framework(listing, scales);
            switch (listing.code()) {
                case "PERMENPANRB-5-2018" -> f2018 = f;
                case "PERMENPANRB-59-2020" -> f2020 = f;
                default -> f2026 = f;
            }
        }
        try (InputStream in = DemoValuesTest.class.getClassLoader().getResourceAsStream("demo/nilai-contoh.csv")) {
            for (Map<String, String> row : Csv.read(in)) {
                VALUES.computeIfAbsent(row.get("tahun") + "/" + row.get("tahap"), k -> new LinkedHashMap<>())
                        .put(row.get("indikator"), new BigDecimal(row.get("nilai")));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2018, 2.62, Baik",
        "2019, 3.00, Baik",
        "2020, 3.08, Baik",
        "2021, 2.51, Cukup",
        "2022, 2.93, Baik",
        "2023, 3.34, Baik",
        "2024, 3.77, Sangat Baik",
        "2025, 3.98, Sangat Baik"
    })
    void finalResultsPublishTheStoryFigures(int year, String published, String predikat) {
        IndexResult result = compute(year, "final");
        assertThat(result.complete()).isTrue();
        assertThat(result.published()).isEqualByComparingTo(published);
        assertThat(result.predikat()).map(PredikatBand::name).contains(predikat);
    }

    @Test
    void result2021HasManajemenAtOneAndLayananNear369() {
        IndexResult result = compute(2021, "final");
        // exact 2.505, published half-up as 2.51 (a binary double would show 2.50)
        assertThat(result.exact()).isEqualByComparingTo("2.505");
        assertThat(domain(result, "Manajemen SPBE").rounded()).isEqualByComparingTo("1.00");
        assertThat(domain(result, "Layanan SPBE").rounded()).isEqualByComparingTo("3.69");
    }

    @Test
    void result2024IsTheHalfUpCase() {
        assertThat(compute(2024, "final").exact()).isEqualByComparingTo("3.765");
    }

    @Test
    void selfAssessmentsAreMoreOptimisticThanFinalResults() {
        for (int year = 2018; year <= 2025; year++) {
            assertThat(compute(year, "mandiri").exact())
                    .as("mandiri %d", year)
                    .isGreaterThan(compute(year, "final").exact());
        }
    }

    @Test
    void selfAssessment2026IsInProgress() {
        IndexResult result = compute(2026, "mandiri");
        assertThat(result.complete()).isFalse();
        assertThat(result.index().valuedIndicators()).isEqualTo(14);
        assertThat(result.domains()).isEmpty();
        assertThat(VALUES).doesNotContainKey("2026/final");
    }

    private static IndexResult compute(int year, String stage) {
        Framework framework = year <= 2020 ? f2018 : year <= 2025 ? f2020 : f2026;
        return IndexEngine.compute(framework, VALUES.get(year + "/" + stage));
    }

    private static NodeResult domain(IndexResult result, String name) {
        List<NodeResult> domains = result.domains();
        return domains.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
