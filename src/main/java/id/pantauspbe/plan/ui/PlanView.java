package id.pantauspbe.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.DateFields;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import id.pantauspbe.plan.PlanLimit;
import id.pantauspbe.plan.PlanRequest;
import id.pantauspbe.plan.PlanResult;
import id.pantauspbe.plan.PlanService;
import id.pantauspbe.plan.PlanStep;
import id.pantauspbe.plan.WhatIf;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Rencana": the cheapest level steps to a year's target, with what-if (ticking steps off), the
 * limits and efforts per indicator (ADMIN/ASESOR) and saving as the year's rencana peningkatan.
 * URL: {@code /rencana?instansi=CONTOH&tahun=2022&target=3.20&dasar=2021-final&tanpa=I21,I30}.
 */
@Route("rencana")
@Menu(title = "nav.plan", order = 9.5, icon = "ROAD")
@PermitAll
public class PlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TARGET = "target";
    static final String BASIS = "dasar";
    static final String OFF = "tanpa";

    private final transient PlanService plans;
    private final transient SelectionService selections;
    private final SelectionBar selection;
    private final Div content = new Div();
    private Selection chosen;
    private String targetParam;
    private String basisParam;
    private Set<String> off = new LinkedHashSet<>();
    private PlanResult plan;
    private final Span indexText = new Span();
    private final Span predikatText = new Span();
    private final Span gapText = new Span();
    private final Span effortText = new Span();
    private Map<String, PlanLimit> saved = Map.of();

    public PlanView(PlanService plans, SelectionService selections) {
        this.plans = plans;
        this.selections = selections;
        addClassNames("analysis", "plan-view");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui ->
                ui.navigate(PlanView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
        content.addClassName("analysis-content");
        indexText.addClassName("plan-index");
        predikatText.addClassName("plan-predikat");
        gapText.addClassName("plan-gap");
        effortText.addClassName("plan-effort");
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        chosen = Selections.work(selections, event.getLocation()).orElse(null);
        if (chosen == null) {
            content.add(ViewHeader.noInstansi());
            return;
        }
        selection.show(chosen);
        targetParam = QueryParams.first(event.getLocation(), TARGET);
        basisParam = QueryParams.first(event.getLocation(), BASIS);
        String offParam = QueryParams.first(event.getLocation(), OFF);
        off = offParam == null || offParam.isBlank()
                ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(offParam.split(",")));
        render();
    }

    private void render() {
        content.removeAll();
        Integer year = chosen.year();
        content.add(ViewHeader.of(
                getTranslation("plan.title", chosen.instansi().name(), year == null ? "–" : String.valueOf(year)),
                selection));
        Paragraph about = new Paragraph(getTranslation("plan.about"));
        about.addClassName("view-intro");
        content.add(about);
        if (year == null) {
            return;
        }
        List<PlanService.Basis> bases = plans.bases(chosen.code(), year);
        content.add(createInputs(bases));
        PlanRequest request = PlanRequest.of(chosen.code(), year);
        try {
            if (targetParam != null && !targetParam.isBlank()) {
                request = request.withTarget(parseTarget(targetParam));
            }
            PlanService.Basis basis = basis(bases);
            if (basis != null) {
                request = request.withBasis(basis.year(), basis.stage());
            }
            plan = plans.compute(request);
        } catch (UserMessageException e) {
            Paragraph refusal = new Paragraph(getTranslation(e.key(), e.params()));
            refusal.addClassName("plan-refusal");
            content.add(refusal);
            plan = null;
            return;
        }
        content.add(createSummary(), createSteps());
        if (plans.canEdit()) {
            content.add(createSave(), createLimits());
        }
        plans.progress(chosen.code(), year).ifPresent(p -> content.add(new PlanProgressCard(p)));
        updateWhatIf();
    }

    private BigDecimal parseTarget(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UserMessageException("plan.error.target", text);
        }
    }

    private PlanService.Basis basis(List<PlanService.Basis> bases) {
        if (basisParam == null) {
            return null;
        }
        return bases.stream()
                .filter(b -> code(b).equals(basisParam))
                .findFirst()
                .orElse(null);
    }

    private static String code(PlanService.Basis basis) {
        return basis.year() + "-" + basis.stage().code();
    }

    private Component createInputs(List<PlanService.Basis> bases) {
        TextField target = new TextField(getTranslation("plan.target"));
        target.addClassName("plan-target");
        target.setValue(targetParam == null ? "" : targetParam);
        target.setPlaceholder(getTranslation("plan.targetPlaceholder"));
        Select<PlanService.Basis> basis = new Select<>();
        basis.setLabel(getTranslation("plan.basis"));
        basis.addClassName("plan-basis");
        basis.setItems(bases);
        basis.setItemLabelGenerator(this::basisLabel);
        PlanService.Basis current = basis(bases);
        if (current == null && !bases.isEmpty()) {
            current = bases.getFirst();
        }
        basis.setValue(current);
        Button compute = new Button(getTranslation("plan.compute"), e -> {
            targetParam = target.getValue().isBlank() ? null : target.getValue().strip();
            basisParam = basis.getValue() == null ? null : code(basis.getValue());
            off.clear();
            navigate();
        });
        compute.addClassName("plan-compute");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(target, basis, compute);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.addClassName("plan-inputs");
        return row;
    }

    private String basisLabel(PlanService.Basis basis) {
        String stage = getTranslation("stage." + basis.stage().name());
        return basis.stage() == Stage.FINAL
                ? getTranslation("plan.basis.final", String.valueOf(basis.year()))
                : getTranslation("plan.basis.current", String.valueOf(basis.year()), stage);
    }

    private void navigate() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(QueryParams.INSTANSI, chosen.code());
        params.put(QueryParams.YEAR, String.valueOf(chosen.year()));
        if (targetParam != null) {
            params.put(TARGET, targetParam);
        }
        if (basisParam != null) {
            params.put(BASIS, basisParam);
        }
        if (!off.isEmpty()) {
            params.put(OFF, String.join(",", off));
        }
        getUI().ifPresent(ui -> ui.navigate(PlanView.class, QueryParameters.simple(params)));
    }

    private Component createSummary() {
        Div summary = new Div();
        summary.addClassName("plan-summary");
        Paragraph basis = new Paragraph(getTranslation(
                "plan.basisText",
                basisLabel(new PlanService.Basis(plan.basisYear(), plan.basisStage(), true)),
                getTranslation("provenance.short." + plan.basisProvenance().name()),
                TextFormat.decimal(plan.basisPublished()),
                TextFormat.decimal(plan.target())));
        basis.addClassName("plan-basis-text");
        summary.add(basis);
        if (!plan.filledMissing().isEmpty()) {
            summary.add(new Paragraph(getTranslation("plan.filledMissing", String.join(", ", plan.filledMissing()))));
        }
        Paragraph outcome = new Paragraph(
                plan.reached()
                        ? getTranslation(
                                "plan.reached",
                                TextFormat.decimal(plan.published()),
                                String.valueOf(plan.totalEffort()),
                                String.valueOf(plan.steps().size()))
                        : getTranslation(
                                "plan.unreachable",
                                TextFormat.decimal(plan.published()),
                                String.join(
                                        ", ", plan.binding().stream().limit(10).toList())));
        outcome.addClassName(plan.reached() ? "plan-reached" : "plan-unreachable");
        summary.add(outcome);
        Div whatIf = new Div(
                new Span(getTranslation("plan.whatIf") + " "),
                indexText,
                new Span(" · "),
                predikatText,
                new Span(" · "),
                gapText,
                new Span(" · "),
                effortText);
        whatIf.addClassName("plan-what-if");
        summary.add(whatIf);
        return summary;
    }

    private void updateWhatIf() {
        if (plan == null) {
            return;
        }
        WhatIf w = plans.whatIf(plan, active());
        indexText.setText(getTranslation("plan.index", TextFormat.decimal(w.published()), TextFormat.exact(w.exact())));
        predikatText.setText(w.predikat() == null ? "–" : w.predikat());
        gapText.setText(getTranslation("plan.gap", TextFormat.signed(w.gap())));
        effortText.setText(getTranslation("plan.effort", String.valueOf(w.effort())));
    }

    private Set<String> active() {
        return plan.steps().stream()
                .map(PlanStep::indicatorCode)
                .filter(c -> !off.contains(c))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Component createSteps() {
        Grid<PlanStep> grid = new Grid<>();
        grid.addClassName("plan-steps");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
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
                        updateWhatIf();
                        // keep the URL in step without rebuilding the page
                        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "rencana?" + query()));
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
        grid.addColumn(s -> level(s.from(), s.fromName()) + " → " + level(s.to(), s.toName()))
                .setHeader(getTranslation("plan.col.fromTo"))
                .setKey("fromTo")
                .setAutoWidth(true);
        grid.addColumn(s -> String.valueOf(s.effort()))
                .setHeader(getTranslation("plan.col.effort"))
                .setKey("effort")
                .setAutoWidth(true);
        grid.addColumn(s -> "+" + TextFormat.exact(s.points()))
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
        if (plan.needsYear() == null) {
            return grid;
        }
        Paragraph source = new Paragraph(
                getTranslation("plan.needsFrom", String.valueOf(plan.needsYear()), String.valueOf(plan.year())));
        source.addClassName("plan-needs-source");
        return new Div(grid, source);
    }

    private String query() {
        StringBuilder q = new StringBuilder(
                QueryParams.INSTANSI + "=" + chosen.code() + "&" + QueryParams.YEAR + "=" + chosen.year());
        if (targetParam != null) {
            q.append("&").append(TARGET).append("=").append(targetParam.replace(',', '.'));
        }
        if (basisParam != null) {
            q.append("&").append(BASIS).append("=").append(basisParam);
        }
        if (!off.isEmpty()) {
            q.append("&").append(OFF).append("=").append(String.join(",", off));
        }
        return q.toString();
    }

    private static String level(BigDecimal value, String name) {
        return TextFormat.level(value, name);
    }

    private Component createSave() {
        DatePicker due = DateFields.configure(new DatePicker(getTranslation("plan.dueDate")));
        due.addClassName("plan-due");
        due.setValue(plans.defaultDueDate(chosen.code(), chosen.year()));
        Button save = new Button(getTranslation("plan.save"), e -> {
            try {
                var saved = plans.savePlan(plan, active(), due.getValue());
                Notices.success("plan.saved", String.valueOf(saved.steps().size()), String.valueOf(saved.year()));
                render();
            } catch (UserMessageException refusal) {
                Notices.error(refusal);
            }
        });
        save.addClassName("plan-save");
        HorizontalLayout row = new HorizontalLayout(due, save);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component createLimits() {
        saved = plans.limits(chosen.code(), chosen.year());
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
        grid.setItems(plan.rooms());
        Details details = new Details(getTranslation("plan.limits"), grid);
        details.addClassName("plan-limits-details");
        return details;
    }

    private Component limitField(PlanResult.Room room) {
        TextField field = new TextField();
        field.addClassName("plan-limit");
        field.setWidth("6em");
        PlanLimit limit = saved.getOrDefault(room.indicatorCode(), PlanLimit.defaults(room.indicatorCode()));
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
            saveLimit(new PlanLimit(room.indicatorCode(), max, limit.locked(), limit.effort()));
        });
        return field;
    }

    private Component lockBox(PlanResult.Room room) {
        PlanLimit limit = saved.getOrDefault(room.indicatorCode(), PlanLimit.defaults(room.indicatorCode()));
        Checkbox box = new Checkbox(limit.locked());
        box.addClassName("plan-lock");
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveLimit(new PlanLimit(room.indicatorCode(), limit.maxLevel(), e.getValue(), limit.effort()));
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
                PlanLimit limit = saved.getOrDefault(room.indicatorCode(), PlanLimit.defaults(room.indicatorCode()));
                saveLimit(new PlanLimit(
                        room.indicatorCode(),
                        limit.maxLevel(),
                        limit.locked(),
                        e.getValue() == null ? 0 : e.getValue()));
            }
        });
        return field;
    }

    private void saveLimit(PlanLimit limit) {
        try {
            plans.saveLimit(chosen.code(), chosen.year(), limit);
            off.clear();
            render();
        } catch (UserMessageException refusal) {
            Notices.error(refusal);
        }
    }
}
