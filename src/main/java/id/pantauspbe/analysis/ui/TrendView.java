package id.pantauspbe.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.analysis.TrendLevel;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.crosswalk.CrosswalkService;
import id.pantauspbe.crosswalk.Setara;
import id.pantauspbe.crosswalk.ui.SetaraChartOption;
import id.pantauspbe.crosswalk.ui.SetaraPanel;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.evaluation.ui.NotesList;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * "Tren": the index, domains and aspects across years with the framework changes marked,
 * self-assessment beside the final result, and the change between two years explained.
 * URL: {@code /tren?instansi=CONTOH&tahun=2021&dari=2020&tingkat=aspek}; {@code tampilan=setara}
 * draws the comparable index at each framework boundary beside the official line
 * (crosswalk.ui, the project's own mapping).
 */
@Route("tren")
@Menu(title = "nav.trend", order = 1, icon = "TRENDING_UP")
@PermitAll
public class TrendView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM_FROM = "dari";
    static final String PARAM_LEVEL = "tingkat";
    /** {@link TrendLevel#OPD} is shown by the opd feature's view (named here, so analysis does not depend on opd). */
    static final String OPD_TREND_ROUTE = "tren-opd";

    static final String PARAM_MODE = "tampilan";
    static final String MODE_SETARA = "setara";

    private final transient AnalysisService service;
    private final transient SelectionService selections;
    private final transient AuthenticationContext authentication;
    private final transient CrosswalkService crosswalk;
    private final Select<String> mode = new Select<>();
    private boolean setara;
    private final SelectionBar selection;
    private final Select<TrendLevel> level = new Select<>();
    private final Select<Integer> fromYear = new Select<>();
    private final Div content = new Div();
    private Instansi instansi;
    private Integer year;
    private List<Integer> years = List.of();
    private boolean updating;

    public TrendView(
            AnalysisService service,
            SelectionService selections,
            AuthenticationContext authentication,
            CrosswalkService crosswalk) {
        this.service = service;
        this.crosswalk = crosswalk;
        this.selections = selections;
        this.authentication = authentication;
        addClassNames("analysis", "trend-view");
        selection = new SelectionBar((i, y) -> navigate(i, y, null, level.getValue()));
        level.setLabel(getTranslation("analysis.level"));
        level.setItems(TrendLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("analysis.level." + l.name()));
        level.addClassName("filter-level");
        level.addValueChangeListener(e -> {
            if (!updating) {
                navigate(instansi, year, fromYear.getValue(), e.getValue());
            }
        });
        selection.addControl(level);
        mode.setLabel(getTranslation("setara.mode"));
        mode.setItems("resmi", MODE_SETARA);
        mode.setItemLabelGenerator(
                m -> getTranslation(MODE_SETARA.equals(m) ? "setara.mode.setara" : "setara.mode.resmi"));
        mode.addClassName("filter-mode");
        mode.addValueChangeListener(e -> {
            if (!updating) {
                setara = MODE_SETARA.equals(e.getValue());
                navigate(instansi, year, fromYear.getValue(), level.getValue());
            }
        });
        selection.addControl(mode);
        fromYear.setLabel(getTranslation("analysis.change.from"));
        fromYear.setItemLabelGenerator(String::valueOf);
        fromYear.addClassName("filter-from");
        fromYear.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                navigate(instansi, year, e.getValue(), level.getValue());
            }
        });
        content.addClassName("analysis-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        TrendLevel chosenLevel = TrendLevel.ofParam(QueryParams.first(event.getLocation(), PARAM_LEVEL));
        if (chosenLevel == TrendLevel.OPD) {
            event.rerouteTo(OPD_TREND_ROUTE, event.getLocation().getQueryParameters());
            return;
        }
        Selection chosen = Selections.results(selections, event.getLocation()).orElse(null);
        if (chosen == null) {
            content.add(ViewHeader.noInstansi());
            return;
        }
        instansi = chosen.instansi();
        years = chosen.years();
        year = chosen.year();
        boolean aspects = chosenLevel == TrendLevel.ASPEK;
        setara = MODE_SETARA.equals(QueryParams.first(event.getLocation(), PARAM_MODE));
        updating = true;
        selection.show(chosen);
        level.setValue(chosenLevel);
        mode.setValue(setara ? MODE_SETARA : "resmi");
        updating = false;

        Div header = ViewHeader.of(getTranslation("analysis.trend.title", instansi.name()), selection);
        content.add(header);
        Analysis.Trend trend = service.trend(instansi);
        content.add(
                setara ? createSetara(trend) : createTrend(trend, aspects),
                createNotes(trend, years),
                createTable(trend));
        if (year != null) {
            Integer from = QueryParams.year(QueryParams.first(event.getLocation(), PARAM_FROM));
            List<Integer> earlier = years.stream().filter(y -> y < year).toList();
            if (from == null || !earlier.contains(from)) {
                // by default the latest earlier year a comparison is meaningful with
                from = sameFramework(trend, year, earlier).orElse(earlier.isEmpty() ? null : earlier.getLast());
            }
            content.add(createChange(earlier, from, sameFramework(trend, year, earlier)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.trend.pageTitle");
    }

    private Component createTrend(Analysis.Trend trend, boolean aspects) {
        Chart chart = new Chart();
        chart.addClassName("trend-lines");
        chart.setHeight("420px");
        chart.setOption(AnalysisCharts.trend(trend, aspects, this::getTranslation));
        chart.setDescription(getTranslation("analysis.trend.title", instansi.name()));
        chart.addClickListener(e -> {
            Integer clicked = QueryParams.year(e.name());
            if (clicked != null && years.contains(clicked)) {
                navigate(instansi, clicked, null, level.getValue());
            }
        });
        Paragraph hint = new Paragraph(getTranslation("analysis.trend.hint"));
        hint.addClassName("card-hint");
        Section card = new Section(new H3(getTranslation("analysis.trend.chart")), hint, chart);
        card.addClassName("card");
        return card;
    }

    /** The official line with the comparable index at each boundary, and each boundary in words. */
    private Component createSetara(Analysis.Trend trend) {
        Setara.Trend comparable = crosswalk.trend(instansi.code());
        List<SetaraChartOption.OfficialPoint> official = trend.rows().stream()
                .map(r -> new SetaraChartOption.OfficialPoint(
                        r.year(),
                        r.shown().map(YearResult::value).orElse(null),
                        r.shown().map(YearResult::settled).orElse(false)))
                .toList();
        Chart chart = new Chart();
        chart.addClassName("setara-lines");
        chart.setHeight("420px");
        chart.setOption(SetaraChartOption.of(official, trend.spans(), comparable, this::getTranslation));
        chart.setDescription(getTranslation("setara.trend.title"));
        Paragraph hint = new Paragraph(getTranslation("setara.trend.hint"));
        hint.addClassName("card-hint");
        Section card = new Section(new H3(getTranslation("setara.trend.title")), hint, chart);
        card.addClassNames("card", "setara-card");
        comparable.bridges().forEach(b -> card.add(new SetaraPanel(b, true)));
        if (comparable.bridges().isEmpty()) {
            card.add(new Paragraph(getTranslation("setara.trend.none")));
        }
        return card;
    }

    private Component createNotes(Analysis.Trend trend, List<Integer> years) {
        boolean admin = authentication.hasRole("ADMIN");
        Section card = new Section(new H3(getTranslation("notes.title")));
        card.addClassNames("card", "notes-card");
        card.add(new NotesList(
                trend.notes(),
                admin
                        ? note -> {
                            service.deleteNote(instansi, note.id());
                            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                        }
                        : null));
        if (!admin || years.isEmpty()) {
            return card;
        }
        Select<Integer> noteYear = new Select<>();
        noteYear.setLabel(getTranslation("overview.filter.year"));
        noteYear.setItems(years.reversed());
        noteYear.setValue(year);
        noteYear.addClassName("note-year");
        TextField code = new TextField(getTranslation("notes.code"));
        code.setHelperText(getTranslation("notes.codeHint"));
        code.addClassName("note-code");
        TextArea text = new TextArea(getTranslation("notes.text"));
        text.setMaxLength(1000);
        text.addClassName("note-input");
        Button add = new Button(getTranslation("notes.add"), e -> {
            try {
                service.addNote(instansi, noteYear.getValue(), code.getValue(), text.getValue());
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            } catch (UserMessageException refused) {
                Notices.error(refused);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("note-add");
        Div form = new Div(noteYear, code, text, add);
        form.addClassNames("filters", "note-form");
        card.add(form);
        return card;
    }

    private Component createTable(Analysis.Trend trend) {
        Grid<Analysis.YearRow> grid = new Grid<>();
        grid.addClassName("trend-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Analysis.YearRow::year).setHeader(getTranslation("overview.filter.year"));
        grid.addColumn(r -> r.shown().map(s -> TextFormat.decimal(s.value())).orElse("–"))
                .setHeader(getTranslation("analysis.column.shown"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.shown()
                        .map(s -> FigureTexts.provisional(s, this::getTranslation)
                                .orElse(getTranslation(
                                        s.totalsOnly()
                                                ? "provenance.short.published"
                                                : "provenance.short."
                                                        + s.provenance().name())))
                        .orElse(""))
                .setHeader(getTranslation("analysis.column.provenance"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.mandiri().map(m -> TextFormat.decimal(m.value())).orElse("–"))
                .setHeader(getTranslation("analysis.column.mandiri"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.selfAssessmentGap().map(TextFormat::signed).orElse("–"))
                .setHeader(getTranslation("analysis.column.selfGap"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.shown()
                        .flatMap(s -> FigureTexts.predikat(s, this::getTranslation))
                        .orElse("–"))
                .setHeader(getTranslation("overview.tile.predikat"));
        grid.setItems(trend.rows().reversed());
        Paragraph hint = new Paragraph(getTranslation("analysis.trend.tableHint"));
        hint.addClassName("card-hint");
        Section card = new Section(new H3(getTranslation("analysis.trend.table")), hint, grid);
        card.addClassName("card");
        return card;
    }

    /** The latest earlier year with a complete result under the framework of {@code year}. */
    private static java.util.Optional<Integer> sameFramework(Analysis.Trend trend, int year, List<Integer> earlier) {
        String framework = trend.rows().stream()
                .filter(r -> r.year() == year)
                .map(Analysis.YearRow::frameworkCode)
                .findFirst()
                .orElse(null);
        return trend.rows().stream()
                .filter(r -> earlier.contains(r.year())
                        && java.util.Objects.equals(r.frameworkCode(), framework)
                        && r.shown().map(YearResult::complete).orElse(false))
                .map(Analysis.YearRow::year)
                .reduce((a, b) -> b);
    }

    private Component createChange(List<Integer> earlier, Integer from, java.util.Optional<Integer> comparable) {
        Section card = new Section();
        card.addClassNames("card", "change-card");
        updating = true;
        fromYear.setItems(earlier.reversed());
        if (from != null) {
            fromYear.setValue(from);
        }
        updating = false;
        if (from == null) {
            card.add(
                    new H3(getTranslation("analysis.change.title", "–", year)),
                    new Paragraph(getTranslation("analysis.change.unavailable." + Analysis.Unexplained.NO_PREVIOUS)));
            return card;
        }
        card.add(new H3(getTranslation("analysis.change.title", from, year)), fromYear);
        Analysis.Change change = service.change(instansi, from, year);
        if (change.decomposition().isEmpty()) {
            Paragraph why = new Paragraph(getTranslation(
                    "analysis.change.unavailable." + change.unavailableReason().name()));
            why.addClassName("change-unavailable");
            card.add(why);
            comparable
                    .filter(y -> !y.equals(from))
                    .ifPresent(y -> card.add(new Paragraph(getTranslation("analysis.change.comparable", y))));
            return card;
        }
        var d = change.decomposition().get();
        Paragraph summary = new Paragraph(getTranslation(
                d.sameFramework() ? "analysis.change.summary" : "analysis.change.summaryAcross",
                TextFormat.decimal(d.before()),
                TextFormat.decimal(d.after()),
                TextFormat.signedPoints(d.change())));
        summary.addClassName("change-summary");
        Chart chart = new Chart();
        chart.addClassName("waterfall");
        chart.setHeight("360px");
        chart.setOption(AnalysisCharts.waterfall(d, from, year, this::getTranslation));
        chart.setDescription(summary.getText());
        card.add(summary, chart, contributionGrid("node-contributions", d.nodes(), "analysis.column.node"));
        if (d.sameFramework()) {
            List<Contribution> top = d.indicators().stream()
                    .filter(c -> c.points().signum() != 0)
                    .sorted(Comparator.comparing((Contribution c) -> c.points().abs())
                            .reversed())
                    .limit(10)
                    .toList();
            card.add(
                    new H3(getTranslation("analysis.change.indicators")),
                    contributionGrid("indicator-contributions", top, "overview.column.indicator"));
        }
        return card;
    }

    private Grid<Contribution> contributionGrid(String className, List<Contribution> rows, String firstHeader) {
        Grid<Contribution> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.kind() == id.pantauspbe.engine.NodeKind.INDICATOR ? c.code() + " " + c.name() : c.name())
                .setHeader(getTranslation(firstHeader))
                .setFlexGrow(3);
        grid.addColumn(c -> TextFormat.decimal(c.before()))
                .setHeader(String.valueOf(fromYear.getValue()))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> TextFormat.decimal(c.after()))
                .setHeader(String.valueOf(year))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> TextFormat.signedPoints(c.points()))
                .setHeader(getTranslation("analysis.column.contribution"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows);
        return grid;
    }

    private void navigate(Instansi i, Integer y, Integer from, TrendLevel lvl) {
        getUI().ifPresent(ui -> ui.navigate(
                TrendView.class,
                QueryParams.of(
                        QueryParams.INSTANSI,
                        i == null ? null : i.code(),
                        QueryParams.YEAR,
                        y,
                        PARAM_FROM,
                        from,
                        PARAM_LEVEL,
                        lvl == null || lvl == TrendLevel.DOMAIN ? null : lvl.param(),
                        PARAM_MODE,
                        setara ? MODE_SETARA : null)));
    }
}
