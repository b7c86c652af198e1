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
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.crosswalk.CrosswalkService;
import id.pantauspbe.crosswalk.ui.SetaraCard;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.OverviewService;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Provenance;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.evaluation.ui.NotesList;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.plan.ui.PlanOverviewPanel;
import jakarta.annotation.security.PermitAll;
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

    private final transient id.pantauspbe.plan.SavedPlanService plans;
    private final transient id.pantauspbe.plan.ForecastService forecasts;
    private final transient CrosswalkService crosswalk;

    public OverviewView(
            OverviewService service,
            CycleService cycle,
            id.pantauspbe.plan.SavedPlanService plans,
            id.pantauspbe.plan.ForecastService forecasts,
            CrosswalkService crosswalk) {
        this.service = service;
        this.crosswalk = crosswalk;
        this.cycle = cycle;
        this.plans = plans;
        this.forecasts = forecasts;
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
        content.add(createTiles());
        // the target planner: the saved plan's progress and, before a final result, the forecast
        content.add(new PlanOverviewPanel(plans, forecasts, overview.instansi().code(), overview.year()));
        // across a framework boundary: the comparable index (crosswalk, the project's own mapping)
        crosswalk
                .acrossBoundary(overview.instansi().code(), overview.year())
                .ifPresent(b -> content.add(new SetaraCard(b)));
        content.add(createTrend());
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
        return new OverviewTiles(overview);
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
        boolean compared = overview.breakdownComparedWithPrevious();
        H3 title = new H3(
                compared
                        ? getTranslation(
                                "overview.breakdown.titleCompared",
                                level,
                                overview.year(),
                                overview.previous().orElseThrow().year())
                        : getTranslation("overview.breakdown.title", level, overview.year()));
        Section card = new Section(title);
        card.addClassNames("card", "breakdown-card");
        if (overview.breakdown().isEmpty()) {
            card.add(new Paragraph(getTranslation("overview.breakdown.empty")));
            return card;
        }
        if (overview.previous().isPresent() && !overview.breakdownComparable()) {
            // across a framework boundary: say why the comparison is partial, or why there is none
            Paragraph note = new Paragraph(
                    compared
                            ? getTranslation("overview.breakdown.notComparable")
                            : getTranslation(
                                    "overview.breakdown.notCompared",
                                    overview.previous().get().year(),
                                    level.toLowerCase(java.util.Locale.ROOT),
                                    overview.year()));
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
        if (compared) {
            grid.addColumn(r -> TextFormat.decimal(r.previousValue()))
                    .setHeader(String.valueOf(overview.previous().orElseThrow().year()))
                    .setTextAlign(ColumnTextAlign.END);
        }
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
        Analysis.WeakList weak = overview.weakList();
        if (!weak.unvalued().isEmpty()) {
            Paragraph unvalued = new Paragraph(
                    getTranslation("overview.weakest.unvalued", weak.unvalued().size()));
            unvalued.addClassName("card-note");
            card.add(unvalued);
        }
        if (overview.weakest().isEmpty()) {
            card.add(new Paragraph(getTranslation(
                    overview.current().map(YearResult::totalsOnly).orElse(false)
                            ? "overview.weakest.totalsOnly"
                            : "overview.weakest.empty")));
            return card;
        }
        overview.current()
                .flatMap(r -> FigureTexts.provisional(r, this::getTranslation))
                .ifPresent(text -> {
                    Span provenance = new Span(text);
                    provenance.addClassNames("provenance-inline", "provisional");
                    card.add(provenance);
                });
        Grid<IndicatorResult> grid = new Grid<>();
        grid.addClassName("weakest-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.code() + " " + i.name())
                .setHeader(getTranslation("overview.column.indicator"))
                .setFlexGrow(4);
        grid.addColumn(i -> weak.lead(i.code())
                        .map(o -> o.shortName() != null ? o.shortName() : o.name())
                        .orElse("–"))
                .setHeader(getTranslation("overview.column.lead"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> overview.breakdownByAspect() ? i.aspectName() : i.domainName())
                .setHeader(getTranslation(
                        overview.breakdownByAspect() ? "overview.level.aspect" : "overview.level.domain"))
                .setFlexGrow(2);
        grid.addColumn(i -> TextFormat.decimal(i.weight()))
                .setHeader(getTranslation("overview.column.weight"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> TextFormat.level(i.value()) + (i.levelName() == null ? "" : " · " + i.levelName()))
                .setHeader(getTranslation("overview.column.value"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> TextFormat.decimal(i.pointsLost()))
                .setHeader(getTranslation("overview.column.pointsLost"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(overview.weakest());
        Paragraph count = new Paragraph(
                getTranslation("overview.weakest.count", weak.flagged(), weak.totalIndicators(), weak.limit()));
        count.addClassName("card-hint");
        Anchor all = new Anchor(
                "lemah?"
                        + QueryParams.of(
                                        QueryParams.INSTANSI,
                                        overview.instansi().code(),
                                        QueryParams.YEAR,
                                        overview.year())
                                .getQueryString(),
                getTranslation("overview.weakest.more"));
        all.addClassName("weakest-more");
        card.add(grid, count, all);
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
