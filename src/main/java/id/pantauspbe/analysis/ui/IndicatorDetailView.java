package id.pantauspbe.analysis.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.Tiles;
import id.pantauspbe.crosswalk.CrosswalkService;
import id.pantauspbe.crosswalk.ui.CounterpartsCard;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.IndicatorOwner;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.ui.NotesList;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * One indicator of an instansi: its place and weight, its history (mandiri and final), the names of
 * its scale's levels and the index gain of one level more.
 * URL: {@code /indikator/PERMENPANRB-59-2020/I21?instansi=CONTOH}.
 */
@Route("indikator/:kerangka/:kode")
@PermitAll
public class IndicatorDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM_FRAMEWORK = "kerangka";
    static final String PARAM_CODE = "kode";

    private final transient AnalysisService service;
    private String title = "";

    private final transient SelectionService selections;

    private final transient CrosswalkService crosswalk;

    public IndicatorDetailView(AnalysisService service, SelectionService selections, CrosswalkService crosswalk) {
        this.service = service;
        this.crosswalk = crosswalk;
        this.selections = selections;
        addClassNames("analysis", "indicator-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String framework = event.getRouteParameters().get(PARAM_FRAMEWORK).orElse("");
        String code = event.getRouteParameters().get(PARAM_CODE).orElse("").toUpperCase();
        Instansi instansi = selections
                .instansi(QueryParams.first(event.getLocation(), QueryParams.INSTANSI))
                .orElse(null);
        var detail = instansi == null
                ? null
                : service.indicator(instansi, framework, code).orElse(null);
        if (detail == null) {
            title = getTranslation("analysis.detail.notFound", code);
            add(new H2(title), new Paragraph(getTranslation("analysis.detail.notFoundHint", framework, code)));
            return;
        }
        title = detail.indicator().code() + " " + detail.indicator().name();
        H2 heading = new H2(title);
        heading.addClassName("view-title");
        Span context = new Span(
                getTranslation("analysis.detail.context", detail.instansi().name(), detail.regulation()));
        context.addClassName("card-hint");
        Anchor back = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(IndicatorsView.class) + "?instansi="
                        + detail.instansi().code(),
                getTranslation("analysis.detail.back"));
        back.addClassName("back-link");
        Section notes = new Section(new H3(getTranslation("notes.title")), new NotesList(detail.notes(), null));
        notes.addClassNames("card", "notes-card");
        add(back, heading, context, facts(detail), history(detail));
        // the mapped predecessor/successor in the neighbouring frameworks (the project's own crosswalk)
        add(new CounterpartsCard(crosswalk.counterparts(detail.instansi().code(), framework, code)));
        add(notes, levels(detail));
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 " + getTranslation("app.name");
    }

    private Div facts(Analysis.IndicatorDetail d) {
        Div tiles = new Div();
        tiles.addClassName("tiles");
        if (d.indicator().domainName() != null) {
            tiles.add(Tiles.small(
                    "fact-domain",
                    getTranslation("overview.level.domain"),
                    d.indicator().domainName()));
        }
        tiles.add(Tiles.small(
                "fact-aspect",
                getTranslation("overview.level.aspect"),
                d.indicator().aspectName()));
        tiles.add(Tiles.small(
                "fact-weight",
                getTranslation("overview.column.weight"),
                getTranslation(
                        "analysis.detail.weightShare",
                        TextFormat.decimal(d.indicator().weight()),
                        TextFormat.decimal(d.shareOfIndex().multiply(BigDecimal.valueOf(100))))));
        int year = d.latest().map(Analysis.HistoryRow::year).orElse(0);
        IndicatorOwner owner = year == 0
                ? null
                : service.owners(d.instansi().code(), year).get(d.indicator().code());
        if (owner != null) {
            String supports = owner.supports().stream()
                    .map(IndicatorOwner.OpdRef::shortName)
                    .collect(Collectors.joining(", "));
            tiles.add(Tiles.small(
                    "fact-lead",
                    getTranslation("analysis.detail.owners", year),
                    (owner.hasLead() ? owner.lead().shortName() : "–")
                            + (supports.isEmpty() ? "" : " (+ " + supports + ")")));
        }
        Div latest = Tiles.small(
                "fact-latest",
                d.latest()
                        .map(h -> getTranslation("analysis.detail.latest", h.year()))
                        .orElse(getTranslation("analysis.detail.latestNone")),
                d.latest().map(h -> valueWithLevel(d, h.shown())).orElse("–"));
        // a value that is not part of a settled result carries its provenance
        d.latest()
                .flatMap(Analysis.HistoryRow::shownResult)
                .flatMap(r -> FigureTexts.provisional(r, this::getTranslation))
                .ifPresent(text -> {
                    Span provenance = new Span(text);
                    provenance.addClassNames("tile-sub", "provisional");
                    latest.add(provenance);
                    latest.addClassName("provisional");
                });
        tiles.add(latest);
        tiles.add(Tiles.small(
                "fact-gain",
                getTranslation("analysis.detail.gain"),
                d.gainOfOneLevel().signum() == 0
                        ? getTranslation("analysis.detail.gainNone")
                        : "+" + TextFormat.points(d.gainOfOneLevel())));
        return tiles;
    }

    private Section history(Analysis.IndicatorDetail d) {
        Section card = new Section(new H3(getTranslation("analysis.detail.history")));
        card.addClassName("card");
        if (d.history().isEmpty()) {
            card.add(new Paragraph(getTranslation("analysis.detail.noHistory")));
            return card;
        }
        Chart chart = new Chart();
        chart.addClassName("history-chart");
        chart.setHeight("280px");
        chart.setOption(AnalysisCharts.history(d, this::getTranslation));
        chart.setDescription(getTranslation("analysis.detail.history"));
        Grid<Analysis.HistoryRow> grid = new Grid<>();
        grid.addClassName("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Analysis.HistoryRow::year).setHeader(getTranslation("overview.filter.year"));
        grid.addColumn(h -> valueWithLevel(d, h.finalValue())).setHeader(getTranslation("analysis.series.final"));
        grid.addColumn(h -> valueWithLevel(d, h.mandiriValue())
                        + h.mandiriResult()
                                .filter(r -> h.finalValue() == null && h.mandiriValue() != null && !r.complete())
                                .map(r -> " ("
                                        + getTranslation("provenance.short."
                                                + r.provenance().name()) + ")")
                                .orElse(""))
                .setHeader(getTranslation("analysis.series.mandiri"));
        grid.addColumn(h -> h.finalValue() == null || h.mandiriValue() == null
                        ? "–"
                        : TextFormat.signed(h.mandiriValue().subtract(h.finalValue())))
                .setHeader(getTranslation("analysis.column.selfGap"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(d.history().reversed());
        card.add(chart, grid);
        return card;
    }

    private Section levels(Analysis.IndicatorDetail d) {
        Section card = new Section(new H3(getTranslation("analysis.detail.levels")));
        card.addClassNames("card", "levels-card");
        UnorderedList list = new UnorderedList();
        d.scale()
                .names()
                .forEach((value, name) -> list.add(new ListItem(TextFormat.decimal(value) + " \u2013 " + name)));
        card.add(list);
        if (d.scale().decimals()) {
            card.add(new Paragraph(getTranslation(
                    "analysis.detail.decimalScale",
                    TextFormat.decimal(d.scale().min()),
                    TextFormat.decimal(d.scale().max()))));
        }
        return card;
    }

    private static String valueWithLevel(Analysis.IndicatorDetail d, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        String name = d.scale().nameOf(value);
        return TextFormat.decimal(value) + (name == null ? "" : " \u00b7 " + name);
    }
}
