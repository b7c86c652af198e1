package id.pantauspbe.engine;

/** Level of a node in a framework tree. */
public enum NodeKind {
    DOMAIN,
    ASPECT,
    INDICATOR
}
