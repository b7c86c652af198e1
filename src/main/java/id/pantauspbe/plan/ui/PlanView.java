package id.pantauspbe.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
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
import id.pantauspbe.plan.PlanLimitService;
import id.pantauspbe.plan.PlanRequest;
import id.pantauspbe.plan.PlanResult;
import id.pantauspbe.plan.PlanService;
import id.pantauspbe.plan.PlanStep;
import id.pantauspbe.plan.SavedPlanService;
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
    private final transient PlanLimitService limits;
    private final transient SavedPlanService savedPlans;
    private final transient SelectionService selections;
    private final SelectionBar selection;
    private final Div content = new Div();
    private Selection chosen;
    private String targetParam;
    private String basisParam;
    private Set<String> off = new LinkedHashSet<>();
    private PlanResult plan;
    private WhatIfLine whatIf;

    public PlanView(
            PlanService plans, PlanLimitService limits, SavedPlanService savedPlans, SelectionService selections) {
        this.plans = plans;
        this.limits = limits;
        this.savedPlans = savedPlans;
        this.selections = selections;
        addClassNames("analysis", "plan-view");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui ->
                ui.navigate(PlanView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
        content.addClassName("analysis-content");
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
        content.add(createSummary(), new PlanStepsGrid(plan, off, this::stepToggled));
        if (plans.canEdit()) {
            content.add(createSave(), new PlanLimitsEditor(limits, chosen.code(), year, plan.rooms(), () -> {
                off.clear();
                render();
            }));
        }
        savedPlans.progress(chosen.code(), year).ifPresent(p -> content.add(new PlanProgressCard(p)));
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
        whatIf = new WhatIfLine();
        summary.add(whatIf);
        return summary;
    }

    private void updateWhatIf() {
        if (plan == null) {
            return;
        }
        whatIf.show(plans.whatIf(plan, active()));
    }

    private Set<String> active() {
        return plan.steps().stream()
                .map(PlanStep::indicatorCode)
                .filter(c -> !off.contains(c))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void stepToggled() {
        updateWhatIf();
        // keep the URL in step without rebuilding the page
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "rencana?" + query()));
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

    private Component createSave() {
        DatePicker due = DateFields.configure(new DatePicker(getTranslation("plan.dueDate")));
        due.addClassName("plan-due");
        due.setValue(savedPlans.defaultDueDate(chosen.code(), chosen.year()));
        Button save = new Button(getTranslation("plan.save"), e -> {
            try {
                var saved = savedPlans.savePlan(plan, active(), due.getValue());
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
}
