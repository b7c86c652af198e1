package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.base.ui.chart.Axis;
import id.pantauspbe.base.ui.chart.ChartOption;
import id.pantauspbe.base.ui.chart.DataItem;
import id.pantauspbe.base.ui.chart.Label;
import id.pantauspbe.base.ui.chart.PlotArea;
import id.pantauspbe.base.ui.chart.Series;
import id.pantauspbe.base.ui.chart.Toolbox;
import id.pantauspbe.base.ui.chart.Tooltip;
import id.pantauspbe.base.ui.chart.VisualMap;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import id.pantauspbe.opd.OpdRankingService;
import id.pantauspbe.opd.OpdReport;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "OPD": the OPDs of a year ranked by their own index, with their share of the official index and
 * the reasons a weak OPD is weak; an OPD × questionnaire heatmap. URL: {@code /opd?instansi=CONTOH&tahun=2025}.
 */
@Route("opd")
@Menu(title = "nav.opd", order = 5, icon = "INSTITUTION")
@PermitAll
public class OpdRankingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OpdRankingService service;
    private final transient SelectionService selections;
    private final SelectionBar selection;
    private OpdReport.Ranking ranking;

    public OpdRankingView(OpdRankingService service, SelectionService selections) {
        this.service = service;
        this.selections = selections;
        addClassNames("analysis", "opd-view");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui -> ui.navigate(
                OpdRankingView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Selection chosen = Selections.results(selections, event.getLocation()).orElse(null);
        if (chosen == null) {
            add(ViewHeader.noInstansi());
            return;
        }
        Instansi instansi = chosen.instansi();
        int year = chosen.hasYear() ? chosen.year() : 0;
        selection.show(chosen);
        Div header = ViewHeader.of(getTranslation("opd.ranking.title", instansi.name(), year), selection);
        add(header);
        ranking = service.ranking(instansi, year);
        add(createSummary(), createRanking());
        if (ranking.scoring().isPresent()) {
            add(createHeatmap());
        }
        Div links = new Div(
                new Anchor(
                        RouteConfiguration.forSessionScope().getUrl(OwnershipView.class) + "?instansi="
                                + instansi.code() + "&tahun=" + year,
                        getTranslation("opd.link.ownership")),
                new Anchor(
                        RouteConfiguration.forSessionScope().getUrl(OpdRegistryView.class) + "?instansi="
                                + instansi.code(),
                        getTranslation("opd.link.registry")),
                new Anchor(
                        RouteConfiguration.forSessionScope().getUrl(OpdTrendView.class) + "?instansi="
                                + instansi.code(),
                        getTranslation("opd.link.trend")));
        links.addClassNames("filters", "opd-links");
        add(links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.ranking.pageTitle");
    }

    private Section createSummary() {
        Section card = new Section();
        card.addClassNames("card", "opd-summary");
        Paragraph text = new Paragraph(ranking.scoring()
                .map(s -> getTranslation(
                        "opd.ranking.estimate." + s.aggregation().name(),
                        ranking.pemdaEstimate().map(TextFormat::decimal).orElse("–"),
                        ranking.rows().stream().filter(r -> r.index() != null).count()))
                .orElse(getTranslation("opd.ranking.noScoring")));
        text.addClassName("opd-estimate");
        long weak = ranking.rows().stream().filter(OpdReport.Row::weak).count();
        Paragraph hint = new Paragraph(getTranslation("opd.ranking.hint", weak));
        hint.addClassName("card-hint");
        card.add(text, hint);
        return card;
    }

    private Section createRanking() {
        Grid<OpdReport.Row> grid = new Grid<>();
        grid.addClassName("opd-ranking");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.ranked() ? getTranslation("opd.rank.of", r.rank(), ranking.rankedCount()) : "–")
                .setHeader(getTranslation("analysis.column.rank"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.opd().shortName())
                .setHeader(getTranslation("opd.column.opd"))
                .setFlexGrow(2);
        grid.addColumn(r -> TextFormat.decimal(r.index()))
                .setHeader(getTranslation("opd.column.index"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.change() == null ? "–" : TextFormat.signed(r.change()))
                .setHeader(getTranslation("overview.tile.change"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::rankMove)
                .setHeader(getTranslation("opd.column.rankMove"))
                .setKey("rankMove")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.led() + " / " + r.weakLed())
                .setHeader(getTranslation("opd.column.ledWeak"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> TextFormat.points(r.pointsHeld()))
                .setHeader(getTranslation("opd.column.pointsHeld"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> TextFormat.points(r.pointsPossible()))
                .setHeader(getTranslation("opd.column.pointsPossible"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.evidence() == null
                        ? "–"
                        : getTranslation(
                                "opd.column.evidenceValue",
                                r.evidence().verified(),
                                r.evidence().total(),
                                r.evidence().overdue()))
                .setHeader(getTranslation("opd.column.evidence"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.reasons().stream()
                        .map(reason -> getTranslation("opd.reason." + reason.name()))
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("analysis.column.reasons"))
                .setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.weak() ? "weak-row" : null);
        grid.setItems(ranking.rows());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                OpdPageView.class,
                new RouteParameters(Map.of(
                        OpdPageView.PARAM_ID, String.valueOf(e.getItem().opd().id()))),
                QueryParams.of(QueryParams.INSTANSI, ranking.instansi().code(), QueryParams.YEAR, ranking.year()))));
        Paragraph hint = new Paragraph(getTranslation("opd.ranking.gridHint"));
        hint.addClassName("card-hint");
        long unranked = ranking.rows().size() - ranking.rankedCount();
        Paragraph basis =
                new Paragraph(getTranslation("opd.rankBasis." + ranking.basis().name())
                        + (unranked > 0 ? ". " + getTranslation("opd.ranking.unranked", unranked) : ""));
        basis.addClassName("rank-basis");
        Section card = new Section(new H3(getTranslation("opd.ranking.list")), basis, hint, grid);
        // points from a draft carry its provenance
        ranking.result()
                .flatMap(r -> id.pantauspbe.evaluation.FigureTexts.provisional(r, this::getTranslation))
                .ifPresent(t -> {
                    Paragraph provisional = new Paragraph(getTranslation("opd.ranking.provisional", t));
                    provisional.addClassNames("card-note", "provisional");
                    card.addComponentAtIndex(2, provisional);
                });
        card.addClassName("card");
        return card;
    }

    /** "naik 2", "turun 1", "tetap", or "–" without last year's rank by own index. */
    private String rankMove(OpdReport.Row r) {
        Integer move = r.rankChange();
        if (move == null) {
            return "\u2013";
        }
        if (move == 0) {
            return getTranslation("opd.rankMove.same");
        }
        return getTranslation(move > 0 ? "opd.rankMove.up" : "opd.rankMove.down", Math.abs(move));
    }

    private Section createHeatmap() {
        List<String> codes = new ArrayList<>(ranking.scoringIndicators().keySet());
        List<OpdReport.Row> rows =
                ranking.rows().stream().filter(r -> r.index() != null).toList().reversed();
        List<DataItem> data = new ArrayList<>();
        for (int y = 0; y < rows.size(); y++) {
            for (int x = 0; x < codes.size(); x++) {
                BigDecimal v = rows.get(y).scores().get(codes.get(x));
                if (v != null) {
                    data.add(DataItem.of(List.of(x, y, v))
                            .label(Label.of().color(v.compareTo(new BigDecimal("3")) < 0 ? "#ffffff" : "#000000")));
                }
            }
        }
        ChartOption option = ChartOption.empty()
                .toolbox(Toolbox.saveAndData(this::getTranslation, "skor-opd"))
                .tooltip(Tooltip.top())
                .grid(PlotArea.margins(8, 16, 40, 56))
                .xAxis(Axis.category(codes).position("top"))
                .yAxis(Axis.category(rows.stream().map(r -> r.opd().shortName()).toList()))
                .visualMap(VisualMap.horizontal(1, 5, VisualMap.CIVIDIS))
                .series(List.of(Series.heatmap(data).label(Label.shown().fontSize(12))));
        Chart chart = new Chart();
        chart.addClassName("opd-heatmap");
        chart.setHeight(Math.max(240, 24 * rows.size() + 110) + "px");
        chart.setOption(option);
        chart.setDescription(getTranslation("opd.heatmap.title"));
        Span legend = new Span(ranking.scoringIndicators().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" · ")));
        legend.addClassName("card-hint");
        Section card = new Section(new H3(getTranslation("opd.heatmap.title")), legend, chart);
        card.addClassName("card");
        return card;
    }
}
