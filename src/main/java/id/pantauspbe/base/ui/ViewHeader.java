package id.pantauspbe.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The top of a view: its title (an H2) and its controls (selection bar, buttons) beside it; and the
 * state of a view without any instansi.
 */
public final class ViewHeader {

    private ViewHeader() {}

    public static Div of(String title, Component... controls) {
        H2 heading = new H2(title);
        heading.addClassName("view-title");
        Div header = new Div(heading);
        header.add(controls);
        header.addClassName("view-header");
        return header;
    }

    /** What a view shows instead of its content when no instansi is registered yet. */
    public static Paragraph noInstansi() {
        Paragraph text = new Paragraph();
        text.setText(text.getTranslation("overview.noInstansi"));
        text.addClassName("empty-state");
        return text;
    }
}
