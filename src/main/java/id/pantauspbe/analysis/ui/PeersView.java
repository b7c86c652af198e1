package id.pantauspbe.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import id.pantauspbe.analysis.PeersService;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.SelectionService;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Pembanding": the home Pemda beside peers and the national average across years, and the ranking
 * among the instansi held for a year. URL: {@code /pembanding?tahun=2021}.
 */
@Route("pembanding")
@Menu(title = "nav.peers", order = 4, icon = "USERS")
@PermitAll
public class PeersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** URL parameter of the chosen peers: instansi codes separated by commas. */
    public static final String PEERS = "banding";

    private static final String HOME_ROW = "home-row";
    private static final String PROVISIONAL_ROW = "provisional-row";

    private final transient PeersService service;
    private final transient SelectionService selections;
    private final Select<Integer> year = new Select<>();
    private final MultiSelectComboBox<Instansi> peerField = new MultiSelectComboBox<>();
    private boolean updating;
    private int shownYear;

    public PeersView(PeersService service, SelectionService selections) {
        this.service = service;
        this.selections = selections;
        addClassNames("analysis", "peers-view");
        year.setLabel(getTranslation("overview.filter.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.addClassName("filter-year");
        year.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                navigate(e.getValue(), codes(peerField.getValue()));
            }
        });
        peerField.setLabel(getTranslation("analysis.peers.choose"));
        peerField.setItemLabelGenerator(Instansi::name);
        peerField.addClassName("filter-peers");
        peerField.setWidth("24rem");
        peerField.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                navigate(shownYear, codes(e.getValue()));
            }
        });
    }

    private void navigate(int chosenYear, String peers) {
        getUI().ifPresent(
                        ui -> ui.navigate(PeersView.class, QueryParams.of(QueryParams.YEAR, chosenYear, PEERS, peers)));
    }

    private static String codes(java.util.Set<Instansi> chosen) {
        return chosen.stream().map(Instansi::code).sorted().collect(Collectors.joining(","));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Instansi home = selections.instansi(null).orElse(null);
        Integer requested = QueryParams.year(QueryParams.first(event.getLocation(), QueryParams.YEAR));
        String peerParam = QueryParams.first(event.getLocation(), PEERS);
        List<String> requestedPeers = peerParam == null
                ? null
                : Arrays.stream(peerParam.split(","))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
        // one call: the service picks the default year itself when none (or one without figures) is asked
        Analysis.Peers peers = service.peers(requested, requestedPeers);
        int chosen = peers.year();
        shownYear = chosen;
        updating = true;
        year.setItems(peers.years().reversed());
        if (peers.years().contains(chosen)) {
            year.setValue(chosen);
        }
        List<Instansi> candidates = service.peerCandidates();
        peerField.setItems(candidates);
        peerField.setValue(candidates.stream()
                .filter(i -> peers.peerCodes().contains(i.code()))
                .collect(Collectors.toSet()));
        updating = false;
        Div filters = new Div(year, peerField);
        filters.addClassName("filters");
        Div header = ViewHeader.of(getTranslation("analysis.peers.title", chosen), filters);
        add(header);

        Paragraph position = new Paragraph(position(peers, home));
        position.addClassName("peers-position");

        Chart chart = new Chart();
        chart.addClassName("peers-chart");
        chart.setHeight("400px");
        chart.setOption(AnalysisCharts.peers(peers, home == null ? "" : home.code(), this::getTranslation));
        chart.setDescription(getTranslation("analysis.peers.chart"));
        Paragraph hint = new Paragraph(getTranslation("analysis.peers.hint"));
        hint.addClassName("card-hint");
        Section chartCard = new Section(new H3(getTranslation("analysis.peers.chart")), hint, chart);
        chartCard.addClassName("card");

        Section spreadCard = new Section(new H3(getTranslation("analysis.peers.distribution", chosen)), position);
        spreadCard.addClassName("card");
        if (peers.rankedCount() > 0) {
            Chart spread = new Chart();
            spread.addClassName("peers-distribution");
            spread.setHeight("320px");
            spread.setOption(AnalysisCharts.distribution(peers, home == null ? "" : home.name(), this::getTranslation));
            spread.setDescription(getTranslation("analysis.peers.distribution", chosen));
            spreadCard.add(spread);
        } else {
            // an open year ranks nobody yet: no empty chart, but the way to the latest ranking
            peers.rankedYearInstead().ifPresent(ranked -> {
                Button toRanked = new Button(
                        getTranslation("analysis.peers.toRankedYear", String.valueOf(ranked)),
                        e -> navigate(ranked, codes(peerField.getValue())));
                toRanked.addClassName("peers-to-ranked-year");
                toRanked.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                spreadCard.add(toRanked);
            });
        }

        Grid<Analysis.PeerRow> grid = new Grid<>();
        grid.addClassName("ranking-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a fixed height and rows fetched page by page as they scroll into view: never all rows at once
        grid.setHeight(peers.ranking().size() > 12 ? "560px" : null);
        grid.setAllRowsVisible(peers.ranking().size() <= 12);
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
        List<Analysis.PeerRow> rows = peers.ranking();
        grid.setItems(
                query -> rows
                        .subList(
                                Math.min(rows.size(), query.getOffset()),
                                Math.min(rows.size(), query.getOffset() + query.getLimit()))
                        .stream(),
                query -> rows.size());
        grid.setPartNameGenerator(r -> {
            boolean own = home != null && r.instansi().code().equals(home.code());
            return r.ranked() ? (own ? HOME_ROW : null) : (own ? HOME_ROW + " " + PROVISIONAL_ROW : PROVISIONAL_ROW);
        });
        grid.getElement().setAttribute("data-home-row", String.valueOf(peers.homeIndex()));
        Div rankHeader = new Div(new H3(getTranslation("analysis.peers.ranking", chosen)));
        rankHeader.addClassName("card-header");
        if (peers.homeIndex() >= 0 && home != null) {
            int homeIndex = peers.homeIndex();
            Button toHome = new Button(
                    getTranslation("analysis.peers.toHome", home.name()), e -> grid.scrollToIndex(homeIndex));
            toHome.addClassName("peers-to-home");
            toHome.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            rankHeader.add(toHome);
            // open at the home Pemda's row
            grid.scrollToIndex(homeIndex);
        }
        Section rankCard = new Section(rankHeader, grid);
        rankCard.addClassName("card");
        add(spreadCard, chartCard, rankCard);
    }

    /** "Kabupaten Contoh: peringkat 3 dari 4 · lebih tinggi dari 25% instansi (persentil 25)". */
    private String position(Analysis.Peers peers, Instansi home) {
        Analysis.Distribution d = peers.distribution();
        String name = home == null ? "" : home.name();
        if (d.rankedCount() == 0) {
            return getTranslation("analysis.peers.positionNoneYet", String.valueOf(peers.year()));
        }
        if (!d.homeRanked()) {
            return getTranslation(
                    "analysis.peers.positionNone", name, String.valueOf(peers.year()), String.valueOf(d.rankedCount()));
        }
        return getTranslation(
                "analysis.peers.position",
                name,
                String.valueOf(d.homeRank()),
                String.valueOf(d.rankedCount()),
                String.valueOf(d.percentile()),
                TextFormat.decimal(d.homeValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.peers.pageTitle");
    }
}
