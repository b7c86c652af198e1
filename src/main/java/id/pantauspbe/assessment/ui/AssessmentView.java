package id.pantauspbe.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.Tiles;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.EditScope;
import id.pantauspbe.evaluation.EntrySheet;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.StageSchedule;
import id.pantauspbe.evaluation.ValueEntryService;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.EvidenceFileService;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.Ownership;
import id.pantauspbe.opd.OwnershipService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Penilaian": the values of one stage of a year, entered indicator by indicator with the scale's
 * level names, a justification, the indicator's evidence and the effect on the index while editing.
 * What may be edited comes from {@link ValueEntryService#editScope}. URL: {@code
 * /penilaian?instansi=CONTOH&tahun=2026&tahap=mandiri&indikator=I2}.
 */
@Route("penilaian")
@Menu(title = "nav.assessment", order = 7, icon = "EDIT")
@PermitAll
public class AssessmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String STAGE = "tahap";
    static final String INDICATOR = "indikator";

    private final transient ValueEntryService evaluation;
    private final transient CycleService cycle;
    private final transient SelectionService selections;
    private final transient OpdService opds;
    private final transient OwnershipService ownerships;
    private final transient EvidenceService evidence;
    private final transient FrameworkService frameworks;
    private final transient EvidenceFileService files;
    private final SelectionBar selection;
    private final Select<Stage> stageSelect = new Select<>();
    private final Div content = new Div();
    private Instansi instansi;
    private Integer year;
    private Stage stage;
    private boolean updating;

    public AssessmentView(
            ValueEntryService evaluation,
            CycleService cycle,
            SelectionService selections,
            OpdService opds,
            OwnershipService ownerships,
            EvidenceService evidence,
            FrameworkService frameworks,
            EvidenceFileService files) {
        this.files = files;
        this.evaluation = evaluation;
        this.cycle = cycle;
        this.selections = selections;
        this.opds = opds;
        this.ownerships = ownerships;
        this.evidence = evidence;
        this.frameworks = frameworks;
        addClassNames("analysis", "assessment-view");
        selection = new SelectionBar((i, y) -> navigate(i.code(), y, null, null));
        stageSelect.setLabel(getTranslation("assessment.stage"));
        stageSelect.setItems(Stage.values());
        stageSelect.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        stageSelect.addClassName("filter-stage");
        stageSelect.addValueChangeListener(e -> {
            if (!updating && instansi != null && e.getValue() != null) {
                navigate(instansi.code(), year, e.getValue(), null);
            }
        });
        selection.addControl(stageSelect);
        content.addClassName("analysis-content");
        add(content);
    }

    private void navigate(String code, Integer y, Stage s, String indicator) {
        getUI().ifPresent(ui -> ui.navigate(
                AssessmentView.class,
                QueryParams.of(
                        QueryParams.INSTANSI,
                        code,
                        QueryParams.YEAR,
                        y,
                        STAGE,
                        s == null ? null : s.code(),
                        INDICATOR,
                        indicator)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Location location = event.getLocation();
        content.removeAll();
        // the home Pemda's own assessment only
        Selection chosen = selections
                .work(null, QueryParams.year(QueryParams.first(location, QueryParams.YEAR)), List.of())
                .orElse(null);
        if (chosen == null) {
            content.add(ViewHeader.noInstansi());
            return;
        }
        instansi = chosen.instansi();
        year = chosen.year();
        List<Integer> years = chosen.years();
        stage = stageOf(QueryParams.first(location, STAGE));
        updating = true;
        selection.show(List.of(instansi), instansi, years, year);
        stageSelect.setValue(stage);
        updating = false;
        render(QueryParams.first(location, INDICATOR));
    }

    private Stage stageOf(String code) {
        if (code != null) {
            try {
                return Stage.ofCode(code);
            } catch (IllegalArgumentException e) {
                // an unknown stage in the URL: fall back to the open one
            }
        }
        return year == null
                ? Stage.MANDIRI
                : cycle.openStage(instansi.code(), year)
                        .map(StageSchedule::stage)
                        .orElse(Stage.MANDIRI);
    }

    private void render(String selectedCode) {
        content.removeAll();
        Div header = ViewHeader.of(
                getTranslation("assessment.title", instansi.name(), year == null ? "–" : String.valueOf(year)),
                selection);
        content.add(header);
        if (year == null) {
            return;
        }
        EntrySheet sheet = evaluation.sheet(instansi.code(), year, stage).orElse(null);
        if (sheet == null) {
            content.add(new Paragraph(getTranslation("assessment.noFramework", String.valueOf(year))));
            return;
        }
        content.add(createStatus(sheet), createSummary(sheet));
        if (sheet.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assessment.noIndicators"));
            none.addClassName("assessment-empty");
            content.add(none);
            return;
        }
        EntrySheet.Row selected = sheet.row(selectedCode == null ? "" : selectedCode)
                .or(() -> sheet.rows().stream().filter(EntrySheet.Row::editable).findFirst())
                .orElse(sheet.rows().getFirst());
        Div split = new Div(
                createGrid(sheet, selected),
                new AssessmentEntryEditor(
                        evaluation,
                        sheet,
                        selected,
                        leadOpd(selected),
                        new IndicatorEvidenceList(evidence, files, instansi.code(), year, selected.code()),
                        this::render));
        split.addClassName("assessment-split");
        content.add(split);
    }

    private Component createStatus(EntrySheet sheet) {
        StageSchedule s = sheet.schedule();
        String dates = s.opensOn() == null && s.closesOn() == null
                ? getTranslation("assessment.noDates")
                : TextFormat.date(s.opensOn()) + " – " + TextFormat.date(s.closesOn());
        Span state = new Span(getTranslation("stage.state." + s.state().name()));
        state.addClassNames("stage-state", "stage-state-" + s.state().name().toLowerCase());
        Span when = new Span(getTranslation("stage." + s.stage().name()) + ": " + dates);
        Div line = new Div(state, when);
        line.addClassName("stage-line");
        if (s.open() && s.closesOn() != null) {
            long days = s.daysToClose(cycle.today());
            Span countdown = new Span(
                    days >= 0
                            ? getTranslation("assessment.daysLeft", String.valueOf(days))
                            : getTranslation("assessment.daysOver", String.valueOf(-days)));
            countdown.addClassName(days >= 0 ? "countdown" : "countdown-over");
            line.add(countdown);
        }
        Paragraph scope = new Paragraph(scopeText(sheet));
        scope.addClassName("scope-note");
        Div status = new Div(line, scope);
        if (sheet.copyable()) {
            Button copy = new Button(getTranslation("assessment.copy"), e -> {
                int copied = evaluation.copyFromEarlierStage(instansi.code(), year, stage);
                Notification.show(getTranslation("assessment.copied", String.valueOf(copied)))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render(null);
            });
            copy.addClassName("copy-earlier");
            copy.getElement().setAttribute("title", getTranslation("assessment.copyHelp"));
            status.add(copy);
        }
        status.addClassNames("stage-status", sheet.scope().editable() ? "stage-editable" : "stage-readonly");
        return status;
    }

    private String scopeText(EntrySheet sheet) {
        EditScope scope = sheet.scope();
        return switch (scope.access()) {
            case EDIT ->
                scope.indicators() == null
                        ? getTranslation("assessment.scope.all")
                        : scope.indicators().isEmpty()
                                ? getTranslation("assessment.scope.ownNone")
                                : getTranslation(
                                        "assessment.scope.own",
                                        String.valueOf(scope.indicators().size()));
            case CORRECTION -> getTranslation("assessment.scope.correction");
            case READ_ONLY_ROLE -> getTranslation("assessment.scope.readOnly");
            case STAGE_CLOSED -> getTranslation("assessment.scope.closed");
            case STAGE_NOT_FOR_ROLE -> getTranslation("assessment.scope.notForRole");
            case NO_OPD -> getTranslation("assessment.scope.noOpd");
        };
    }

    private Component createSummary(EntrySheet sheet) {
        Div tiles = new Div();
        tiles.addClassNames("tiles", "assessment-tiles");
        sheet.result()
                .ifPresentOrElse(
                        r -> {
                            tiles.add(Tiles.small(
                                    "tile-stage-index",
                                    getTranslation("assessment.stageIndex"),
                                    TextFormat.decimal(r.value())));
                            tiles.add(Tiles.small(
                                    "tile-stage-predikat",
                                    getTranslation("assessment.predikat"),
                                    id.pantauspbe.evaluation.FigureTexts.predikat(r, this::getTranslation)
                                            .orElse(getTranslation(
                                                    "assessment.predikat.incomplete",
                                                    r.valuedIndicators(),
                                                    r.totalIndicators()))));
                            tiles.add(Tiles.small(
                                    "tile-stage-valued",
                                    getTranslation("assessment.valued"),
                                    getTranslation(
                                            "assessment.valuedOf",
                                            String.valueOf(r.valuedIndicators()),
                                            String.valueOf(r.totalIndicators()))));
                        },
                        () -> tiles.add(Tiles.small(
                                "tile-stage-index",
                                getTranslation("assessment.stageIndex"),
                                getTranslation("assessment.noValues"))));
        return tiles;
    }

    private Component createGrid(EntrySheet sheet, EntrySheet.Row selected) {
        Grid<EntrySheet.Row> grid = new Grid<>();
        grid.addClassName("assessment-grid");
        // indicator names wrap: "Tingkat Kematangan Kebijakan Internal …" differ only at the end
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EntrySheet.Row::code)
                .setHeader(getTranslation("assessment.col.code"))
                .setKey("code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(EntrySheet.Row::name)
                .setHeader(getTranslation("assessment.col.indicator"))
                .setKey("name")
                .setTooltipGenerator(EntrySheet.Row::name)
                .setFlexGrow(1);
        grid.addColumn(r -> r.entry() == null
                        ? "–"
                        : AssessmentEntryEditor.valueText(r.scale(), r.entry().value()))
                .setHeader(getTranslation("assessment.col.value"))
                .setKey("value")
                .setAutoWidth(true);
        if (sheet.stage() != Stage.MANDIRI) {
            grid.addColumn(r -> r.reference() == null
                            ? "–"
                            : AssessmentEntryEditor.valueText(
                                    r.scale(), r.reference().value()))
                    .setHeader(getTranslation("assessment.col.reference"))
                    .setKey("reference")
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> r.editable() ? getTranslation("assessment.col.mayEdit") : "")
                .setHeader(getTranslation("assessment.col.edit"))
                .setKey("edit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(sheet.rows());
        // a short list (an OPD's own indicators) without an empty scroll area below it
        grid.setAllRowsVisible(sheet.rows().size() <= 15);
        grid.select(selected);
        grid.addSelectionListener(e -> e.getFirstSelectedItem()
                .filter(r -> !r.code().equals(selected.code()))
                .ifPresent(r -> navigate(instansi.code(), year, stage, r.code())));
        return grid;
    }

    private String leadOpd(EntrySheet.Row row) {
        Ownership owner = ownerships.ownership(instansi.code(), year).get(row.code());
        Map<Long, String> names = opds.list(instansi.code()).stream().collect(Collectors.toMap(Opd::id, Opd::name));
        return owner == null || owner.leadOpdId() == null ? "–" : names.get(owner.leadOpdId());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.pageTitle");
    }
}
