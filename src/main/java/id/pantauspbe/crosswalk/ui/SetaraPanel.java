package id.pantauspbe.crosswalk.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.crosswalk.ComparableIndex;
import id.pantauspbe.crosswalk.Setara;

/**
 * The comparable index of one boundary in words: the sentence, the two figures, what share of each
 * year it covers, and (optionally) the comparison by domain and aspect of the later framework. Used
 * by Tren, Ringkasan and the rakor change slide.
 */
public class SetaraPanel extends Div {

    public SetaraPanel(Setara.Bridge bridge, boolean withNodes) {
        addClassName("setara-panel");
        Texts text = this::getTranslation;
        H4 title = new H4(getTranslation(
                "setara.panel.title",
                String.valueOf(bridge.fromYear()),
                String.valueOf(bridge.toYear()),
                SetaraTexts.figures(bridge)));
        title.addClassName("setara-figures");
        add(title);
        SetaraTexts.sentence(bridge, text).ifPresent(s -> {
            Paragraph sentence = new Paragraph(s);
            sentence.addClassName("setara-sentence");
            add(sentence);
        });
        Paragraph basis = new Paragraph(SetaraTexts.basis(bridge, text));
        basis.addClassNames("card-hint", "setara-basis");
        add(basis);
        if (withNodes && !bridge.comparison().nodes().isEmpty()) {
            Grid<ComparableIndex.NodeComparison> grid = new Grid<>();
            grid.addClassName("setara-nodes");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(n -> n.name())
                    .setHeader(getTranslation("setara.column.node"))
                    .setFlexGrow(3);
            grid.addColumn(n -> String.valueOf(n.groups())).setHeader(getTranslation("setara.column.groups"));
            grid.addColumn(n -> TextFormat.decimal(SetaraTexts.round(n.fromIndex())))
                    .setHeader(String.valueOf(bridge.fromYear()))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(n -> TextFormat.decimal(SetaraTexts.round(n.toIndex())))
                    .setHeader(String.valueOf(bridge.toYear()))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(n -> TextFormat.signed(SetaraTexts.round(n.change())))
                    .setHeader(getTranslation("setara.column.change"))
                    .setTextAlign(ColumnTextAlign.END);
            grid.setItems(bridge.comparison().nodes());
            add(grid);
        }
    }
}
