package id.pantauspbe.analysis.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.IndicatorOwner;
import id.pantauspbe.evaluation.IndicatorOwner.OpdRef;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Indikator": a heatmap of indicators × years under the framework of the chosen year, filterable
 * by domain, aspect and weak only; a cell opens the indicator.
 * URL: {@code /indikator?instansi=CONTOH&tahun=2021&domain=Manajemen%20SPBE&lemah=1}.
 */
@Route("indikator")
@Menu(title = "nav.indicators", order = 2, icon = "GRID_SMALL")
@PermitAll
public class IndicatorsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM_DOMAIN = "domain";
    static final String PARAM_ASPECT = "aspek";
    static final String PARAM_WEAK = "lemah";
    static final String PARAM_LEAD = "opd";

    private final transient AnalysisService service;
    private final SelectionBar selection;
    private final Select<String> domain = new Select<>();
    private final Select<String> aspect = new Select<>();
    private final Checkbox weakOnly = new Checkbox();
    private final Select<OpdRef> lead = new Select<>();
    private final transient SelectionService selections;
    private Map<String, IndicatorOwner> owners = Map.of();
    private final Div content = new Div();
    private Instansi instansi;
    private Integer year;
    private Analysis.Heatmap heatmap;
    private boolean updating;

    public IndicatorsView(AnalysisService service, SelectionService selections) {
        this.service = service;
        this.selections = selections;
        addClassNames("analysis", "indicators-view");
        selection = new SelectionBar((i, y) -> navigate(i, y, null, null, weakOnly.getValue(), null));
        domain.setLabel(getTranslation("overview.level.domain"));
        domain.setEmptySelectionAllowed(true);
        domain.setEmptySelectionCaption(getTranslation("analysis.filter.all"));
        domain.addClassName("filter-domain");
        aspect.setLabel(getTranslation("overview.level.aspect"));
        aspect.setEmptySelectionAllowed(true);
        aspect.setEmptySelectionCaption(getTranslation("analysis.filter.all"));
        aspect.addClassName("filter-aspect");
        lead.setLabel(getTranslation("opd.role.LEAD"));
        lead.setEmptySelectionAllowed(true);
        lead.setEmptySelectionCaption(getTranslation("analysis.filter.all"));
        lead.setItemLabelGenerator(o -> o == null ? getTranslation("analysis.filter.all") : o.shortName());
        lead.addClassName("filter-lead");
        lead.addValueChangeListener(e -> refilter());
        weakOnly.setLabel(getTranslation("analysis.filter.weakOnly"));
        weakOnly.addClassName("filter-weak");
        domain.addValueChangeListener(e -> refilter());
        aspect.addValueChangeListener(e -> refilter());
        weakOnly.addValueChangeListener(e -> refilter());
        selection.addControl(domain);
        selection.addControl(aspect);
        selection.addControl(lead);
        selection.addControl(weakOnly);
        content.addClassName("analysis-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        Selection chosen = Selections.results(selections, event.getLocation()).orElse(null);
        if (chosen == null) {
            content.add(ViewHeader.noInstansi());
            return;
        }
        instansi = chosen.instansi();
        year = chosen.year();
        heatmap = year == null ? null : service.heatmap(instansi, year).orElse(null);
        updating = true;
        selection.show(chosen);
        if (heatmap != null) {
            domain.setItems(heatmap.rows().stream()
                    .map(r -> r.indicator().domainName())
                    .filter(d -> d != null)
                    .distinct()
                    .toList());
            domain.setVisible(
                    heatmap.rows().stream().anyMatch(r -> r.indicator().domainName() != null));
            aspect.setItems(heatmap.rows().stream()
                    .map(r -> r.indicator().aspectName())
                    .distinct()
                    .toList());
        }
        owners = year == null ? Map.of() : service.owners(instansi.code(), year);
        List<OpdRef> leads = owners.values().stream()
                .filter(IndicatorOwner::hasLead)
                .map(IndicatorOwner::lead)
                .distinct()
                .sorted(Comparator.comparing(OpdRef::shortName))
                .toList();
        lead.setItems(leads);
        String leadParam = QueryParams.first(event.getLocation(), PARAM_LEAD);
        lead.setValue(leads.stream()
                .filter(o -> String.valueOf(o.id()).equals(leadParam))
                .findFirst()
                .orElse(null));
        domain.setValue(QueryParams.first(event.getLocation(), PARAM_DOMAIN));
        aspect.setValue(QueryParams.first(event.getLocation(), PARAM_ASPECT));
        weakOnly.setValue("1".equals(QueryParams.first(event.getLocation(), PARAM_WEAK)));
        updating = false;
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.indicators.pageTitle");
    }

    /** The rows shown after the filters; for tests. */
    List<Analysis.HeatRow> shownRows() {
        if (heatmap == null) {
            return List.of();
        }
        return heatmap.rows().stream()
                .filter(r -> domain.getValue() == null
                        || domain.getValue().equals(r.indicator().domainName()))
                .filter(r -> aspect.getValue() == null
                        || aspect.getValue().equals(r.indicator().aspectName()))
                .filter(r -> !weakOnly.getValue() || r.weak())
                .filter(r -> lead.getValue() == null
                        || (owners.containsKey(r.indicator().code())
                                && Long.valueOf(lead.getValue().id())
                                        .equals(owners.get(r.indicator().code()).leadOpdId())))
                .toList();
    }

    private void refilter() {
        if (!updating) {
            navigate(instansi, year, domain.getValue(), aspect.getValue(), weakOnly.getValue(), lead.getValue());
        }
    }

    private void render() {
        content.removeAll();
        Div header = ViewHeader.of(getTranslation("analysis.indicators.title", instansi.name()), selection);
        content.add(header);
        if (heatmap == null || heatmap.years().isEmpty()) {
            content.add(new Paragraph(getTranslation("analysis.indicators.empty")));
            return;
        }
        List<Analysis.HeatRow> rows = shownRows();
        Paragraph hint = new Paragraph(getTranslation(
                "analysis.indicators.hint",
                heatmap.regulation(),
                heatmap.years().getFirst(),
                heatmap.years().getLast(),
                rows.size(),
                heatmap.rows().size()));
        hint.addClassName("card-hint");
        Chart chart = new Chart();
        chart.addClassName("heatmap");
        // room for names that wrap onto a second line
        chart.setHeight(Math.max(240, 34 * rows.size() + 110) + "px");
        chart.setOption(AnalysisCharts.heatmap(heatmap, rows, this::getTranslation));
        chart.setDescription(hint.getText());
        chart.addClickListener(e -> open(e.y()));
        Section card = new Section(hint, chart);
        card.addClassName("card");
        content.add(card);
    }

    private void open(String label) {
        Optional<String> code =
                Optional.ofNullable(label).filter(l -> !l.isBlank()).map(l -> l.split(" ", 2)[0]);
        code.ifPresent(c -> getUI().ifPresent(ui -> ui.navigate(
                IndicatorDetailView.class,
                new RouteParameters(java.util.Map.of(
                        IndicatorDetailView.PARAM_FRAMEWORK,
                        heatmap.frameworkCode(),
                        IndicatorDetailView.PARAM_CODE,
                        c)),
                QueryParams.of(QueryParams.INSTANSI, instansi.code(), QueryParams.YEAR, year))));
    }

    private void navigate(Instansi i, Integer y, String d, String a, boolean weak, OpdRef leadOpd) {
        getUI().ifPresent(ui -> ui.navigate(
                IndicatorsView.class,
                QueryParams.of(
                        QueryParams.INSTANSI,
                        i == null ? null : i.code(),
                        QueryParams.YEAR,
                        y,
                        PARAM_DOMAIN,
                        d,
                        PARAM_ASPECT,
                        a,
                        PARAM_WEAK,
                        weak ? "1" : null,
                        PARAM_LEAD,
                        leadOpd == null ? null : leadOpd.id())));
    }
}
