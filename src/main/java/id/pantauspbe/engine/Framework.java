package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An evaluation framework: a tree of (optional) domains, aspects and indicators, and its predikat
 * bands. Roots are domains, or aspects for a framework without domains (8/2026).
 */
public record Framework(String code, String name, List<Node> roots, List<PredikatBand> bands) {

    public Framework {
        Objects.requireNonNull(code);
        roots = List.copyOf(roots);
        bands = bands.stream()
                .sorted(Comparator.comparingInt(PredikatBand::rank))
                .toList();
    }

    public boolean hasDomains() {
        return roots.stream().anyMatch(n -> n.kind() == NodeKind.DOMAIN);
    }

    public List<Node> domains() {
        return nodes(NodeKind.DOMAIN);
    }

    public List<Node> aspects() {
        return nodes(NodeKind.ASPECT);
    }

    public List<Node> indicators() {
        return nodes(NodeKind.INDICATOR);
    }

    public Map<String, Node> indicatorsByCode() {
        return indicators().stream().collect(Collectors.toMap(Node::code, Function.identity(), (a, b) -> a));
    }

    public Optional<Node> indicator(String code) {
        return indicators().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** The predikat of a published (already rounded) index value. */
    public Optional<PredikatBand> predikatOf(BigDecimal publishedValue) {
        return bands.stream().filter(b -> b.contains(publishedValue)).findFirst();
    }

    /** The domain or aspect directly above an indicator, by kind. */
    /**
     * For every indicator code, its ancestors by kind (domain, aspect), found in one walk of the
     * tree; for computing many indicators at once instead of {@link #ancestorOf} per indicator.
     */
    public Map<String, Map<NodeKind, Node>> ancestry() {
        Map<String, Map<NodeKind, Node>> result = new java.util.HashMap<>();
        for (Node root : roots) {
            collectAncestry(root, new java.util.EnumMap<>(NodeKind.class), result);
        }
        return result;
    }

    private static void collectAncestry(Node node, Map<NodeKind, Node> above, Map<String, Map<NodeKind, Node>> result) {
        if (node.kind() == NodeKind.INDICATOR) {
            result.put(node.code(), Map.copyOf(above));
            return;
        }
        Map<NodeKind, Node> here = new java.util.EnumMap<>(NodeKind.class);
        here.putAll(above);
        // the nearest ancestor of a kind wins, as in ancestorOf
        here.put(node.kind(), node);
        for (Node child : node.children()) {
            collectAncestry(child, here, result);
        }
    }

    public Optional<Node> ancestorOf(String indicatorCode, NodeKind kind) {
        for (Node root : roots) {
            Optional<Node> found = findAncestor(root, indicatorCode, kind);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> findAncestor(Node node, String indicatorCode, NodeKind kind) {
        boolean contains =
                node.indicators().anyMatch(i -> i.code().equals(indicatorCode)) && node.kind() != NodeKind.INDICATOR;
        if (!contains) {
            return Optional.empty();
        }
        for (Node child : node.children()) {
            Optional<Node> deeper = findAncestor(child, indicatorCode, kind);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return node.kind() == kind ? Optional.of(node) : Optional.empty();
    }

    /** Sum of the indicator weights (100 for the official frameworks). */
    public BigDecimal totalWeight() {
        return indicators().stream().map(Node::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<Node> nodes(NodeKind kind) {
        return roots.stream()
                .flatMap(Node::flatten)
                .filter(n -> n.kind() == kind)
                .toList();
    }
}
