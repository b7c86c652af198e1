package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes an index: every node is the weighted mean {@code sum(w_i * v_i) / sum(w_i)} of the
 * indicator values beneath it, with {@code w_i} the indicator weights of the framework.
 */
public final class IndexEngine {

    private IndexEngine() {}

    /**
     * @param values indicator code → value; absent codes are missing values
     * @throws IllegalArgumentException for a value outside its indicator's scale or an unknown code
     */
    public static IndexResult compute(Framework framework, Map<String, BigDecimal> values) {
        Map<String, Node> byCode = framework.indicatorsByCode();
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            Node indicator = byCode.get(e.getKey());
            if (indicator == null) {
                throw new IllegalArgumentException("unknown indicator " + e.getKey() + " in " + framework.code());
            }
            if (e.getValue() != null && !indicator.scale().accepts(e.getValue())) {
                throw new IllegalArgumentException("value " + e.getValue() + " of " + e.getKey() + " is outside "
                        + indicator.scale().code());
            }
        }
        List<NodeResult> domains = new ArrayList<>();
        List<NodeResult> aspects = new ArrayList<>();
        for (Node root : framework.roots()) {
            root.flatten().forEach(node -> {
                if (node.kind() == NodeKind.DOMAIN) {
                    domains.add(aggregate(node, values));
                } else if (node.kind() == NodeKind.ASPECT) {
                    aspects.add(aggregate(node, values));
                }
            });
        }
        Node whole = new Node(
                framework.code(), NodeKind.DOMAIN, framework.name(), framework.totalWeight(), null, framework.roots());
        NodeResult index = aggregate(whole, values);
        Optional<PredikatBand> predikat =
                index.exact() == null ? Optional.empty() : framework.predikatOf(index.rounded());
        return new IndexResult(framework.code(), index, predikat, domains, aspects, indicators(framework, values));
    }

    private static NodeResult aggregate(Node node, Map<String, BigDecimal> values) {
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        int valued = 0;
        int total = 0;
        for (Node indicator : node.indicators().toList()) {
            total++;
            BigDecimal value = values.get(indicator.code());
            if (value != null) {
                valued++;
                weightedSum = weightedSum.add(indicator.weight().multiply(value));
                weightSum = weightSum.add(indicator.weight());
            }
        }
        return new NodeResult(
                node.code(),
                node.kind(),
                node.name(),
                node.weight(),
                IndexMath.weightedMean(weightedSum, weightSum),
                valued,
                total);
    }

    private static List<IndicatorResult> indicators(Framework framework, Map<String, BigDecimal> values) {
        List<IndicatorResult> results = new ArrayList<>();
        Map<String, Map<NodeKind, Node>> ancestry = framework.ancestry();
        for (Node indicator : framework.indicators()) {
            Map<NodeKind, Node> above = ancestry.getOrDefault(indicator.code(), Map.of());
            Optional<Node> domain = Optional.ofNullable(above.get(NodeKind.DOMAIN));
            Optional<Node> aspect = Optional.ofNullable(above.get(NodeKind.ASPECT));
            BigDecimal value = values.get(indicator.code());
            LevelScale scale = indicator.scale();
            results.add(new IndicatorResult(
                    indicator.code(),
                    indicator.name(),
                    domain.map(Node::code).orElse(null),
                    domain.map(Node::name).orElse(null),
                    aspect.map(Node::code).orElse(null),
                    aspect.map(Node::name).orElse(null),
                    indicator.weight(),
                    value,
                    value == null ? null : scale.nameOf(value),
                    value == null ? null : IndexMath.points(indicator.weight(), value),
                    value == null
                            ? null
                            : IndexMath.points(indicator.weight(), scale.max().subtract(value))));
        }
        return results;
    }
}
