package id.pantauspbe.crosswalk;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.NodeKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The comparable index of two years evaluated under two consecutive frameworks, over the indicators
 * the crosswalk maps only. Plain Java (no Spring), so it is tested on hand-made cases.
 *
 * <p>The pairs are joined into <em>groups</em>: the connected sets of indicators (a one-to-many pair
 * set is one group of one old and several new indicators, a many-to-one set one group of several old
 * and one new). Each group is one matter assessed in both years.
 *
 * <ul>
 *   <li>A group's value in a year is the weighted mean of that year's indicators in the group, with
 *       the weights of that year's framework.
 *   <li>The comparable index of both years is the weighted mean of the group values with
 *       <strong>one weight per group for both years: the sum of the later framework's weights of
 *       the group's later indicators</strong>. One weight for both years, so the change comes from
 *       the values only and not from the frameworks weighing the same matter differently; the later
 *       framework's, because that is the yardstick the instansi is measured by now and from now on.
 *   <li>A group counts only when every indicator of it has a value in both years (a self-assessment
 *       in progress compares on what is filled in both years, never on zeros).
 *   <li>The covered share of a year is the weight of that year's indicators in counted groups over
 *       the whole weight of its framework: how much of that year's index the comparison speaks for.
 * </ul>
 *
 * Values are compared as stored, on their own scales (0–5 whole levels, 1–5, 1.00–5.00).
 */
public final class ComparableIndex {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** A pair with the stored values of both years (null when the year has no value). */
    public record PairValue(
            CrosswalkPair pair, String fromName, String toName, BigDecimal fromValue, BigDecimal toValue) {}

    /**
     * A group of connected pairs: its indicators on both sides, its weight (later framework), its
     * value in both years (null when not every indicator of that side has a value) and whether it
     * counts.
     */
    public record Group(
            List<String> fromCodes,
            List<String> toCodes,
            BigDecimal weight,
            BigDecimal fromValue,
            BigDecimal toValue,
            boolean counted) {}

    /** The comparison restricted to the groups under one domain or aspect of the later framework. */
    public record NodeComparison(
            NodeKind kind, String code, String name, int groups, BigDecimal fromIndex, BigDecimal toIndex) {

        public BigDecimal change() {
            return fromIndex == null || toIndex == null ? null : toIndex.subtract(fromIndex);
        }
    }

    /**
     * The result: exact indices (null when no group counts), the covered shares (0–1), the
     * indicators without a counterpart on each side, and the breakdown by the later framework's
     * domains and aspects.
     */
    public record Comparison(
            String fromFramework,
            String toFramework,
            List<PairValue> pairs,
            List<Group> groups,
            BigDecimal fromIndex,
            BigDecimal toIndex,
            BigDecimal fromCoverage,
            BigDecimal toCoverage,
            List<String> unmatchedFrom,
            List<String> unmatchedTo,
            List<NodeComparison> nodes) {

        public Comparison {
            pairs = List.copyOf(pairs);
            groups = List.copyOf(groups);
            unmatchedFrom = List.copyOf(unmatchedFrom);
            unmatchedTo = List.copyOf(unmatchedTo);
            nodes = List.copyOf(nodes);
        }

        /** The change of the comparable index (exact); null when either year has none. */
        public BigDecimal change() {
            return fromIndex == null || toIndex == null ? null : toIndex.subtract(fromIndex);
        }

        public long countedGroups() {
            return groups.stream().filter(Group::counted).count();
        }
    }

    private ComparableIndex() {}

    /**
     * Compares the values of a year under {@code from} with those of a year under {@code to} over
     * the pairs between them (pairs of other frameworks or unknown indicators are ignored).
     */
    public static Comparison compare(
            Framework from,
            Framework to,
            List<CrosswalkPair> allPairs,
            Map<String, BigDecimal> fromValues,
            Map<String, BigDecimal> toValues) {
        Map<String, Node> fromNodes = from.indicatorsByCode();
        Map<String, Node> toNodes = to.indicatorsByCode();
        List<CrosswalkPair> pairs = allPairs.stream()
                .filter(p -> p.fromFramework().equals(from.code())
                        && p.toFramework().equals(to.code())
                        && fromNodes.containsKey(p.fromIndicator())
                        && toNodes.containsKey(p.toIndicator()))
                .toList();

        List<PairValue> pairValues = pairs.stream()
                .map(p -> new PairValue(
                        p,
                        fromNodes.get(p.fromIndicator()).name(),
                        toNodes.get(p.toIndicator()).name(),
                        fromValues.get(p.fromIndicator()),
                        toValues.get(p.toIndicator())))
                .toList();

        List<Group> groups = new ArrayList<>();
        for (Set<String>[] component : components(pairs)) {
            List<String> fromCodes = ordered(component[0], from);
            List<String> toCodes = ordered(component[1], to);
            BigDecimal weight = weightOf(toCodes, toNodes);
            BigDecimal fromValue = mean(fromCodes, fromNodes, fromValues);
            BigDecimal toValue = mean(toCodes, toNodes, toValues);
            groups.add(new Group(fromCodes, toCodes, weight, fromValue, toValue, fromValue != null && toValue != null));
        }
        groups.sort((a, b) -> Integer.compare(
                position(to, a.toCodes().getFirst()), position(to, b.toCodes().getFirst())));

        BigDecimal fromCovered = BigDecimal.ZERO;
        BigDecimal toCovered = BigDecimal.ZERO;
        for (Group g : groups) {
            if (g.counted()) {
                fromCovered = fromCovered.add(weightOf(g.fromCodes(), fromNodes));
                toCovered = toCovered.add(weightOf(g.toCodes(), toNodes));
            }
        }
        Set<String> mappedFrom = new LinkedHashSet<>();
        Set<String> mappedTo = new LinkedHashSet<>();
        pairs.forEach(p -> {
            mappedFrom.add(p.fromIndicator());
            mappedTo.add(p.toIndicator());
        });
        List<String> unmatchedFrom = from.indicators().stream()
                .map(Node::code)
                .filter(c -> !mappedFrom.contains(c))
                .toList();
        List<String> unmatchedTo = to.indicators().stream()
                .map(Node::code)
                .filter(c -> !mappedTo.contains(c))
                .toList();

        return new Comparison(
                from.code(),
                to.code(),
                pairValues,
                groups,
                index(groups, Group::fromValue),
                index(groups, Group::toValue),
                share(fromCovered, from.totalWeight()),
                share(toCovered, to.totalWeight()),
                unmatchedFrom,
                unmatchedTo,
                nodes(to, groups));
    }

    /** Domains (when the later framework has them) then aspects holding at least one whole group. */
    private static List<NodeComparison> nodes(Framework to, List<Group> groups) {
        Map<String, Map<NodeKind, Node>> ancestry = to.ancestry();
        List<NodeComparison> result = new ArrayList<>();
        for (NodeKind kind : List.of(NodeKind.DOMAIN, NodeKind.ASPECT)) {
            List<Node> nodes = kind == NodeKind.DOMAIN ? to.domains() : to.aspects();
            for (Node node : nodes) {
                List<Group> inside = groups.stream()
                        .filter(g -> g.toCodes().stream()
                                .allMatch(c -> node.equals(
                                        ancestry.getOrDefault(c, Map.of()).get(kind))))
                        .toList();
                if (!inside.isEmpty()) {
                    result.add(new NodeComparison(
                            kind,
                            node.code(),
                            node.name(),
                            inside.size(),
                            index(inside, Group::fromValue),
                            index(inside, Group::toValue)));
                }
            }
        }
        return result;
    }

    private static BigDecimal index(List<Group> groups, java.util.function.Function<Group, BigDecimal> value) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Group g : groups) {
            if (g.counted()) {
                sum = sum.add(g.weight().multiply(value.apply(g)));
                weights = weights.add(g.weight());
            }
        }
        return divide(sum, weights);
    }

    /** The weighted mean of a side of a group; null unless every indicator of it has a value. */
    private static BigDecimal mean(List<String> codes, Map<String, Node> nodes, Map<String, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (String code : codes) {
            BigDecimal v = values.get(code);
            if (v == null) {
                return null;
            }
            BigDecimal w = nodes.get(code).weight();
            sum = sum.add(w.multiply(v));
            weights = weights.add(w);
        }
        return divide(sum, weights);
    }

    private static BigDecimal divide(BigDecimal sum, BigDecimal weights) {
        if (weights.signum() == 0) {
            return null;
        }
        try {
            return sum.divide(weights).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return sum.divide(weights, EXACT);
        }
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : divide(part, whole);
    }

    private static BigDecimal weightOf(List<String> codes, Map<String, Node> nodes) {
        return codes.stream().map(c -> nodes.get(c).weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int position(Framework framework, String code) {
        List<Node> indicators = framework.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().equals(code)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<String> ordered(Set<String> codes, Framework framework) {
        return framework.indicators().stream()
                .map(Node::code)
                .filter(codes::contains)
                .toList();
    }

    /** Connected components of the pair graph: [0] the earlier codes, [1] the later codes. */
    @SuppressWarnings("unchecked")
    private static List<Set<String>[]> components(List<CrosswalkPair> pairs) {
        // union-find over "F:code" and "T:code"
        Map<String, String> parent = new HashMap<>();
        for (CrosswalkPair p : pairs) {
            union(parent, "F:" + p.fromIndicator(), "T:" + p.toIndicator());
        }
        Map<String, Set<String>[]> byRoot = new LinkedHashMap<>();
        for (String key : parent.keySet().stream().sorted().toList()) {
            Set<String>[] c = byRoot.computeIfAbsent(
                    find(parent, key), r -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>()});
            c[key.startsWith("F:") ? 0 : 1].add(key.substring(2));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!Objects.equals(ra, rb)) {
            parent.put(ra, rb);
        }
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
