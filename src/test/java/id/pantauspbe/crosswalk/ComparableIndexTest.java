package id.pantauspbe.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.NodeKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparable index on small hand-made frameworks whose figures are worked out by hand. */
class ComparableIndexTest {

    private static final LevelScale SCALE =
            new LevelScale("S", BigDecimal.ZERO, BigDecimal.valueOf(5), false, Map.of());

    /** OLD: aspect A1 (a1 20, a2 20, a3 10), aspect A2 (a4 50); no domains. */
    private static final Framework OLD = new Framework(
            "OLD",
            "old",
            List.of(
                    aspect("A1", indicator("a1", 20), indicator("a2", 20), indicator("a3", 10)),
                    aspect("A2", indicator("a4", 50))),
            List.of());

    /** NEW: domain D1 (aspect B1: b1 10, b2 30), domain D2 (aspect B2: b3 40, b4 20). */
    private static final Framework NEW = new Framework(
            "NEW",
            "new",
            List.of(
                    domain("D1", aspect("B1", indicator("b1", 10), indicator("b2", 30))),
                    domain("D2", aspect("B2", indicator("b3", 40), indicator("b4", 20)))),
            List.of());

    /** a1 → b1 and b2 (one-to-many); a2 and a3 → b3 (many-to-one); a4 dropped; b4 new. */
    private static final List<CrosswalkPair> PAIRS = List.of(
            CrosswalkPair.of("OLD", "a1", "NEW", "b1"),
            CrosswalkPair.of("OLD", "a1", "NEW", "b2"),
            CrosswalkPair.of("OLD", "a2", "NEW", "b3"),
            CrosswalkPair.of("OLD", "a3", "NEW", "b3"),
            // another boundary's pair and an unknown indicator are ignored
            CrosswalkPair.of("NEW", "b1", "NEWER", "c1"),
            CrosswalkPair.of("OLD", "a9", "NEW", "b4"));

    @Test
    void oneToManyAndManyToOneGroupsWeighedByTheLaterFramework() {
        var c = ComparableIndex.compare(
                OLD,
                NEW,
                PAIRS,
                values("a1", "2", "a2", "3", "a3", "0", "a4", "5"),
                values("b1", "1", "b2", "3", "b3", "4", "b4", "1"));

        assertThat(c.groups()).hasSize(2);
        var oneToMany = c.groups().get(0);
        assertThat(oneToMany.fromCodes()).containsExactly("a1");
        assertThat(oneToMany.toCodes()).containsExactly("b1", "b2");
        assertThat(oneToMany.weight()).isEqualByComparingTo("40");
        assertThat(oneToMany.fromValue()).isEqualByComparingTo("2");
        // (10*1 + 30*3) / 40
        assertThat(oneToMany.toValue()).isEqualByComparingTo("2.5");
        var manyToOne = c.groups().get(1);
        assertThat(manyToOne.fromCodes()).containsExactly("a2", "a3");
        assertThat(manyToOne.toCodes()).containsExactly("b3");
        assertThat(manyToOne.weight()).isEqualByComparingTo("40");
        // (20*3 + 10*0) / 30: the old framework's own weights inside the group
        assertThat(manyToOne.fromValue()).isEqualByComparingTo("2");
        assertThat(manyToOne.toValue()).isEqualByComparingTo("4");

        // (40*2 + 40*2) / 80 and (40*2.5 + 40*4) / 80
        assertThat(c.fromIndex()).isEqualByComparingTo("2");
        assertThat(c.toIndex()).isEqualByComparingTo("3.25");
        assertThat(c.change()).isEqualByComparingTo("1.25");
        // a1+a2+a3 = 50 of 100; b1+b2+b3 = 80 of 100
        assertThat(c.fromCoverage()).isEqualByComparingTo("0.5");
        assertThat(c.toCoverage()).isEqualByComparingTo("0.8");
        assertThat(c.unmatchedFrom()).containsExactly("a4");
        assertThat(c.unmatchedTo()).containsExactly("b4");
        assertThat(c.pairs()).hasSize(4);
        assertThat(c.pairs().getFirst().fromValue()).isEqualByComparingTo("2");
        assertThat(c.pairs().getFirst().toValue()).isEqualByComparingTo("1");

        // by the later framework's domains, then aspects
        assertThat(c.nodes()).extracting(ComparableIndex.NodeComparison::code).containsExactly("D1", "D2", "B1", "B2");
        var d1 = c.nodes().get(0);
        assertThat(d1.kind()).isEqualTo(NodeKind.DOMAIN);
        assertThat(d1.fromIndex()).isEqualByComparingTo("2");
        assertThat(d1.toIndex()).isEqualByComparingTo("2.5");
        assertThat(c.nodes().get(1).change()).isEqualByComparingTo("2");
    }

    @Test
    void aGroupWithAMissingValueIsLeftOutOfBothYears() {
        var c = ComparableIndex.compare(
                OLD, NEW, PAIRS, values("a1", "2", "a2", "3", "a3", "0", "a4", "5"), values("b1", "1", "b3", "4"));
        assertThat(c.groups().get(0).counted()).isFalse();
        assertThat(c.countedGroups()).isEqualTo(1);
        // only the many-to-one group counts: a missing b2 is not a zero
        assertThat(c.fromIndex()).isEqualByComparingTo("2");
        assertThat(c.toIndex()).isEqualByComparingTo("4");
        assertThat(c.fromCoverage()).isEqualByComparingTo("0.3");
        assertThat(c.toCoverage()).isEqualByComparingTo("0.4");
        assertThat(c.nodes())
                .extracting(ComparableIndex.NodeComparison::toIndex)
                .containsNull();
    }

    @Test
    void withoutValuesThereIsNoIndexAndNoChange() {
        var c = ComparableIndex.compare(OLD, NEW, PAIRS, Map.of(), values("b1", "1"));
        assertThat(c.fromIndex()).isNull();
        assertThat(c.toIndex()).isNull();
        assertThat(c.change()).isNull();
        assertThat(c.fromCoverage()).isEqualByComparingTo("0");
    }

    @Test
    void nonTerminatingMeansStayExact() {
        // a2 3 and a3 1 with weights 20 and 10: 70/30 = 2.333…
        var c = ComparableIndex.compare(
                OLD,
                NEW,
                List.of(CrosswalkPair.of("OLD", "a2", "NEW", "b3"), CrosswalkPair.of("OLD", "a3", "NEW", "b3")),
                values("a2", "3", "a3", "1"),
                values("b3", "4"));
        assertThat(c.fromIndex().toPlainString()).startsWith("2.33333333333");
        assertThat(c.fromIndex().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("2.33");
    }

    private static Map<String, BigDecimal> values(String... codeValue) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            values.put(codeValue[i], new BigDecimal(codeValue[i + 1]));
        }
        return values;
    }

    private static Node indicator(String code, int weight) {
        return Node.indicator(code, "Indikator " + code, BigDecimal.valueOf(weight), SCALE);
    }

    private static Node aspect(String code, Node... indicators) {
        BigDecimal weight = List.of(indicators).stream().map(Node::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Node(code, NodeKind.ASPECT, "Aspek " + code, weight, null, List.of(indicators));
    }

    private static Node domain(String code, Node... aspects) {
        BigDecimal weight = List.of(aspects).stream().map(Node::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Node(code, NodeKind.DOMAIN, "Domain " + code, weight, null, List.of(aspects));
    }
}
