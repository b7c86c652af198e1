package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.row;
import static id.pantauspbe.rakor.ui.SlideParts.table;
import static id.pantauspbe.rakor.ui.SlideParts.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import java.util.List;

/** Action items agreed in a rakor; in edit mode their status is a drop-down. */
final class ActionTable {

    private ActionTable() {}

    static NativeTable of(SlideContext c, List<ActionItem> items, String className, int rows) {
        NativeTable table = table(
                className,
                c.t("rakor.action.opd"),
                c.t("rakor.action.what"),
                c.t("rakor.action.who"),
                c.t("rakor.action.due"),
                c.t("rakor.action.status"));
        for (ActionItem item : items.stream().limit(rows).toList()) {
            row(
                    table,
                    item.status() == ActionStatus.SELESAI ? "done" : null,
                    text(item.opdName() == null ? "–" : item.opdName()),
                    text(item.what()),
                    text(item.who() == null ? "–" : item.who()),
                    text(TextFormat.date(item.due())),
                    status(c, item));
        }
        return table;
    }

    private static Component status(SlideContext c, ActionItem item) {
        if (!c.editing()) {
            Span text = new Span(c.t("rakor.action.status." + item.status().name()));
            text.addClassNames(
                    "action-status", "action-status-" + item.status().name().toLowerCase());
            return text;
        }
        Select<ActionStatus> select = new Select<>();
        select.setItems(ActionStatus.values());
        select.setItemLabelGenerator(s -> c.t("rakor.action.status." + s.name()));
        select.setValue(item.status());
        select.setAriaLabel(c.t("rakor.action.status"));
        select.addClassName("action-status-select");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                c.service().setStatus(item.id(), e.getValue());
                c.reload().run();
            }
        });
        return select;
    }
}
