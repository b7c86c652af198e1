package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.pantauspbe.base.ui.Format;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceRules;
import id.pantauspbe.opd.EvidenceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The evidence checklist as a grid: indicator, document (flagged when carried from last year and not
 * confirmed), level, responsible OPD, status (with the reason of a rejection), due date (marked when
 * overdue) and link. With an edit handler, items the user may edit get an edit button. Reusable on
 * any page that has a list of {@link EvidenceItem}s (for example an OPD's page).
 */
public class EvidenceGrid extends Grid<EvidenceItem> {

    private final LocalDate today;

    public EvidenceGrid(LocalDate today) {
        this(today, null, null);
    }

    /** A grid whose editable rows (by {@code canEdit}) get a button calling {@code onEdit}. */
    public EvidenceGrid(LocalDate today, Predicate<EvidenceItem> canEdit, Consumer<EvidenceItem> onEdit) {
        this.today = today;
        addClassName("evidence-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(EvidenceItem::indicatorCode)
                .setHeader(getTranslation("evidence.column.indicator"))
                .setKey("indicator")
                .setTooltipGenerator(EvidenceItem::indicatorName)
                .setFlexGrow(0)
                .setWidth("6em");
        addColumn(this::document)
                .setHeader(getTranslation("evidence.column.document"))
                .setKey("document")
                .setFlexGrow(4);
        addColumn(i -> level(i.targetLevel()))
                .setHeader(getTranslation("evidence.column.level"))
                .setKey("level")
                .setFlexGrow(0)
                .setWidth("7em");
        addColumn(i -> i.opdName() == null ? "–" : i.opdName())
                .setHeader(getTranslation("evidence.column.opd"))
                .setKey("opd")
                .setFlexGrow(3);
        addColumn(this::status)
                .setHeader(getTranslation("evidence.column.status"))
                .setKey("status")
                .setFlexGrow(3);
        addColumn(this::due)
                .setHeader(getTranslation("evidence.column.due"))
                .setKey("due")
                .setFlexGrow(2);
        addComponentColumn(i -> {
                    if (i.link() == null) {
                        return new Span("–");
                    }
                    Anchor link = new Anchor(i.link(), getTranslation("evidence.open"));
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener");
                    return link;
                })
                .setHeader(getTranslation("evidence.column.link"))
                .setKey("link")
                .setFlexGrow(1);
        if (onEdit != null) {
            addComponentColumn(i -> {
                        if (!canEdit.test(i)) {
                            return new Span();
                        }
                        Button edit = new Button(VaadinIcon.EDIT.create(), e -> onEdit.accept(i));
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        edit.addClassName("evidence-edit");
                        edit.setAriaLabel(getTranslation("evidence.edit", i.title()));
                        edit.setTooltipText(getTranslation("evidence.edit", i.title()));
                        return edit;
                    })
                    .setKey("edit")
                    .setFlexGrow(0)
                    .setWidth("5em");
        }
        setPartNameGenerator(i -> EvidenceRules.overdue(i, today) ? "evidence-overdue" : null);
    }

    public void show(List<EvidenceItem> items) {
        setItems(items);
    }

    private String document(EvidenceItem item) {
        return item.needsReconfirmation() ? item.title() + " · " + getTranslation("evidence.reconfirm") : item.title();
    }

    private String level(BigDecimal level) {
        return level == null
                ? getTranslation("evidence.level.general")
                : getTranslation("evidence.level.n", level.stripTrailingZeros().toPlainString());
    }

    private String status(EvidenceItem item) {
        String label = getTranslation("evidence.status." + item.status().name());
        return item.status() == EvidenceStatus.DITOLAK && item.reason() != null ? label + ": " + item.reason() : label;
    }

    private String due(EvidenceItem item) {
        if (item.dueDate() == null) {
            return "–";
        }
        String date = Format.date(item.dueDate());
        return EvidenceRules.overdue(item, today) ? date + " · " + getTranslation("evidence.overdueBadge") : date;
    }
}
