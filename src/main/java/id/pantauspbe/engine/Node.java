package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A domain, aspect or indicator. Weights are in percent of the whole index, as in the framework
 * files; only indicator weights take part in the computation.
 */
public record Node(String code, NodeKind kind, String name, BigDecimal weight, LevelScale scale, List<Node> children) {

    public Node {
        Objects.requireNonNull(code);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(weight);
        children = List.copyOf(children);
        if (kind == NodeKind.INDICATOR && scale == null) {
            throw new IllegalArgumentException("indicator " + code + " has no level scale");
        }
    }

    public static Node indicator(String code, String name, BigDecimal weight, LevelScale scale) {
        return new Node(code, NodeKind.INDICATOR, name, weight, scale, List.of());
    }

    /** This node and every node beneath it, depth first. */
    public Stream<Node> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Node::flatten));
    }

    public Stream<Node> indicators() {
        return flatten().filter(n -> n.kind == NodeKind.INDICATOR);
    }
}
