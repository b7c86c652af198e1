package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Tiles;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.ui.Selections;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import id.pantauspbe.opd.EvidenceFileService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.OpdActions;
import id.pantauspbe.opd.OpdRankingService;
import id.pantauspbe.opd.OpdReport;
import id.pantauspbe.opd.OpdTrend;
import id.pantauspbe.opd.OpdTrendService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One OPD: its own index and rank, the official indicators it leads or supports with their values
 * over the years, and what to raise first (largest index gain of one level).
 * URL: {@code /opd/13?instansi=CONTOH&tahun=2025}.
 */
@Route("opd/:id")
@PermitAll
public class OpdPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM_ID = "id";

    private final transient OpdRankingService service;
    private final transient SelectionService selections;
    private final transient EvidenceService evidence;
    private final transient EvidenceFileService files;
    private final transient OpdActions rakor;
    private final transient OpdTrendService trends;
    private final transient id.pantauspbe.opd.OpdPlanSteps planSteps;
    private String title = "";

    public OpdPageView(
            OpdRankingService service,
            SelectionService selections,
            EvidenceService evidence,
            EvidenceFileService files,
            OpdActions rakor,
            OpdTrendService trends,
            id.pantauspbe.opd.OpdPlanSteps planSteps) {
        this.trends = trends;
        this.planSteps = planSteps;
        this.service = service;
        this.selections = selections;
        this.evidence = evidence;
        this.files = files;
        this.rakor = rakor;
        addClassNames("analysis", "opd-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Selection chosen = Selections.results(selections, event.getLocation()).orElse(null);
        Instansi instansi = chosen == null ? null : chosen.instansi();
        long id = event.getRouteParameters()
                .get(PARAM_ID)
                .filter(s -> s.matches("\\d+"))
                .map(Long::parseLong)
                .orElse(-1L);
        int year = chosen == null || !chosen.hasYear() ? 0 : chosen.year();
        OpdReport.Page page =
                instansi == null ? null : service.page(instansi, id, year).orElse(null);
        if (page == null) {
            title = getTranslation("opd.page.notFound");
            add(new H2(title));
            return;
        }
        OpdReport.Row row = page.row();
        title = row.opd().name();
        H2 heading = new H2(getTranslation("opd.page.title", row.opd().name(), year));
        heading.addClassName("view-title");
        Anchor back = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(OpdRankingView.class) + "?instansi=" + instansi.code()
                        + "&tahun=" + year,
                getTranslation("opd.page.back"));
        back.addClassName("back-link");
        add(back, heading, tiles(page));
        trend(instansi, row, year);
        add(
                actions(row),
                new OpdPlanCard(planSteps.of(instansi.code(), year, row.opd().id())),
                indicators(page),
                evidenceOf(instansi, row, year),
                questionnaire(page));
    }

    /** The OPD's years up to the one shown, when it has figures in more than one. */
    private void trend(Instansi instansi, OpdReport.Row row, int year) {
        OpdTrend trend = trends.trend(instansi, year);
        trend.series().stream()
                .filter(s -> s.opd().id() == row.opd().id() && s.points().size() > 1)
                .findFirst()
                .ifPresent(s ->
                        add(new OpdPageTrend(trend, s, rakor.ofOpd(row.opd().id()))));
    }

    @Override
    public String getPageTitle() {
        return title + " \u2013 " + getTranslation("app.name");
    }

    private Div tiles(OpdReport.Page page) {
        OpdReport.Row row = page.row();
        Div tiles = new Div(
                Tiles.small("opd-index", getTranslation("opd.column.index"), TextFormat.decimal(row.index())),
                Tiles.small(
                        "opd-rank",
                        getTranslation(
                                "opd.page.rank",
                                getTranslation(
                                        "opd.rankBasis.short." + page.basis().name())),
                        row.ranked() ? getTranslation("opd.rank.of", row.rank(), page.rankedCount()) : "–"),
                Tiles.small("opd-held", getTranslation("opd.column.pointsHeld"), TextFormat.points(row.pointsHeld())),
                Tiles.small(
                        "opd-possible",
                        getTranslation("opd.column.pointsPossible"),
                        TextFormat.points(row.pointsPossible())),
                Tiles.small(
                        "opd-reasons",
                        getTranslation("analysis.column.reasons"),
                        row.reasons().isEmpty()
                                ? getTranslation("opd.page.notWeak")
                                : row.reasons().stream()
                                        .map(r -> getTranslation("opd.reason." + r.name()))
                                        .collect(Collectors.joining("; "))));
        tiles.addClassName("tiles");
        return tiles;
    }

    private Section indicators(OpdReport.Page page) {
        Section card = new Section(new H3(getTranslation("opd.page.indicators")));
        card.addClassName("card");
        if (page.indicators().isEmpty()) {
            card.add(new Paragraph(getTranslation("opd.page.noIndicators")));
            return card;
        }
        Paragraph hint = new Paragraph(getTranslation("opd.page.hint"));
        hint.addClassName("card-hint");
        Grid<OpdReport.OwnedIndicator> grid = new Grid<>();
        grid.addClassName("opd-indicators");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.code() + " " + i.name())
                .setHeader(getTranslation("overview.column.indicator"))
                .setFlexGrow(4);
        grid.addColumn(i -> getTranslation("opd.role." + i.role().name())).setHeader(getTranslation("opd.column.role"));
        grid.addColumn(i -> TextFormat.decimal(i.weight()))
                .setHeader(getTranslation("overview.column.weight"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> TextFormat.decimal(i.value()) + (i.weak() ? " \u26a0" : ""))
                .setHeader(getTranslation("overview.column.value"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> i.values().entrySet().stream()
                        .map(e -> e.getKey() + ": " + TextFormat.decimal(e.getValue()))
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("opd.column.history"))
                .setFlexGrow(3);
        grid.addColumn(i -> "+" + TextFormat.points(i.gain()))
                .setHeader(getTranslation("analysis.detail.gain"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(page.indicators());
        Span weakHint = new Span(getTranslation("opd.page.weakMark"));
        weakHint.addClassName("card-hint");
        card.add(hint, grid, weakHint);
        return card;
    }

    /** What the rakor agreed with this OPD (every rakor, newest first), with how far each action is. */
    private Section actions(OpdReport.Row row) {
        Section card = new Section(new H3(getTranslation("opd.page.actions")));
        card.addClassNames("card", "opd-actions");
        List<ActionItem> items = rakor.ofOpd(row.opd().id());
        if (items.isEmpty()) {
            card.add(new Paragraph(getTranslation("opd.page.noActions")));
            return card;
        }
        Grid<ActionItem> grid = new Grid<>();
        grid.addClassName("opd-action-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ActionItem::rakorYear)
                .setHeader(getTranslation("rakor.action.year"))
                .setKey("year");
        grid.addColumn(ActionItem::what)
                .setHeader(getTranslation("rakor.action.what"))
                .setFlexGrow(4)
                .setKey("what");
        grid.addColumn(a -> a.who() == null ? "–" : a.who())
                .setHeader(getTranslation("rakor.action.who"))
                .setFlexGrow(2)
                .setKey("who");
        grid.addColumn(a -> TextFormat.date(a.due()))
                .setHeader(getTranslation("rakor.action.due"))
                .setFlexGrow(2)
                .setKey("due");
        grid.addColumn(a -> getTranslation("rakor.action.status." + a.status().name())
                        + (a.status() != ActionStatus.SELESAI
                                        && a.due() != null
                                        && a.due().isBefore(evidence.today())
                                ? " (" + getTranslation("rakor.action.overdue") + ")"
                                : ""))
                .setHeader(getTranslation("rakor.action.status"))
                .setFlexGrow(2)
                .setKey("status");
        grid.setItems(items);
        card.add(grid);
        return card;
    }

    /** The evidence this OPD is responsible for, with the stage deadlines of the year. */
    private Section evidenceOf(Instansi instansi, OpdReport.Row row, int year) {
        Section card = new Section(new H3(getTranslation("opd.page.evidence")));
        card.addClassNames("card", "opd-evidence");
        List<EvidenceItem> items = evidence.items(instansi.code(), year).stream()
                .filter(i -> i.opdId() != null && i.opdId() == row.opd().id())
                .toList();
        if (items.isEmpty()) {
            card.add(new Paragraph(getTranslation("opd.page.noEvidence")));
            return card;
        }
        String deadlines = evidence.deadlines(instansi.code(), year).stream()
                .map(d -> d.deadline().name() + " ("
                        + TextFormat.date(d.deadline().dueDate()) + "): "
                        + (d.passed()
                                ? getTranslation("opd.page.deadlinePassed", -d.daysRemaining())
                                : getTranslation("opd.page.deadlineLeft", d.daysRemaining())))
                .collect(Collectors.joining(" · "));
        Paragraph summary = new Paragraph(getTranslation(
                "opd.page.evidenceSummary",
                row.evidence() == null ? 0 : row.evidence().verified(),
                items.size(),
                row.evidence() == null ? 0 : row.evidence().overdue(),
                row.evidence() == null ? 0 : row.evidence().rejected()));
        summary.addClassName("opd-evidence-summary");
        Paragraph dates = new Paragraph(deadlines);
        dates.addClassName("card-hint");
        EvidenceGrid grid = new EvidenceGrid(evidence.today());
        grid.setFiles(files.filesOfYear(instansi.code(), year), files.readable());
        grid.show(items);
        card.add(summary, dates, grid);
        return card;
    }

    /** The OPD's answers on the internal questionnaire, lowest first: where to start. */
    private Section questionnaire(OpdReport.Page page) {
        Section card = new Section(new H3(getTranslation("opd.page.questionnaire")));
        card.addClassName("card");
        if (page.row().scores().isEmpty()) {
            card.add(new Paragraph(getTranslation("opd.page.noScores")));
            return card;
        }
        Grid<java.util.Map.Entry<String, java.math.BigDecimal>> grid = new Grid<>();
        grid.addClassName("opd-scores");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.getKey() + " " + page.scoringIndicators().getOrDefault(e.getKey(), ""))
                .setHeader(getTranslation("overview.column.indicator"))
                .setFlexGrow(4);
        grid.addColumn(e -> TextFormat.decimal(e.getValue()))
                .setHeader(getTranslation("overview.column.value"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(page.row().scores().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, java.math.BigDecimal>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .toList());
        Paragraph hint = new Paragraph(getTranslation("opd.page.questionnaireHint"));
        hint.addClassName("card-hint");
        card.add(hint, grid);
        return card;
    }
}
