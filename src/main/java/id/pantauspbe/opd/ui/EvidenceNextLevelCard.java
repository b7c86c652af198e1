package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.NextLevelNeed;
import java.util.List;
import java.util.stream.Collectors;

/** What each indicator's next level still needs: the items of that level not verified yet. */
final class EvidenceNextLevelCard extends Section {

    EvidenceNextLevelCard(List<NextLevelNeed> needs) {
        add(new H3(getTranslation("evidence.nextLevel")));
        addClassNames("card", "next-level-card");
        if (needs.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.nextLevel.none")));
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("evidence.nextLevel.hint"));
        hint.addClassName("card-hint");
        Grid<NextLevelNeed> grid = new Grid<>();
        grid.addClassName("next-level-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(n -> n.indicatorCode() + " " + n.indicatorName())
                .setHeader(getTranslation("evidence.column.indicator"))
                .setFlexGrow(3);
        grid.addColumn(n -> n.currentValue() == null ? "–" : TextFormat.decimal(n.currentValue()))
                .setHeader(getTranslation("evidence.column.value"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("6em");
        grid.addColumn(n -> getTranslation("evidence.level.n", n.nextLevel()))
                .setHeader(getTranslation("evidence.column.nextLevel"))
                .setFlexGrow(0)
                .setWidth("8em");
        grid.addColumn(n -> n.missing().stream()
                        .map(i -> i.title() + " (" + getTranslation("evidence.status." + i.status()) + ")")
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("evidence.column.missing"))
                .setFlexGrow(5);
        grid.setItems(needs);
        add(hint, grid);
    }
}
