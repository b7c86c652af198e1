package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.EvidenceFile;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceRules;
import id.pantauspbe.opd.EvidenceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The evidence checklist as a grid: indicator, document (flagged when carried from last year and not
 * confirmed), level, responsible OPD, status (with the reason of a rejection), due date (marked when
 * overdue) and its documents (uploaded files, downloadable where the user may read them, and the
 * link). With an edit handler, items the user may edit get an edit button. Reusable on
 * any page that has a list of {@link EvidenceItem}s (for example an OPD's page).
 */
public class EvidenceGrid extends Grid<EvidenceItem> {

    private final LocalDate today;
    private Map<Long, List<EvidenceFile>> files = Map.of();
    private Predicate<EvidenceItem> readable = item -> false;

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
        addComponentColumn(this::documents)
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

    /** The uploaded files by item id, and which items' files the user may download. */
    public void setFiles(Map<Long, List<EvidenceFile>> files, Predicate<EvidenceItem> readable) {
        this.files = files;
        this.readable = readable;
    }

    private Component documents(EvidenceItem item) {
        List<EvidenceFile> uploaded = files.getOrDefault(item.id(), List.of());
        if (item.link() == null && uploaded.isEmpty()) {
            return new Span("–");
        }
        Div documents = new Div();
        documents.addClassName("evidence-documents");
        boolean mayRead = !uploaded.isEmpty() && readable.test(item);
        for (EvidenceFile file : uploaded) {
            if (mayRead) {
                documents.add(downloadLink(file));
            } else {
                Span name = new Span(VaadinIcon.LOCK.create(), new Span(file.originalName()));
                name.addClassName("evidence-file-locked");
                name.setTitle(getTranslation("evidence.files.locked"));
                documents.add(name);
            }
        }
        if (item.link() != null) {
            Anchor link = new Anchor(item.link(), getTranslation("evidence.open"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            link.addClassName("evidence-link-open");
            documents.add(link);
        }
        return documents;
    }

    /** A link that downloads an uploaded file ({@code /berkas/{id}}, outside the Vaadin router). */
    public static Anchor downloadLink(EvidenceFile file) {
        Anchor download =
                new Anchor("berkas/" + file.id(), VaadinIcon.PAPERCLIP.create(), new Span(file.originalName()));
        download.setRouterIgnore(true);
        download.setDownload(true);
        download.addClassName("evidence-file-download");
        download.getElement()
                .setAttribute("aria-label", download.getTranslation("evidence.files.download", file.originalName()));
        return download;
    }

    /** A file size in KB below 1 MB, else in MB with one decimal. */
    static String size(Component component, long bytes) {
        return bytes < 1024 * 1024
                ? component.getTranslation("evidence.files.sizeKb", Math.max(1.0, Math.ceil(bytes / 1024.0)))
                : component.getTranslation("evidence.files.sizeMb", bytes / (1024.0 * 1024.0));
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
        String date = TextFormat.date(item.dueDate());
        return EvidenceRules.overdue(item, today) ? date + " · " + getTranslation("evidence.overdueBadge") : date;
    }
}
