package id.pantauspbe.rakor.ui;

import com.vaadin.flow.component.html.Section;

/** One slide of the rakor presentation: built anew from the snapshot each time it is shown. */
interface Slide {

    /** Message key of the slide's short name (footer, aria label). */
    String key();

    /** CSS name of the slide ("title", "trend" …): the section gets {@code slide-<name>}. */
    String name();

    Section render(SlideContext context);
}
