package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.analysis.IndicatorInfo;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.Ownership;
import id.pantauspbe.opd.OwnershipService;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Kepemilikan indikator": the lead and supporting OPDs of every indicator in a year; an ADMIN edits
 * them in the grid, fills them with the typical assignment or copies last year's.
 * URL: {@code /opd-kepemilikan?instansi=CONTOH&tahun=2026}.
 */
@Route("opd-kepemilikan")
@PermitAll
public class OwnershipView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OpdService service;

    private final transient OwnershipService ownerships;
    private final transient AnalysisService analysis;
    private final transient SelectionService selections;
    private final transient AuthenticationContext authentication;
    private final SelectionBar selection;
    private Instansi instansi;
    private int year;

    public OwnershipView(
            OpdService service,
            OwnershipService ownerships,
            AnalysisService analysis,
            SelectionService selections,
            AuthenticationContext authentication) {
        this.service = service;
        this.ownerships = ownerships;
        this.analysis = analysis;
        this.selections = selections;
        this.authentication = authentication;
        addClassNames("analysis", "ownership-view");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui ->
                ui.navigate(OwnershipView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Selection chosen = Selections.work(selections, event.getLocation()).orElse(null);
        if (chosen == null) {
            add(ViewHeader.noInstansi());
            return;
        }
        instansi = chosen.instansi();
        year = chosen.hasYear() ? chosen.year() : 0;
        selection.show(chosen);
        Div header = ViewHeader.of(getTranslation("opd.ownership.title", instansi.name(), year), selection);
        add(header);
        Analysis.Heatmap indicators = analysis.heatmap(instansi, year).orElse(null);
        if (indicators == null) {
            add(new Paragraph(getTranslation("analysis.indicators.empty")));
            return;
        }
        boolean admin = authentication.hasRole("ADMIN");
        List<Opd> opds = service.list(instansi.code());
        Map<Long, Opd> byId = opds.stream().collect(Collectors.toMap(Opd::id, o -> o));
        Map<String, Ownership> owners = ownerships.ownership(instansi.code(), year);
        Grid<IndicatorInfo> grid = new Grid<>();
        grid.addClassName("ownership-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.code() + " " + i.name())
                .setHeader(getTranslation("overview.column.indicator"))
                .setFlexGrow(3);
        if (admin) {
            grid.addComponentColumn(i -> leadField(i, owners.get(i.code()), opds))
                    .setKey("lead")
                    .setHeader(getTranslation("opd.role.LEAD"))
                    .setFlexGrow(2);
            grid.addComponentColumn(i -> supportField(i, owners.get(i.code()), opds))
                    .setKey("support")
                    .setHeader(getTranslation("opd.role.SUPPORT"))
                    .setFlexGrow(3);
        } else {
            grid.addColumn(i -> name(
                            byId,
                            owners.get(i.code()) == null
                                    ? null
                                    : owners.get(i.code()).leadOpdId()))
                    .setHeader(getTranslation("opd.role.LEAD"))
                    .setFlexGrow(2);
            grid.addColumn(i -> owners.get(i.code()) == null
                            ? ""
                            : owners.get(i.code()).supportOpdIds().stream()
                                    .map(id -> name(byId, id))
                                    .collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("opd.role.SUPPORT"))
                    .setFlexGrow(3);
        }
        grid.setItems(
                indicators.rows().stream().map(Analysis.HeatRow::indicator).toList());
        Section card = new Section();
        card.addClassName("card");
        if (admin) {
            Button defaults = new Button(getTranslation("opd.ownership.defaults"), e -> {
                int n = ownerships.applyDefaultOwnership(instansi.code(), year);
                Notification.show(getTranslation("opd.ownership.defaultsDone", n));
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            });
            defaults.addClassName("ownership-defaults");
            Button copy = new Button(getTranslation("opd.ownership.copy", year - 1), e -> {
                try {
                    int n = ownerships.copyOwnership(instansi.code(), year - 1, year);
                    Notification.show(getTranslation("opd.ownership.copyDone", n));
                    getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                } catch (UserMessageException refused) {
                    Notices.error(refused);
                }
            });
            copy.addClassName("ownership-copy");
            Div actions = new Div(defaults, copy);
            actions.addClassName("filters");
            card.add(new Paragraph(getTranslation("opd.ownership.hintAdmin")), actions);
        } else {
            card.add(new Paragraph(getTranslation("opd.ownership.hintRead")));
        }
        card.add(grid);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.ownership.pageTitle");
    }

    private ComboBox<Opd> leadField(IndicatorInfo indicator, Ownership current, List<Opd> opds) {
        ComboBox<Opd> field = new ComboBox<>();
        field.setItems(opds);
        field.setItemLabelGenerator(Opd::shortName);
        field.setClearButtonVisible(true);
        field.setAriaLabel(getTranslation("opd.ownership.leadOf", indicator.code()));
        field.addClassName("lead-" + indicator.code());
        if (current != null && current.leadOpdId() != null) {
            opds.stream().filter(o -> o.id() == current.leadOpdId()).findFirst().ifPresent(field::setValue);
        }
        field.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != e.getValue()) {
                Ownership now = ownerships.ownership(instansi.code(), year).get(indicator.code());
                save(
                        indicator.code(),
                        e.getValue() == null ? null : e.getValue().id(),
                        now == null ? List.of() : now.supportOpdIds());
            }
        });
        return field;
    }

    private MultiSelectComboBox<Opd> supportField(IndicatorInfo indicator, Ownership current, List<Opd> opds) {
        MultiSelectComboBox<Opd> field = new MultiSelectComboBox<>();
        field.setItems(opds);
        field.setItemLabelGenerator(Opd::shortName);
        // every supporting OPD stays readable: chips wrap onto more lines instead of "+2"
        field.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        field.setWidthFull();
        field.setAriaLabel(getTranslation("opd.ownership.supportOf", indicator.code()));
        field.addClassName("support-" + indicator.code());
        if (current != null) {
            Set<Opd> selected = new HashSet<>();
            opds.stream().filter(o -> current.supportOpdIds().contains(o.id())).forEach(selected::add);
            field.setValue(selected);
        }
        field.addValueChangeListener(e -> {
            Ownership now = ownerships.ownership(instansi.code(), year).get(indicator.code());
            save(
                    indicator.code(),
                    now == null ? null : now.leadOpdId(),
                    e.getValue().stream().map(Opd::id).toList());
        });
        return field;
    }

    private void save(String code, Long lead, List<Long> supports) {
        ownerships.saveOwnership(instansi.code(), year, new Ownership(code, lead, supports));
        Notification.show(getTranslation("opd.ownership.saved", code))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String name(Map<Long, Opd> byId, Long id) {
        return id == null || !byId.containsKey(id) ? "–" : byId.get(id).shortName();
    }
}
