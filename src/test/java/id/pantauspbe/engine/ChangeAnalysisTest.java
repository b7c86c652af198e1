package id.pantauspbe.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeAnalysisTest {

    private static final Framework F2018 = Frameworks.of("PERMENPANRB-5-2018");
    private static final Framework F2020 = Frameworks.of("PERMENPANRB-59-2020");
    private static final Framework F2026 = Frameworks.of("PERMENPANRB-8-2026");

    @Test
    void contributionsUnderOneFrameworkSumExactlyToTheChange() {
        Map<String, BigDecimal> before = Frameworks.all(F2020, "2");
        Map<String, BigDecimal> after = Frameworks.all(F2020, "2");
        after.put("I32", new BigDecimal("4")); // +2 * 2.75 / 100 = +0.055
        after.put("I21", new BigDecimal("1")); // -1 * 1.50 / 100 = -0.015
        after.put("I5", new BigDecimal("3")); // +1 * 1.30 / 100 = +0.013
        ChangeAnalysis.Decomposition d =
                ChangeAnalysis.decompose(IndexEngine.compute(F2020, before), IndexEngine.compute(F2020, after));
        assertThat(d.sameFramework()).isTrue();
        assertThat(d.change()).isEqualByComparingTo("0.053");
        assertThat(sum(d.indicators())).isEqualByComparingTo(d.change());
        assertThat(sum(d.nodes())).isEqualByComparingTo(d.change());
        assertThat(contribution(d.indicators(), "I32")).isEqualByComparingTo("0.055");
        assertThat(contribution(d.indicators(), "I21")).isEqualByComparingTo("-0.015");
        assertThat(contribution(d.nodes(), "D4")).isEqualByComparingTo("0.055");
        assertThat(contribution(d.nodes(), "D3")).isEqualByComparingTo("-0.015");
        assertThat(contribution(d.nodes(), "D1")).isEqualByComparingTo("0.013");
        assertThat(contribution(d.nodes(), "D2")).isEqualByComparingTo("0");
    }

    @Test
    void acrossAFrameworkChangeOnlyDomainsAreComparedAndTheySumToTheChange() {
        IndexResult y2020 = IndexEngine.compute(F2018, Frameworks.all(F2018, "3"));
        Map<String, BigDecimal> values2021 = Frameworks.all(F2020, "3");
        for (int i = 21; i <= 31; i++) {
            values2021.put("I" + i, BigDecimal.ONE);
        }
        IndexResult y2021 = IndexEngine.compute(F2020, values2021);
        ChangeAnalysis.Decomposition d = ChangeAnalysis.decompose(y2020, y2021);
        assertThat(d.sameFramework()).isFalse();
        assertThat(d.indicators()).isEmpty();
        assertThat(sum(d.nodes())).isEqualByComparingTo(d.change());
        // 3.00 -> (83.5 * 3 + 16.5 * 1) / 100 = 2.67
        assertThat(d.change()).isEqualByComparingTo("-0.33");
        // Manajemen SPBE is new in 59/2020: all of its 0.165 points are its contribution
        Contribution manajemen = d.nodes().stream()
                .filter(c -> c.name().equals("Manajemen SPBE"))
                .findFirst()
                .orElseThrow();
        assertThat(manajemen.points()).isEqualByComparingTo("0.165");
        assertThat(manajemen.before()).isNull();
        // Layanan SPBE weighed 55 and weighs 45.5: 1.365 - 1.65
        assertThat(d.nodes().stream()
                        .filter(c -> c.name().equals("Layanan SPBE"))
                        .findFirst()
                        .orElseThrow()
                        .points())
                .isEqualByComparingTo("-0.285");
    }

    @Test
    void fromDomainsToAFrameworkWithoutDomainsTheNodesStillSumToTheChange() {
        IndexResult y2025 = IndexEngine.compute(F2020, Frameworks.all(F2020, "4"));
        IndexResult y2026 = IndexEngine.compute(F2026, Frameworks.all(F2026, "3.40"));
        ChangeAnalysis.Decomposition d = ChangeAnalysis.decompose(y2025, y2026);
        assertThat(d.change()).isEqualByComparingTo("-0.60");
        assertThat(sum(d.nodes())).isEqualByComparingTo(d.change());
        assertThat(d.nodes()).hasSize(4 + 7);
    }

    @Test
    void incompleteYearsAreNotExplained() {
        Map<String, BigDecimal> partial = Frameworks.all(F2020, "3");
        partial.remove("I1");
        IndexResult complete = IndexEngine.compute(F2020, Frameworks.all(F2020, "3"));
        IndexResult incomplete = IndexEngine.compute(F2020, partial);
        assertThatThrownBy(() -> ChangeAnalysis.decompose(complete, incomplete))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal sum(List<Contribution> contributions) {
        return contributions.stream().map(Contribution::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal contribution(List<Contribution> contributions, String code) {
        return contributions.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .points();
    }
}
