package id.pantauspbe.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.engine.WeakRules.Thresholds;
import id.pantauspbe.engine.WeakRules.WeakIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeakRulesTest {

    private static final Framework F2020 = Frameworks.of("PERMENPANRB-59-2020");
    private static final Framework F2026 = Frameworks.of("PERMENPANRB-8-2026");
    private static final Thresholds LOOSE = new Thresholds(BigDecimal.ZERO, new BigDecimal("9"), new BigDecimal("9"));

    @Test
    void lowValueIsAtOrBelowTheThreshold() {
        Map<String, BigDecimal> values = Frameworks.all(F2020, "4");
        values.put("I1", new BigDecimal("2"));
        values.put("I2", new BigDecimal("3"));
        List<WeakIndicator> weak = find(values, Optional.empty(), Optional.empty(), thresholds("2", "9", "9"));
        assertThat(reasonsOf(weak, "I1")).contains(WeakReason.LOW_VALUE);
        assertThat(reasonsOf(weak, "I2")).doesNotContain(WeakReason.LOW_VALUE);
    }

    @Test
    void belowItsDomainMean() {
        Map<String, BigDecimal> values = Frameworks.all(F2020, "4");
        values.put("I1", new BigDecimal("3"));
        List<WeakIndicator> weak = find(values, Optional.empty(), Optional.empty(), LOOSE);
        assertThat(weak).extracting(w -> w.indicator().code()).containsExactly("I1");
        assertThat(weak.getFirst().reasons()).containsExactly(WeakReason.BELOW_DOMAIN_MEAN);
        assertThat(weak.getFirst().nodeMean()).isEqualByComparingTo("3.9");
    }

    @Test
    void droppedAgainstThePreviousYear() {
        Map<String, BigDecimal> before = Frameworks.all(F2020, "4");
        Map<String, BigDecimal> now = Frameworks.all(F2020, "4");
        now.put("I40", new BigDecimal("3"));
        now.put("I41", new BigDecimal("5"));
        List<WeakIndicator> weak = find(now, Optional.of(IndexEngine.compute(F2020, before)), Optional.empty(), LOOSE);
        assertThat(reasonsOf(weak, "I40")).contains(WeakReason.DROPPED);
        assertThat(weak.stream()
                        .filter(w -> w.indicator().code().equals("I40"))
                        .findFirst()
                        .orElseThrow()
                        .previousValue())
                .isEqualByComparingTo("4");
        assertThat(weak).noneMatch(w -> w.indicator().code().equals("I41"));
    }

    @Test
    void largeLossByIndexPoints() {
        Map<String, BigDecimal> values = Frameworks.all(F2020, "5");
        values.put("I1", new BigDecimal("2")); // 1.30 * 3 / 100 = 0.039
        values.put("I42", new BigDecimal("3")); // 3.00 * 2 / 100 = 0.06
        List<WeakIndicator> weak = find(values, Optional.empty(), Optional.empty(), thresholds("0", "0.05", "9"));
        assertThat(reasonsOf(weak, "I42")).contains(WeakReason.LARGE_LOSS);
        assertThat(reasonsOf(weak, "I1")).doesNotContain(WeakReason.LARGE_LOSS);
    }

    @Test
    void overRatedSelfAssessment() {
        Map<String, BigDecimal> fin = Frameworks.all(F2020, "3");
        Map<String, BigDecimal> mandiri = Frameworks.all(F2020, "3");
        mandiri.put("I21", new BigDecimal("5"));
        mandiri.put("I22", new BigDecimal("3"));
        List<WeakIndicator> weak = find(
                fin, Optional.empty(), Optional.of(IndexEngine.compute(F2020, mandiri)), thresholds("0", "9", "1"));
        assertThat(weak).extracting(w -> w.indicator().code()).containsExactly("I21");
        assertThat(weak.getFirst().reasons()).containsExactly(WeakReason.OVERRATED);
        assertThat(weak.getFirst().selfAssessed()).isEqualByComparingTo("5");
    }

    @Test
    void rankedByPointsLostNotByRawLevel() {
        Map<String, BigDecimal> values = Frameworks.all(F2020, "5");
        values.put("I1", new BigDecimal("1")); // Kebijakan 1.30: loses 0.052
        values.put("I45", new BigDecimal("2")); // Layanan 3.00: loses 0.09
        List<WeakIndicator> weak = find(values, Optional.empty(), Optional.empty(), Thresholds.DEFAULT);
        assertThat(weak).extracting(w -> w.indicator().code()).containsExactly("I45", "I1");
    }

    @Test
    void aFrameworkWithoutDomainsComparesWithTheAspectMean() {
        Map<String, BigDecimal> values = Frameworks.all(F2026, "3.50");
        values.put("I19", new BigDecimal("2.50"));
        List<WeakIndicator> weak =
                WeakRules.find(IndexEngine.compute(F2026, values), Optional.empty(), Optional.empty(), LOOSE);
        assertThat(weak).extracting(w -> w.indicator().code()).containsExactly("I19");
        assertThat(weak.getFirst().nodeMean()).isEqualByComparingTo("3.1");
    }

    @Test
    void gainOfOneLevelIsCappedAtTheTop() {
        IndexResult result = IndexEngine.compute(F2020, Map.of("I42", new BigDecimal("2"), "I43", new BigDecimal("5")));
        IndicatorResult i42 = result.indicators().stream()
                .filter(i -> i.code().equals("I42"))
                .findFirst()
                .orElseThrow();
        IndicatorResult i43 = result.indicators().stream()
                .filter(i -> i.code().equals("I43"))
                .findFirst()
                .orElseThrow();
        assertThat(WeakRules.gainOfOneLevel(i42, new BigDecimal("5"), new BigDecimal("100")))
                .isEqualByComparingTo("0.03");
        assertThat(WeakRules.gainOfOneLevel(i43, new BigDecimal("5"), new BigDecimal("100")))
                .isEqualByComparingTo("0");
    }

    private static List<WeakIndicator> find(
            Map<String, BigDecimal> values,
            Optional<IndexResult> previous,
            Optional<IndexResult> mandiri,
            Thresholds thresholds) {
        return WeakRules.find(IndexEngine.compute(F2020, values), previous, mandiri, thresholds);
    }

    private static Thresholds thresholds(String low, String loss, String gap) {
        return new Thresholds(new BigDecimal(low), new BigDecimal(loss), new BigDecimal(gap));
    }

    private static java.util.Set<WeakReason> reasonsOf(List<WeakIndicator> weak, String code) {
        return weak.stream()
                .filter(w -> w.indicator().code().equals(code))
                .findFirst()
                .map(WeakIndicator::reasons)
                .orElse(java.util.Set.of());
    }
}
