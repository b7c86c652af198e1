package id.pantauspbe.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.framework.FrameworkService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Target": the home Pemda's targets per year (the index, and domains or aspects), with their
 * source. Everyone reads them; a coordinator sets and changes them here (audited) instead of only
 * by import. URL: {@code /target?tahun=2027}.
 */
@Route("target")
@Menu(title = "nav.target", order = 9, icon = "FLAG_CHECKERED")
@PermitAll
public class TargetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TargetService targets;
    private final transient SelectionService selections;
    private final transient FrameworkService frameworks;
    private final boolean admin;
    private final SelectionBar selection;
    private final Div content = new Div();
    private final Select<Target.Scope> scope = new Select<>();
    private final ComboBox<Node> node = new ComboBox<>();
    private final TextField value = new TextField();
    private final Select<Target.Source> source = new Select<>();
    private final TextField note = new TextField();
    private Instansi instansi;
    private Integer year;
    private Optional<Framework> framework = Optional.empty();

    public TargetView(
            TargetService targets, SelectionService selections, FrameworkService frameworks, CurrentUser currentUser) {
        this.targets = targets;
        this.selections = selections;
        this.frameworks = frameworks;
        this.admin = currentUser.hasRole(Role.ADMIN);
        addClassNames("analysis", "target-view");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui ->
                ui.navigate(TargetView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
        content.addClassName("analysis-content");
        add(content);
        // once: the form's fields live as long as the view, re-rendering only re-adds them
        scope.addValueChangeListener(e -> {
            boolean part = e.getValue() != null && e.getValue() != Target.Scope.INDEX;
            node.setEnabled(part);
            node.setItems(part && framework.isPresent() ? nodes(framework.get(), e.getValue()) : List.of());
            node.clear();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Integer requested = QueryParams.year(QueryParams.first(event.getLocation(), QueryParams.YEAR));
        // the home Pemda's targets, for the years evaluated and the next one to plan
        Selection home = selections.work(null, null, List.of()).orElse(null);
        if (home == null) {
            content.removeAll();
            content.add(ViewHeader.noInstansi());
            return;
        }
        List<Integer> years = new ArrayList<>(home.years());
        years.stream().max(Integer::compare).ifPresent(last -> years.add(last + 1));
        Selection chosen = selections
                .work(
                        null,
                        requested,
                        years.stream().filter(y -> !home.years().contains(y)).toList())
                .orElse(home);
        instansi = chosen.instansi();
        year = requested != null && chosen.years().contains(requested) ? requested : chosen.year();
        selection.show(List.of(instansi), instansi, chosen.years(), year);
        render();
    }

    private void render() {
        content.removeAll();
        content.add(ViewHeader.of(getTranslation("target.title", instansi.name()), selection));
        Paragraph about = new Paragraph(getTranslation(admin ? "target.about.admin" : "target.about"));
        about.addClassName("view-intro");
        content.add(about);
        if (admin && year != null) {
            content.add(createForm());
        }
        content.add(createList());
    }

    private Section createList() {
        Section card = new Section(new H3(getTranslation("target.list")));
        card.addClassNames("card", "target-list");
        List<Target> all = targets.targets(instansi.code()).stream()
                .sorted(Comparator.comparing(Target::year)
                        .reversed()
                        .thenComparing(Target::scope)
                        .thenComparing(Target::nodeCode))
                .toList();
        if (all.isEmpty()) {
            card.add(new Paragraph(getTranslation("target.none")));
            return card;
        }
        Grid<Target> grid = new Grid<>();
        grid.addClassName("target-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> String.valueOf(t.year()))
                .setHeader(getTranslation("target.col.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::scopeText)
                .setHeader(getTranslation("target.col.scope"))
                .setFlexGrow(2);
        grid.addColumn(t -> TextFormat.decimal(t.value()))
                .setHeader(getTranslation("target.col.value"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> getTranslation("target.source." + t.source().name()))
                .setHeader(getTranslation("target.col.source"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> t.note() == null ? "" : t.note())
                .setHeader(getTranslation("target.col.note"))
                .setFlexGrow(2);
        if (admin) {
            grid.addComponentColumn(t -> {
                        Button edit = new Button(getTranslation("target.edit"), e -> edit(t));
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        edit.addClassName("edit-target");
                        return edit;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(all);
        card.add(grid);
        return card;
    }

    private String scopeText(Target t) {
        String scopeName = getTranslation("target.scope." + t.scope().name());
        if (t.scope() == Target.Scope.INDEX) {
            return scopeName;
        }
        String name = frameworks
                .forYear(t.year())
                .flatMap(f -> nodes(f, t.scope()).stream()
                        .filter(n -> n.code().equals(t.nodeCode()))
                        .findFirst())
                .map(Node::name)
                .orElse("");
        return scopeName + " " + t.nodeCode() + (name.isEmpty() ? "" : " · " + name);
    }

    private static List<Node> nodes(Framework framework, Target.Scope scope) {
        return switch (scope) {
            case DOMAIN -> framework.domains();
            case ASPECT -> framework.aspects();
            case INDEX -> List.of();
        };
    }

    private Section createForm() {
        Section card = new Section(new H3(getTranslation("target.form", year)));
        card.addClassNames("card", "target-form");
        framework = frameworks.forYear(year);
        scope.setLabel(getTranslation("target.col.scope"));
        List<Target.Scope> scopes = new ArrayList<>(List.of(Target.Scope.INDEX));
        framework.filter(f -> !f.domains().isEmpty()).ifPresent(f -> scopes.add(Target.Scope.DOMAIN));
        framework.filter(f -> !f.aspects().isEmpty()).ifPresent(f -> scopes.add(Target.Scope.ASPECT));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> getTranslation("target.scope." + s.name()));
        scope.setValue(Target.Scope.INDEX);
        scope.addClassName("target-scope");
        node.setLabel(getTranslation("target.field.node"));
        node.setItemLabelGenerator(n -> n.code() + " " + n.name());
        node.addClassName("target-node");
        node.setEnabled(false);
        value.setLabel(getTranslation("target.col.value"));
        value.setPlaceholder("3,20");
        value.addClassName("target-value");
        source.setLabel(getTranslation("target.col.source"));
        source.setItems(Target.Source.values());
        source.setItemLabelGenerator(s -> getTranslation("target.source." + s.name()));
        source.setValue(Target.Source.RAKOR);
        source.addClassName("target-source");
        note.setLabel(getTranslation("target.col.note"));
        note.setMaxLength(400);
        note.addClassName("target-note");
        Button save = new Button(getTranslation("target.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-target");
        Div fields = new Div(scope, node, value, source, note, save);
        fields.addClassName("target-fields");
        card.add(fields);
        return card;
    }

    private void edit(Target t) {
        getUI().ifPresent(ui -> ui.navigate(
                TargetView.class, QueryParams.of(QueryParams.INSTANSI, instansi.code(), QueryParams.YEAR, t.year())));
        scope.setValue(t.scope());
        nodes(frameworks.forYear(t.year()).orElseThrow(), t.scope()).stream()
                .filter(n -> n.code().equals(t.nodeCode()))
                .findFirst()
                .ifPresent(node::setValue);
        value.setValue(TextFormat.decimal(t.value()));
        source.setValue(t.source());
        note.setValue(t.note() == null ? "" : t.note());
    }

    private void save() {
        try {
            Target target = Target.of(
                    year,
                    scope.getValue(),
                    node.getValue() == null ? null : node.getValue().code(),
                    value.getValue(),
                    source.getValue(),
                    note.getValue());
            EvaluationService.SaveCount count = targets.saveTarget(instansi.code(), target);
            Notices.success(
                    count.unchanged() > 0 ? "target.unchanged" : "target.saved",
                    scopeText(target),
                    year,
                    TextFormat.decimal(target.value()));
            render();
        } catch (UserMessageException e) {
            Notices.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("target.pageTitle");
    }
}
