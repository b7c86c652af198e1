package id.pantauspbe.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexEngineTest {

    private static final Framework F2018 = Frameworks.of("PERMENPANRB-5-2018");
    private static final Framework F2020 = Frameworks.of("PERMENPANRB-59-2020");
    private static final Framework F2026 = Frameworks.of("PERMENPANRB-8-2026");

    @Test
    void theAncestryOfOneWalkIsTheAncestorOfEachIndicator() {
        for (String code : List.of("PERMENPANRB-5-2018", "PERMENPANRB-59-2020", "PERMENPANRB-8-2026")) {
            Framework framework = Frameworks.of(code);
            Map<String, Map<NodeKind, Node>> ancestry = framework.ancestry();
            assertThat(ancestry).hasSize(framework.indicators().size());
            for (Node indicator : framework.indicators()) {
                for (NodeKind kind : List.of(NodeKind.DOMAIN, NodeKind.ASPECT)) {
                    assertThat(java.util.Optional.ofNullable(
                                    ancestry.get(indicator.code()).get(kind)))
                            .as("%s %s of %s", code, kind, indicator.code())
                            .isEqualTo(framework.ancestorOf(indicator.code(), kind));
                }
            }
        }
    }

    @Test
    void referenceFrameworksHaveTheDocumentedShape() {
        assertThat(F2018.domains()).hasSize(3);
        assertThat(F2018.aspects()).hasSize(7);
        assertThat(F2018.indicators()).hasSize(35);
        assertThat(F2020.domains()).hasSize(4);
        assertThat(F2020.aspects()).hasSize(8);
        assertThat(F2020.indicators()).hasSize(47);
        assertThat(F2026.hasDomains()).isFalse();
        assertThat(F2026.aspects()).hasSize(7);
        assertThat(F2026.indicators()).hasSize(20);
        for (Framework f : List.of(F2018, F2020, F2026)) {
            assertThat(f.totalWeight()).isEqualByComparingTo("100");
        }
    }

    @Test
    void everyIndicatorAtOneLevelGivesThatLevel() {
        IndexResult result = IndexEngine.compute(F2020, Frameworks.all(F2020, "3"));
        assertThat(result.published()).isEqualByComparingTo("3.00");
        assertThat(result.complete()).isTrue();
        assertThat(result.domains()).allSatisfy(d -> assertThat(d.rounded()).isEqualByComparingTo("3"));
        assertThat(result.predikat()).map(PredikatBand::name).contains("Baik");
    }

    @Test
    void nodeValuesAreWeightedMeansOfTheirIndicators() {
        // 59/2020: Layanan aspect A8 (six indicators of weight 3.00) at 5, everything else at 1
        Map<String, BigDecimal> values = Frameworks.all(F2020, "1");
        for (int i = 42; i <= 47; i++) {
            values.put("I" + i, new BigDecimal("5"));
        }
        IndexResult result = IndexEngine.compute(F2020, values);
        // index = (100 * 1 + 18 * 4) / 100 = 1.72
        assertThat(result.exact()).isEqualByComparingTo("1.72");
        // domain Layanan = (27.5 * 1 + 18 * 5) / 45.5 = 2.5824...
        NodeResult layanan = node(result.domains(), "D4");
        assertThat(layanan.rounded()).isEqualByComparingTo("2.58");
        assertThat(node(result.aspects(), "A8").rounded()).isEqualByComparingTo("5.00");
        assertThat(result.predikat()).map(PredikatBand::name).contains("Kurang");
    }

    @Test
    void publishedFigureIsRoundedHalfUpOnTheExactValue() {
        // the official 2024 result with exact value 4.765 is published as 4.77 (binary floating
        // point would give 4.76): all at 5 except ten 1.30-weight and seven 1.50-weight indicators at 4
        Map<String, BigDecimal> values = Frameworks.all(F2020, "5");
        for (int i = 1; i <= 10; i++) {
            values.put("I" + i, new BigDecimal("4"));
        }
        for (int i = 21; i <= 27; i++) {
            values.put("I" + i, new BigDecimal("4"));
        }
        IndexResult result = IndexEngine.compute(F2020, values);
        assertThat(result.exact()).isEqualByComparingTo("4.765");
        assertThat(result.published()).isEqualByComparingTo("4.77");
        assertThat(result.published().toPlainString()).isEqualTo("4.77");
        // the trap the engine avoids: the double nearest 4.765 lies below it
        assertThat(new BigDecimal(4.765).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.76");
        assertThat(result.predikat()).map(PredikatBand::name).contains("Memuaskan");
    }

    @Test
    void predikatFollowsThePublishedValueAtBandEdges() {
        // 300 - 6 * 2 * 2.75 (I32-I37 at 1) - 3 * 2.50 (I11-I13 at 2) = 259.5: exact 2.595
        Map<String, BigDecimal> values = Frameworks.all(F2020, "3");
        for (int i = 32; i <= 37; i++) {
            values.put("I" + i, BigDecimal.ONE);
        }
        for (int i = 11; i <= 13; i++) {
            values.put("I" + i, new BigDecimal("2"));
        }
        IndexResult result = IndexEngine.compute(F2020, values);
        assertThat(result.exact()).isEqualByComparingTo("2.595");
        // published as 2.60, which is Baik: the band follows the published figure
        assertThat(result.published()).isEqualByComparingTo("2.60");
        assertThat(result.predikat()).map(PredikatBand::name).contains("Baik");
        values.put("I14", new BigDecimal("2"));
        IndexResult lower = IndexEngine.compute(F2020, values);
        assertThat(lower.published()).isEqualByComparingTo("2.57");
        assertThat(lower.predikat()).map(PredikatBand::name).contains("Cukup");
        assertThat(F2020.predikatOf(new BigDecimal("5.00")).map(PredikatBand::name))
                .contains("Memuaskan");
        assertThat(F2020.predikatOf(new BigDecimal("4.20")).map(PredikatBand::name))
                .contains("Memuaskan");
        assertThat(F2020.predikatOf(new BigDecimal("4.19")).map(PredikatBand::name))
                .contains("Sangat Baik");
        assertThat(F2020.predikatOf(new BigDecimal("1.79")).map(PredikatBand::name))
                .contains("Kurang");
        assertThat(F2026.predikatOf(new BigDecimal("4.00")).map(PredikatBand::name))
                .contains("Memuaskan");
        assertThat(F2026.predikatOf(new BigDecimal("2.49")).map(PredikatBand::name))
                .contains("Cukup");
    }

    @Test
    void missingValuesMakeTheResultIncompleteNeverZero() {
        Map<String, BigDecimal> values = Frameworks.all(F2020, "4");
        values.remove("I21");
        values.remove("I47");
        IndexResult result = IndexEngine.compute(F2020, values);
        assertThat(result.complete()).isFalse();
        assertThat(result.missingIndicators()).containsExactly("I21", "I47");
        // the mean over the valued indicators is still 4, not dragged down by zeros
        assertThat(result.published()).isEqualByComparingTo("4.00");
        assertThat(result.index().valuedIndicators()).isEqualTo(45);
        assertThat(node(result.domains(), "D3").complete()).isFalse();
        assertThat(node(result.domains(), "D1").complete()).isTrue();
        assertThat(result.indicators().stream()
                        .filter(i -> i.code().equals("I21"))
                        .findFirst())
                .hasValueSatisfying(i -> assertThat(i.hasValue()).isFalse());
    }

    @Test
    void noValuesAtAllGiveNoIndex() {
        IndexResult result = IndexEngine.compute(F2020, Map.of());
        assertThat(result.exact()).isNull();
        assertThat(result.published()).isNull();
        assertThat(result.predikat()).isEmpty();
        assertThat(result.hasAnyValue()).isFalse();
    }

    @Test
    void frameworkWithoutDomainsComputesAspectsAndDecimals() {
        Map<String, BigDecimal> values = Frameworks.all(F2026, "3.25");
        values.put("I19", new BigDecimal("2.10"));
        values.put("I20", new BigDecimal("4.37"));
        IndexResult result = IndexEngine.compute(F2026, values);
        assertThat(result.domains()).isEmpty();
        assertThat(result.aspects()).hasSize(7);
        // (75 * 3.25 + 10 * 2.10 + 15 * 4.37) / 100 = (243.75 + 21 + 65.55) / 100 = 3.3030
        assertThat(result.exact()).isEqualByComparingTo("3.303");
        assertThat(result.published()).isEqualByComparingTo("3.30");
        // A7 = (10 * 2.10 + 15 * 4.37) / 25 = 3.462
        assertThat(node(result.aspects(), "A7").exact()).isEqualByComparingTo("3.462");
        assertThat(result.predikat()).map(PredikatBand::name).contains("Baik");
        assertThat(result.indicators())
                .allSatisfy(i -> assertThat(i.domainCode()).isNull());
    }

    @Test
    void framework2018AcceptsLevelZero() {
        Map<String, BigDecimal> values = Frameworks.all(F2018, "3");
        values.put("I1", BigDecimal.ZERO);
        IndexResult result = IndexEngine.compute(F2018, values);
        assertThat(result.exact()).isEqualByComparingTo("2.97");
        assertThat(result.indicators().getFirst().levelName()).isEqualTo("Belum ada");
    }

    @Test
    void valuesOutsideTheScaleAreRefused() {
        Map<String, BigDecimal> zero = new HashMap<>(Map.of("I1", BigDecimal.ZERO));
        assertThatThrownBy(() -> IndexEngine.compute(F2020, zero))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("I1");
        Map<String, BigDecimal> fraction = Map.of("I1", new BigDecimal("2.5"));
        assertThatThrownBy(() -> IndexEngine.compute(F2020, fraction)).isInstanceOf(IllegalArgumentException.class);
        Map<String, BigDecimal> tooHigh = Map.of("I1", new BigDecimal("5.01"));
        assertThatThrownBy(() -> IndexEngine.compute(F2026, tooHigh)).isInstanceOf(IllegalArgumentException.class);
        Map<String, BigDecimal> unknown = Map.of("I99", BigDecimal.ONE);
        assertThatThrownBy(() -> IndexEngine.compute(F2020, unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("I99");
    }

    @Test
    void weakestAreRankedByIndexPointsLost() {
        Map<String, BigDecimal> values = Frameworks.all(F2020, "5");
        values.put("I1", BigDecimal.ONE); // 1.30 * 4 / 100 = 0.052
        values.put("I42", new BigDecimal("2")); // 3.00 * 3 / 100 = 0.09
        values.put("I21", BigDecimal.ONE); // 1.50 * 4 / 100 = 0.06
        IndexResult result = IndexEngine.compute(F2020, values);
        List<IndicatorResult> weakest = result.weakest(3);
        assertThat(weakest).extracting(IndicatorResult::code).containsExactly("I42", "I21", "I1");
        assertThat(weakest.getFirst().pointsLost()).isEqualByComparingTo("0.09");
        assertThat(weakest.getFirst().domainName()).isEqualTo("Layanan SPBE");
        assertThat(weakest.getFirst().levelName()).isEqualTo("Interaksi");
        assertThat(weakest.get(1).levelName()).isEqualTo("Rintisan");
    }

    @Test
    void displayRoundsHalfUpToTwoDecimals() {
        assertThat(IndexMath.display(new BigDecimal("2.505"))).isEqualByComparingTo("2.51");
        assertThat(IndexMath.display(new BigDecimal("2.50499999"))).isEqualByComparingTo("2.50");
        assertThat(IndexMath.display(new BigDecimal("3.765"))).isEqualByComparingTo("3.77");
        assertThat(IndexMath.display(null)).isNull();
    }

    private static NodeResult node(List<NodeResult> nodes, String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }
}
