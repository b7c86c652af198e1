package id.pantauspbe.crosswalk.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.crosswalk.Setara;

/** A card with the comparable index of a boundary, for Ringkasan and the rakor change slide. */
public class SetaraCard extends Section {

    public SetaraCard(Setara.Bridge bridge) {
        addClassNames("card", "setara-card");
        add(new H3(getTranslation("setara.card.title")), new SetaraPanel(bridge, false));
    }
}
