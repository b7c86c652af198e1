package id.pantauspbe.analysis.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.SelectionService;
import jakarta.annotation.security.PermitAll;

/**
 * "Pembanding": the home Pemda beside peers and the national average across years, and the ranking
 * among the instansi held for a year. URL: {@code /pembanding?tahun=2021}.
 */
@Route("pembanding")
@Menu(title = "nav.peers", order = 4, icon = "USERS")
@PermitAll
public class PeersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String HOME_ROW = "home-row";
    private static final String PROVISIONAL_ROW = "provisional-row";

    private final transient AnalysisService service;
    private final transient SelectionService selections;
    private final Select<Integer> year = new Select<>();
    private boolean updating;

    public PeersView(AnalysisService service, SelectionService selections) {
        this.service = service;
        this.selections = selections;
        addClassNames("analysis", "peers-view");
        year.setLabel(getTranslation("overview.filter.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.addClassName("filter-year");
        year.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(PeersView.class, QueryParams.of(QueryParams.YEAR, e.getValue())));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Instansi home = selections.instansi(null).orElse(null);
        Integer requested = QueryParams.year(QueryParams.first(event.getLocation(), QueryParams.YEAR));
        Analysis.Peers all = service.peers(requested == null ? 0 : requested);
        int chosen = requested != null && all.years().contains(requested) ? requested : defaultYear(all);
        Analysis.Peers peers = requested != null && chosen == requested ? all : service.peers(chosen);
        updating = true;
        year.setItems(peers.years().reversed());
        if (peers.years().contains(chosen)) {
            year.setValue(chosen);
        }
        updating = false;
        Div filters = new Div(year);
        filters.addClassName("filters");
        Div header = ViewHeader.of(getTranslation("analysis.peers.title", chosen), filters);
        add(header);

        Chart chart = new Chart();
        chart.addClassName("peers-chart");
        chart.setHeight("400px");
        chart.setOption(AnalysisCharts.peers(peers, home == null ? "" : home.code(), this::getTranslation));
        chart.setDescription(getTranslation("analysis.peers.chart"));
        Paragraph hint = new Paragraph(getTranslation("analysis.peers.hint"));
        hint.addClassName("card-hint");
        Section chartCard = new Section(new H3(getTranslation("analysis.peers.chart")), hint, chart);
        chartCard.addClassName("card");

        Grid<Analysis.PeerRow> grid = new Grid<>();
        grid.addClassName("ranking-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.ranked() ? String.valueOf(r.rank()) : "–")
                .setHeader(getTranslation("analysis.column.rank"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.instansi().name())
                .setHeader(getTranslation("overview.filter.instansi"))
                .setFlexGrow(3);
        grid.addColumn(r -> TextFormat.decimal(r.value()))
                .setHeader(getTranslation("analysis.series.index"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r ->
                        FigureTexts.predikat(r.result(), this::getTranslation).orElse("–"))
                .setHeader(getTranslation("overview.tile.predikat"));
        // a figure that is not a settled result is not ranked and says where it comes from
        grid.addColumn(r -> FigureTexts.provisional(r.result(), this::getTranslation)
                        .map(t -> getTranslation("analysis.peers.notRanked", t))
                        .orElse(getTranslation(r.totalsOnly() ? "analysis.peers.totalsOnly" : "analysis.peers.detail")))
                .setHeader(getTranslation("analysis.column.provenance"))
                .setFlexGrow(2);
        grid.setItems(peers.ranking());
        grid.setPartNameGenerator(r -> {
            boolean own = home != null && r.instansi().code().equals(home.code());
            return r.ranked() ? (own ? HOME_ROW : null) : (own ? HOME_ROW + " " + PROVISIONAL_ROW : PROVISIONAL_ROW);
        });
        Section rankCard = new Section(new H3(getTranslation("analysis.peers.ranking", chosen)), grid);
        rankCard.addClassName("card");
        add(chartCard, rankCard);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.peers.pageTitle");
    }

    /** The latest year in which at least two Pemda can be ranked. */
    private static int defaultYear(Analysis.Peers all) {
        for (int y : all.years().reversed()) {
            long held = all.series().stream()
                    .filter(s -> s.instansi().kind() != Instansi.Kind.NASIONAL
                            && s.values().containsKey(y))
                    .count();
            if (held >= 2) {
                return y;
            }
        }
        return all.years().isEmpty() ? 0 : all.years().getLast();
    }
}
