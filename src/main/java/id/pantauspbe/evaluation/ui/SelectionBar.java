package id.pantauspbe.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Instansi and year selectors of the dashboard and analysis views. Setting values programmatically does not
 * fire the change callback; a user's choice does.
 */
public class SelectionBar extends Div {

    private final ComboBox<Instansi> instansi = new ComboBox<>();
    private final Select<Integer> year = new Select<>();
    private boolean updating;

    public SelectionBar(BiConsumer<Instansi, Integer> onChange) {
        addClassName("filters");
        instansi.setLabel(getTranslation("overview.filter.instansi"));
        instansi.setItemLabelGenerator(Instansi::name);
        instansi.addClassName("filter-instansi");
        year.setLabel(getTranslation("overview.filter.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.addClassName("filter-year");
        instansi.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                onChange.accept(e.getValue(), year.getValue());
            }
        });
        year.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null && instansi.getValue() != null) {
                onChange.accept(instansi.getValue(), e.getValue());
            }
        });
        add(instansi, year);
    }

    /** Shows the choices; {@code years} may be empty to hide the year selector. */
    public void show(List<Instansi> all, Instansi selected, List<Integer> years, Integer selectedYear) {
        updating = true;
        instansi.setItems(all);
        instansi.setValue(selected);
        year.setVisible(!years.isEmpty());
        year.setItems(years.reversed());
        if (selectedYear != null && years.contains(selectedYear)) {
            year.setValue(selectedYear);
        }
        updating = false;
    }

    /** Shows a selection decided by {@code SelectionService}. */
    public void show(Selection selection) {
        show(selection.choices(), selection.instansi(), selection.years(), selection.year());
    }

    /** Adds another control (for example a level or a filter) after the selectors. */
    public void addControl(Component control) {
        add(control);
    }
}
