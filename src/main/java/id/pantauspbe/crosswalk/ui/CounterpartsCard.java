package id.pantauspbe.crosswalk.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.crosswalk.Setara;
import java.util.List;
import java.util.stream.Collectors;

/**
 * On an indicator's page: its predecessors in the previous framework and successors in the next
 * (the project's own mapping), each with the reason and the instansi's values of it by year.
 */
public class CounterpartsCard extends Section {

    public CounterpartsCard(List<Setara.Counterpart> counterparts) {
        addClassNames("card", "counterparts-card");
        add(new H3(getTranslation("setara.counterparts.title")));
        if (counterparts.isEmpty()) {
            add(new Paragraph(getTranslation("setara.counterparts.none")));
        }
        for (Setara.Counterpart c : counterparts) {
            Paragraph line;
            String history = c.history().isEmpty()
                    ? "–"
                    : c.history().stream()
                            .map(v -> v.year() + ": " + TextFormat.decimal(v.value()))
                            .collect(Collectors.joining(" · "));
            line = new Paragraph(getTranslation(
                    c.predecessor() ? "setara.counterparts.predecessor" : "setara.counterparts.successor",
                    c.regulation(),
                    c.code(),
                    c.name(),
                    history));
            line.addClassName("counterpart");
            Span reason = new Span(" (" + c.reason() + ")");
            reason.addClassName("card-hint");
            line.add(reason);
            add(line);
        }
        Paragraph disclaimer = new Paragraph(getTranslation("setara.disclaimer"));
        disclaimer.addClassName("card-hint");
        add(disclaimer);
    }
}
