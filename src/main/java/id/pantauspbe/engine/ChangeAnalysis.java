package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains the change of an index between two years. Under one framework the change is decomposed
 * by domain (or aspect) and by indicator; across a framework change only by domain (or aspect),
 * matched by name, because indicators are not comparable. Both results need complete years.
 */
public final class ChangeAnalysis {

    private ChangeAnalysis() {}

    /** The decomposition; {@code sameFramework} tells whether indicator contributions are given. */
    public record Decomposition(
            BigDecimal before,
            BigDecimal after,
            BigDecimal change,
            boolean sameFramework,
            List<Contribution> nodes,
            List<Contribution> indicators) {}

    public static Decomposition decompose(IndexResult before, IndexResult after) {
        if (!before.complete() || !after.complete()) {
            throw new IllegalArgumentException("both years must be complete to explain a change");
        }
        boolean same = before.frameworkCode().equals(after.frameworkCode());
        BigDecimal change = after.exact().subtract(before.exact());
        List<Contribution> nodes = nodeContributions(before, after);
        List<Contribution> indicators = new ArrayList<>();
        if (same) {
            Map<String, IndicatorResult> earlier = new LinkedHashMap<>();
            before.indicators().forEach(i -> earlier.put(i.code(), i));
            for (IndicatorResult now : after.indicators()) {
                IndicatorResult then = earlier.get(now.code());
                indicators.add(new Contribution(
                        now.code(),
                        now.name(),
                        NodeKind.INDICATOR,
                        then.value(),
                        now.value(),
                        share(now.points(), after).subtract(share(then.points(), before))));
            }
        }
        return new Decomposition(before.exact(), after.exact(), change, same, nodes, indicators);
    }

    /**
     * Domain contributions (aspects for frameworks without domains): each node's weighted points
     * after minus before, matched by name; a node present in only one year contributes all of its
     * points (positive if new, negative if gone).
     */
    private static List<Contribution> nodeContributions(IndexResult before, IndexResult after) {
        boolean byDomain = !after.domains().isEmpty() && !before.domains().isEmpty();
        List<NodeResult> earlier = byDomain ? before.domains() : before.aspects();
        List<NodeResult> later = byDomain ? after.domains() : after.aspects();
        if (!before.frameworkCode().equals(after.frameworkCode())
                && (before.domains().isEmpty() != after.domains().isEmpty())) {
            // from domains to a framework without domains (or back): compare the whole levels shown
            earlier = before.domains().isEmpty() ? before.aspects() : before.domains();
            later = after.domains().isEmpty() ? after.aspects() : after.domains();
        }
        Map<String, NodeResult> byName = new LinkedHashMap<>();
        earlier.forEach(n -> byName.put(key(n), n));
        List<Contribution> result = new ArrayList<>();
        for (NodeResult now : later) {
            NodeResult then = byName.remove(key(now));
            BigDecimal pointsAfter = weighted(now, after);
            BigDecimal pointsBefore = then == null ? BigDecimal.ZERO : weighted(then, before);
            result.add(new Contribution(
                    now.code(),
                    now.name(),
                    now.kind(),
                    then == null ? null : then.exact(),
                    now.exact(),
                    pointsAfter.subtract(pointsBefore)));
        }
        for (NodeResult gone : byName.values()) {
            result.add(new Contribution(
                    gone.code(),
                    gone.name(),
                    gone.kind(),
                    gone.exact(),
                    null,
                    weighted(gone, before).negate()));
        }
        return result;
    }

    private static String key(NodeResult node) {
        return node.name().strip().toLowerCase();
    }

    /** The node's share of the index: the points of the indicators beneath it. */
    private static BigDecimal weighted(NodeResult node, IndexResult result) {
        BigDecimal points = result.indicators().stream()
                .filter(i -> node.code().equals(node.kind() == NodeKind.DOMAIN ? i.domainCode() : i.aspectCode()))
                .map(IndicatorResult::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return share(points, result);
    }

    private static BigDecimal share(BigDecimal pointsOfHundred, IndexResult result) {
        // points are weight * value / 100; rescale when the weights do not sum to 100
        BigDecimal total = totalWeight(result);
        return total.compareTo(BigDecimal.valueOf(100)) == 0
                ? pointsOfHundred
                : pointsOfHundred.multiply(BigDecimal.valueOf(100)).divide(total, IndexMath.EXACT);
    }

    private static BigDecimal totalWeight(IndexResult result) {
        return result.index().weight();
    }
}
