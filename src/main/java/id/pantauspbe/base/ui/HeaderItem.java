package id.pantauspbe.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows at the right of every page's header (for example the signed-in user's
 * name, password and logout buttons); a Spring bean, asked for a new component for each page.
 */
public interface HeaderItem {

    Component create();

    /** Lower comes first. */
    default int order() {
        return 0;
    }
}
