package id.pantauspbe.plan.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.plan.PlanResult;
import id.pantauspbe.plan.PlanStep;
import java.util.Set;

/**
 * The steps of a computed plan, each with a box to take it (what-if), its levels, effort, points,
 * lead OPD and the documents it needs; says which year's checklist the needs come from when not the
 * plan year's. Ticking a step off adds it to {@code off} and runs {@code onToggle}.
 */
class PlanStepsGrid extends Div {

    PlanStepsGrid(PlanResult plan, Set<String> off, Runnable onToggle) {
        Grid<PlanStep> grid = new Grid<>();
        grid.addClassName("plan-steps");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(step -> {
                    Checkbox on = new Checkbox(!off.contains(step.indicatorCode()));
                    on.addClassName("plan-step-on");
                    on.getElement().setAttribute("aria-label", step.indicatorCode());
                    on.addValueChangeListener(e -> {
                        if (e.getValue()) {
                            off.remove(step.indicatorCode());
                        } else {
                            off.add(step.indicatorCode());
                        }
                        onToggle.run();
                    });
                    return on;
                })
                .setHeader(getTranslation("plan.col.on"))
                .setKey("on")
                .setAutoWidth(true);
        grid.addColumn(s -> s.indicatorCode() + " " + s.indicatorName())
                .setHeader(getTranslation("plan.col.indicator"))
                .setKey("indicator")
                .setFlexGrow(3);
        grid.addColumn(s -> TextFormat.level(s.from(), s.fromName()) + " → " + TextFormat.level(s.to(), s.toName()))
                .setHeader(getTranslation("plan.col.fromTo"))
                .setKey("fromTo")
                .setAutoWidth(true);
        grid.addColumn(s -> String.valueOf(s.effort()))
                .setHeader(getTranslation("plan.col.effort"))
                .setKey("effort")
                .setAutoWidth(true);
        grid.addColumn(s -> "+" + TextFormat.exactFour(s.points()))
                .setHeader(getTranslation("plan.col.points"))
                .setKey("points")
                .setAutoWidth(true);
        grid.addColumn(s -> s.opdName() == null ? getTranslation("plan.noOpd") : s.opdName())
                .setHeader(getTranslation("plan.col.opd"))
                .setKey("opd")
                .setFlexGrow(2);
        grid.addColumn(s -> s.needs().isEmpty() ? getTranslation("plan.noNeeds") : String.join("; ", s.needs()))
                .setHeader(getTranslation("plan.col.needs"))
                .setKey("needs")
                .setFlexGrow(2);
        grid.setItems(plan.steps());
        add(grid);
        if (plan.needsYear() != null) {
            Paragraph source = new Paragraph(
                    getTranslation("plan.needsFrom", String.valueOf(plan.needsYear()), String.valueOf(plan.year())));
            source.addClassName("plan-needs-source");
            add(source);
        }
    }
}
