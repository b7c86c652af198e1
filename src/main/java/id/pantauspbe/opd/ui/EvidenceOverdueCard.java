package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.EvidenceSummary;
import java.util.List;
import java.util.Map;

/** The OPDs with overdue evidence: overdue, rejected, verified and completeness per OPD. */
final class EvidenceOverdueCard extends Section {

    record OpdRow(String name, EvidenceSummary summary) {}

    /** overdue: the OPDs with overdue items in the order shown. */
    EvidenceOverdueCard(List<EvidenceSummary> overdue, Map<Long, String> opdNames) {
        add(new H3(getTranslation("evidence.overduePerOpd")));
        addClassNames("card", "overdue-card");
        List<OpdRow> rows = overdue.stream()
                .map(s -> new OpdRow(opdNames.getOrDefault(s.opdId(), "–"), s))
                .toList();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("evidence.overdue.none")));
            return;
        }
        Grid<OpdRow> grid = new Grid<>();
        grid.addClassName("overdue-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(OpdRow::name)
                .setHeader(getTranslation("evidence.column.opd"))
                .setFlexGrow(3);
        column(grid, "evidence.column.overdue", r -> String.valueOf(r.summary().overdue()));
        column(grid, "evidence.column.rejected", r -> String.valueOf(r.summary().rejected()));
        column(
                grid,
                "evidence.column.verified",
                r -> r.summary().verified() + "/" + r.summary().total());
        column(
                grid,
                "evidence.column.completeness",
                r -> TextFormat.percent(r.summary().completeness()));
        grid.setItems(rows);
        add(grid);
    }

    private static void column(
            Grid<OpdRow> grid, String key, com.vaadin.flow.function.ValueProvider<OpdRow, String> value) {
        grid.addColumn(value)
                .setHeader(grid.getTranslation(key))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setAutoWidth(true);
    }
}
