package id.pantauspbe.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.plan.PlanLimit;
import id.pantauspbe.plan.PlanLimitService;
import id.pantauspbe.plan.PlanResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Rencana page's editor of the limits and efforts per indicator (ADMIN/ASESOR): each change is
 * saved at once, then {@code onSaved} runs (the page computes the plan again).
 */
class PlanLimitsEditor extends Details {

    private final transient PlanLimitService limits;
    private final String instansiCode;
    private final int year;
    private final Runnable onSaved;
    private final Map<String, PlanLimit> saved;

    PlanLimitsEditor(
            PlanLimitService limits, String instansiCode, int year, List<PlanResult.Room> rooms, Runnable onSaved) {
        this.limits = limits;
        this.instansiCode = instansiCode;
        this.year = year;
        this.onSaved = onSaved;
        this.saved = limits.limits(instansiCode, year);
        Grid<PlanResult.Room> grid = new Grid<>();
        grid.addClassName("plan-limits");
        grid.addColumn(r -> r.indicatorCode() + " " + r.indicatorName())
                .setHeader(getTranslation("plan.col.indicator"))
                .setKey("indicator")
                .setFlexGrow(3);
        grid.addColumn(r -> TextFormat.level(r.from()))
                .setHeader(getTranslation("plan.col.from"))
                .setKey("from")
                .setAutoWidth(true);
        grid.addComponentColumn(this::limitField)
                .setHeader(getTranslation("plan.col.limit"))
                .setKey("limit")
                .setAutoWidth(true);
        grid.addComponentColumn(this::lockBox)
                .setHeader(getTranslation("plan.col.locked"))
                .setKey("locked")
                .setAutoWidth(true);
        grid.addComponentColumn(this::effortField)
                .setHeader(getTranslation("plan.col.effort"))
                .setKey("effortEdit")
                .setAutoWidth(true);
        grid.setItems(rooms);
        setSummaryText(getTranslation("plan.limits"));
        add(grid);
        addClassName("plan-limits-details");
    }

    private PlanLimit limitOf(PlanResult.Room room) {
        return saved.getOrDefault(room.indicatorCode(), PlanLimit.defaults(room.indicatorCode()));
    }

    private Component limitField(PlanResult.Room room) {
        TextField field = new TextField();
        field.addClassName("plan-limit");
        field.setWidth("6em");
        PlanLimit limit = limitOf(room);
        field.setValue(limit.maxLevel() == null ? "" : TextFormat.level(limit.maxLevel()));
        field.setPlaceholder(TextFormat.decimal(room.limit()));
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            BigDecimal max;
            try {
                max = e.getValue().isBlank()
                        ? null
                        : new BigDecimal(e.getValue().strip().replace(',', '.'));
            } catch (NumberFormatException ex) {
                Notices.error(new UserMessageException("plan.error.limit", room.indicatorCode(), e.getValue()));
                return;
            }
            save(new PlanLimit(room.indicatorCode(), max, limit.locked(), limit.effort()));
        });
        return field;
    }

    private Component lockBox(PlanResult.Room room) {
        PlanLimit limit = limitOf(room);
        Checkbox box = new Checkbox(limit.locked());
        box.addClassName("plan-lock");
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(new PlanLimit(room.indicatorCode(), limit.maxLevel(), e.getValue(), limit.effort()));
            }
        });
        return box;
    }

    private Component effortField(PlanResult.Room room) {
        IntegerField field = new IntegerField();
        field.addClassName("plan-effort-edit");
        field.setWidth("5em");
        field.setMin(1);
        field.setMax(PlanLimit.MAX_EFFORT);
        field.setValue(room.effort());
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                PlanLimit limit = limitOf(room);
                save(new PlanLimit(
                        room.indicatorCode(),
                        limit.maxLevel(),
                        limit.locked(),
                        e.getValue() == null ? 0 : e.getValue()));
            }
        });
        return field;
    }

    private void save(PlanLimit limit) {
        try {
            limits.saveLimit(instansiCode, year, limit);
            onSaved.run();
        } catch (UserMessageException refusal) {
            Notices.error(refusal);
        }
    }
}
