package id.pantauspbe.dashboard.ui;

import com.vaadin.flow.component.Component;
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
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.Predikats;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.OverviewService;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.evaluation.ui.NotesList;
import id.pantauspbe.evaluation.ui.SelectionBar;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * "Ringkasan": the index of an instansi and year at a glance. Its state is in the URL ({@code
 * /?instansi=CONTOH&tahun=2021}) so a link can be shared and reloaded.
 */
@Route("")
@Menu(title = "nav.overview", order = 0, icon = "DASHBOARD")
@PermitAll
public class OverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OverviewService service;
    private final transient CycleService cycle;
    private final SelectionBar selection = new SelectionBar(this::navigate);
    private final Div content = new Div();
    private final Chart trendChart = new Chart();
    private final Chart breakdownChart = new Chart();
    private Overview overview;

    public OverviewView(OverviewService service, CycleService cycle) {
        this.service = service;
        this.cycle = cycle;
        addClassName("overview");
        trendChart.addClassName("trend-chart");
        trendChart.setHeight("360px");
        trendChart.addClickListener(e -> selectYear(e.name()));
        breakdownChart.addClassName("breakdown-chart");
        content.addClassName("overview-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String instansi = QueryParams.first(event.getLocation(), QueryParams.INSTANSI);
        Integer year = QueryParams.year(QueryParams.first(event.getLocation(), QueryParams.YEAR));
        overview = service.overview(instansi, year).orElse(null);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.pageTitle");
    }

    /** The overview currently shown; for tests. */
    Overview overview() {
        return overview;
    }

    private void render() {
        content.removeAll();
        if (overview == null) {
            content.add(new Paragraph(getTranslation("overview.noInstansi")));
            return;
        }
        selection.show(overview.instansiOptions(), overview.instansi(), overview.years(), overview.year());

        content.add(createHeader(), createProvenance());
        createOpenStage().ifPresent(content::add);
        content.add(createTiles(), createTrend());
        Div lower = new Div(createBreakdown(), createWeakest());
        lower.addClassName("overview-lower");
        content.add(lower);
    }

    private Component createHeader() {
        Div header = ViewHeader.of(
                getTranslation("overview.title", overview.instansi().name(), overview.year()), selection);
        Anchor rakor = new Anchor(
                "rakor?"
                        + QueryParams.of(
                                        QueryParams.INSTANSI,
                                        overview.instansi().code(),
                                        QueryParams.YEAR,
                                        overview.year())
                                .getQueryString(),
                getTranslation("overview.openRakor"));
        rakor.addClassName("overview-rakor");
        Anchor pdf = new Anchor(
                "laporan?"
                        + QueryParams.of(
                                        QueryParams.INSTANSI,
                                        overview.instansi().code(),
                                        QueryParams.YEAR,
                                        overview.year(),
                                        "format",
                                        "pdf")
                                .getQueryString(),
                getTranslation("overview.downloadReport"));
        // a download, not a navigation inside the application
        pdf.getElement().setAttribute("download", true);
        pdf.setRouterIgnore(true);
        pdf.addClassName("overview-report");
        Div links = new Div(rakor, pdf);
        links.addClassName("download-links");
        Div wrapper = new Div(header, links);
        return wrapper;
    }

    private Component createProvenance() {
        Optional<YearResult> current = overview.current();
        Span banner = new Span();
        banner.addClassName("provenance");
        if (current.isEmpty()) {
            banner.setText(getTranslation("overview.noData", overview.year()));
            banner.addClassName("provenance-none");
        } else if (current.get().totalsOnly()) {
            banner.setText(getTranslation("provenance.published"));
            banner.addClassName("provenance-resmi");
        } else {
            YearResult r = current.get();
            banner.setText(getTranslation(
                    "provenance.banner." + r.provenance().name(), r.valuedIndicators(), r.totalIndicators()));
            banner.addClassName("provenance-" + r.provenance().name().toLowerCase());
        }
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    /**
     * The stage open for entry now (of the latest year that has one), with its closing date and a
     * link to the entry page: where the yearly cycle stands.
     */
    private java.util.Optional<Component> createOpenStage() {
        if (!overview.instansi().home()) {
            return java.util.Optional.empty();
        }
        return cycle.latestOpenStage(overview.instansi().code()).map(open -> {
            String stage = getTranslation("stage." + open.stage().name());
            String text = open.closesOn() == null
                    ? getTranslation("overview.openStage", stage, String.valueOf(open.year()))
                    : getTranslation(
                            "overview.openStageUntil",
                            stage,
                            String.valueOf(open.year()),
                            TextFormat.date(open.closesOn()),
                            daysText(open.daysToClose(cycle.today())));
            Span line = new Span(text);
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "penilaian?instansi=" + overview.instansi().code() + "&tahun=" + open.year(),
                    getTranslation("overview.openStage.link"));
            Div box = new Div(line, link);
            box.addClassName("open-stage");
            return box;
        });
    }

    private String daysText(long days) {
        return days >= 0
                ? getTranslation("assessment.daysLeft", String.valueOf(days))
                : getTranslation("assessment.daysOver", String.valueOf(-days));
    }

    private Component createTiles() {
        Div tiles = new Div(indexTile(), predikatTile(), changeTile(), targetTile(), completenessTile());
        tiles.addClassName("tiles");
        return tiles;
    }

    private Div indexTile() {
        Optional<YearResult> r = overview.current();
        String sub = r.map(y -> y.totalsOnly()
                        ? getTranslation("provenance.short.published")
                        : getTranslation("provenance.short." + y.provenance().name()))
                .orElse(getTranslation("overview.tile.noValue"));
        return tile(
                "tile-index",
                getTranslation("overview.tile.index", overview.year()),
                TextFormat.decimal(r.map(YearResult::value).orElse(null)),
                sub);
    }

    private Div predikatTile() {
        Optional<PredikatBand> band = overview.current().flatMap(YearResult::predikat);
        Span badge = new Span(band.map(PredikatBand::name).orElse("–"));
        badge.addClassName("predikat-badge");
        band.ifPresent(b -> badge.addClassName(Predikats.badgeClass(b.rank())));
        String range = band.map(b -> b.maxExclusive() == null
                        ? getTranslation("overview.tile.predikat.atLeast", TextFormat.decimal(b.minInclusive()))
                        : b.minInclusive() == null
                                ? getTranslation("overview.tile.predikat.below", TextFormat.decimal(b.maxExclusive()))
                                : getTranslation(
                                        "overview.tile.predikat.range",
                                        TextFormat.decimal(b.minInclusive()),
                                        TextFormat.decimal(b.maxExclusive())))
                .orElse("");
        Div tile = tile("tile-predikat", getTranslation("overview.tile.predikat"), null, range);
        tile.addComponentAtIndex(1, badge);
        return tile;
    }

    private Div changeTile() {
        Optional<BigDecimal> change = overview.change();
        String value = change.map(c -> (c.signum() > 0 ? "▲ " : c.signum() < 0 ? "▼ " : "■ ") + TextFormat.signed(c))
                .orElse("–");
        String sub = overview.previous()
                .map(p -> overview.changeAcrossFrameworks()
                        ? getTranslation(
                                "overview.tile.change.acrossFrameworks", p.year(), TextFormat.decimal(p.value()))
                        : getTranslation("overview.tile.change.since", p.year(), TextFormat.decimal(p.value())))
                .orElse(getTranslation("overview.tile.change.none"));
        Div tile = tile("tile-change", getTranslation("overview.tile.change"), value, sub);
        change.ifPresent(c -> tile.addClassName(c.signum() > 0 ? "up" : c.signum() < 0 ? "down" : "flat"));
        return tile;
    }

    private Div targetTile() {
        String value = overview.target().map(t -> TextFormat.decimal(t.value())).orElse("–");
        String sub = overview.target()
                .map(t -> {
                    String source = getTranslation("target.source." + t.source().name());
                    return overview.gapToTarget()
                            .map(gap -> gap.signum() >= 0
                                    ? getTranslation("overview.tile.target.met", TextFormat.signed(gap), source)
                                    : getTranslation("overview.tile.target.below", TextFormat.signed(gap), source))
                            .orElse(getTranslation("overview.tile.target.source", source));
                })
                .orElse(getTranslation("overview.tile.target.none"));
        Div tile = tile("tile-target", getTranslation("overview.tile.target", overview.year()), value, sub);
        overview.gapToTarget().ifPresent(g -> tile.addClassName(g.signum() >= 0 ? "met" : "missed"));
        return tile;
    }

    private Div completenessTile() {
        Optional<YearResult> r = overview.current();
        String value;
        String sub;
        if (r.isEmpty()) {
            value = "–";
            sub = getTranslation("overview.tile.noValue");
        } else if (r.get().totalsOnly()) {
            value = getTranslation("overview.tile.complete.totalsOnly");
            sub = getTranslation("overview.tile.complete.totalsOnlyHint");
        } else {
            value = getTranslation(r.get().complete() ? "overview.tile.complete.yes" : "overview.tile.complete.no");
            sub = getTranslation(
                    "overview.tile.complete.count",
                    r.get().valuedIndicators(),
                    r.get().totalIndicators());
        }
        Div tile = tile("tile-complete", getTranslation("overview.tile.complete"), value, sub);
        r.ifPresent(y -> tile.addClassName(y.complete() ? "complete" : "incomplete"));
        return tile;
    }

    private Div tile(String className, String label, String value, String sub) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("tile-label");
        Div tile = new Div(labelSpan);
        if (value != null) {
            Span valueSpan = new Span(value);
            valueSpan.addClassName("tile-value");
            tile.add(valueSpan);
        }
        Span subSpan = new Span(sub);
        subSpan.addClassName("tile-sub");
        tile.add(subSpan);
        tile.addClassNames("tile", className);
        return tile;
    }

    private Component createTrend() {
        trendChart.setOption(TrendChartOption.of(overview, this::getTranslation));
        trendChart.setDescription(trendDescription());
        H3 title = new H3(getTranslation("overview.trend.title"));
        Paragraph hint = new Paragraph(getTranslation("overview.trend.hint"));
        hint.addClassName("card-hint");
        Section card = new Section(title, hint, trendChart);
        if (!overview.notes().isEmpty()) {
            H3 notes = new H3(getTranslation("notes.title"));
            notes.addClassName("notes-title");
            card.add(notes, new NotesList(overview.notes(), null));
        }
        card.addClassNames("card", "trend-card");
        return card;
    }

    private String trendDescription() {
        StringBuilder points = new StringBuilder();
        for (Overview.TrendPoint p : overview.trend()) {
            if (p.value() != null) {
                if (!points.isEmpty()) {
                    points.append("; ");
                }
                points.append(p.year())
                        .append(": ")
                        .append(TextFormat.decimal(p.value()))
                        .append(
                                p.provenance() == Provenance.RESMI
                                        ? ""
                                        : " ("
                                                + getTranslation("provenance.short."
                                                        + p.provenance().name()) + ")");
            }
        }
        return getTranslation("overview.trend.description", overview.instansi().name(), points.toString());
    }

    private Component createBreakdown() {
        String level = getTranslation(overview.breakdownByAspect() ? "overview.level.aspect" : "overview.level.domain");
        H3 title = new H3(overview.previous()
                .map(p -> getTranslation("overview.breakdown.titleCompared", level, overview.year(), p.year()))
                .orElse(getTranslation("overview.breakdown.title", level, overview.year())));
        Section card = new Section(title);
        card.addClassNames("card", "breakdown-card");
        if (overview.breakdown().isEmpty()) {
            card.add(new Paragraph(getTranslation("overview.breakdown.empty")));
            return card;
        }
        if (overview.previous().isPresent() && !overview.breakdownComparable()) {
            Paragraph note = new Paragraph(getTranslation("overview.breakdown.notComparable"));
            note.addClassName("card-note");
            card.add(note);
        }
        breakdownChart.setOption(BreakdownChartOption.of(overview, this::getTranslation));
        breakdownChart.setHeight(Math.max(220, 56 * overview.breakdown().size() + 60) + "px");
        breakdownChart.setDescription(title.getText());
        Grid<Overview.BreakdownRow> grid = new Grid<>();
        grid.addClassName("breakdown-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Overview.BreakdownRow::name).setHeader(level).setFlexGrow(3);
        grid.addColumn(r -> TextFormat.decimal(r.weight()))
                .setHeader(getTranslation("overview.column.weight"))
                .setTextAlign(ColumnTextAlign.END);
        overview.previous()
                .ifPresent(p -> grid.addColumn(r -> TextFormat.decimal(r.previousValue()))
                        .setHeader(String.valueOf(p.year()))
                        .setTextAlign(ColumnTextAlign.END));
        grid.addColumn(r -> TextFormat.decimal(r.value()))
                .setHeader(String.valueOf(overview.year()))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(overview.breakdown());
        card.add(breakdownChart, grid);
        return card;
    }

    private Component createWeakest() {
        H3 title = new H3(getTranslation("overview.weakest.title", overview.year()));
        Paragraph hint = new Paragraph(getTranslation("overview.weakest.hint"));
        hint.addClassName("card-hint");
        Section card = new Section(title, hint);
        card.addClassNames("card", "weakest-card");
        if (overview.weakest().isEmpty()) {
            card.add(new Paragraph(getTranslation(
                    overview.current().map(YearResult::totalsOnly).orElse(false)
                            ? "overview.weakest.totalsOnly"
                            : "overview.weakest.empty")));
            return card;
        }
        Grid<IndicatorResult> grid = new Grid<>();
        grid.addClassName("weakest-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.code() + " " + i.name())
                .setHeader(getTranslation("overview.column.indicator"))
                .setFlexGrow(4);
        grid.addColumn(i -> overview.breakdownByAspect() ? i.aspectName() : i.domainName())
                .setHeader(getTranslation(
                        overview.breakdownByAspect() ? "overview.level.aspect" : "overview.level.domain"))
                .setFlexGrow(2);
        grid.addColumn(i -> TextFormat.decimal(i.weight()))
                .setHeader(getTranslation("overview.column.weight"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> TextFormat.decimal(i.value()) + (i.levelName() == null ? "" : " · " + i.levelName()))
                .setHeader(getTranslation("overview.column.value"))
                .setFlexGrow(2);
        grid.addColumn(i -> TextFormat.points(i.pointsLost()))
                .setHeader(getTranslation("overview.column.pointsLost"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(overview.weakest());
        card.add(grid);
        return card;
    }

    private void selectYear(String name) {
        Integer year = QueryParams.year(name);
        if (year != null && overview != null && overview.years().contains(year) && year != overview.year()) {
            navigate(overview.instansi().code(), year);
        }
    }

    private void navigate(Instansi instansi, Integer year) {
        navigate(instansi.code(), year);
    }

    private void navigate(String instansi, Integer year) {
        getUI().ifPresent(ui -> ui.navigate(
                OverviewView.class, QueryParams.of(QueryParams.INSTANSI, instansi, QueryParams.YEAR, year)));
    }
}
