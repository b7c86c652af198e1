package id.pantauspbe.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Small fact tiles (label above a value), laid out by the {@code tiles} CSS grid. */
public final class Tiles {

    private Tiles() {}

    public static Div small(String className, String label, String value) {
        Span l = new Span(label);
        l.addClassName("tile-label");
        Span v = new Span(value);
        v.addClassName("tile-value-small");
        Div tile = new Div(l, v);
        tile.addClassNames("tile", className);
        return tile;
    }
}
