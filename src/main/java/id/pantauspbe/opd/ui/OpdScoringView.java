package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.base.Csv;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import id.pantauspbe.framework.FrameworkProblem;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdScoring;
import id.pantauspbe.opd.OpdScoringService;
import id.pantauspbe.opd.OpdService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * "Penilaian internal OPD": which framework scores the OPDs of a year and how their indices add up
 * (ADMIN), the scores of every OPD (ADMIN and ASESOR enter them), and adding an internal
 * questionnaire from a file in the format of the framework files (ADMIN).
 * URL: {@code /opd-penilaian?instansi=CONTOH&tahun=2025}.
 */
@Route("opd-penilaian")
@PermitAll
public class OpdScoringView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OpdService service;

    private final transient OpdScoringService scorings;
    private final transient SelectionService selections;
    private final transient FrameworkService frameworks;
    private final transient AuthenticationContext authentication;
    private final SelectionBar selection;
    private final Div uploadReport = new Div();
    private final TextField internalCode = new TextField();
    private final TextField internalName = new TextField();
    private Instansi instansi;
    private int year;

    public OpdScoringView(
            OpdService service,
            OpdScoringService scorings,
            SelectionService selections,
            FrameworkService frameworks,
            AuthenticationContext authentication) {
        this.service = service;
        this.scorings = scorings;
        this.selections = selections;
        this.frameworks = frameworks;
        this.authentication = authentication;
        addClassNames("analysis", "opd-scoring");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui -> ui.navigate(
                OpdScoringView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
        internalCode.setLabel(getTranslation("opd.scoring.code"));
        internalCode.addClassName("internal-code");
        internalName.setLabel(getTranslation("opd.scoring.name"));
        internalName.addClassName("internal-name");
        uploadReport.addClassName("framework-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Selection chosen = Selections.work(selections, event.getLocation()).orElse(null);
        if (chosen == null) {
            add(ViewHeader.noInstansi());
            return;
        }
        instansi = chosen.instansi();
        year = chosen.hasYear() ? chosen.year() : 0;
        selection.show(chosen);
        Div header = ViewHeader.of(getTranslation("opd.scoring.title", instansi.name(), year), selection);
        add(header, settings());
        scorings.scoring(instansi.code(), year)
                .flatMap(s -> frameworks.byCode(s.frameworkCode()))
                .ifPresent(f -> add(scores(f)));
        if (authentication.hasRole("ADMIN")) {
            add(internalFramework());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.scoring.pageTitle");
    }

    private Section settings() {
        Section card = new Section(new H3(getTranslation("opd.scoring.settings")));
        card.addClassName("card");
        var current = scorings.scoring(instansi.code(), year);
        if (!authentication.hasRole("ADMIN")) {
            card.add(new Paragraph(current.map(s -> getTranslation(
                            "opd.scoring.current",
                            frameworks
                                    .byCode(s.frameworkCode())
                                    .map(Framework::name)
                                    .orElse(s.frameworkCode()),
                            getTranslation(
                                    "opd.scoring.aggregation." + s.aggregation().name())))
                    .orElse(getTranslation("opd.ranking.noScoring"))));
            return card;
        }
        Select<Framework> framework = new Select<>();
        framework.setLabel(getTranslation("opd.scoring.framework"));
        framework.setItems(scorings.scoringFrameworks());
        framework.setItemLabelGenerator(Framework::name);
        framework.addClassName("scoring-framework");
        Select<OpdScoring.Aggregation> aggregation = new Select<>();
        aggregation.setLabel(getTranslation("opd.scoring.aggregation"));
        aggregation.setItems(OpdScoring.Aggregation.values());
        aggregation.setItemLabelGenerator(a -> getTranslation("opd.scoring.aggregation." + a.name()));
        aggregation.addClassName("scoring-aggregation");
        current.ifPresent(s -> {
            scorings.scoringFrameworks().stream()
                    .filter(f -> f.code().equals(s.frameworkCode()))
                    .findFirst()
                    .ifPresent(framework::setValue);
            aggregation.setValue(s.aggregation());
        });
        if (aggregation.getValue() == null) {
            aggregation.setValue(OpdScoring.Aggregation.MEAN);
        }
        Button save = new Button(getTranslation("opd.scoring.save"), e -> {
            if (framework.getValue() == null) {
                Notification.show(getTranslation("opd.scoring.chooseFramework"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            scorings.saveScoring(
                    instansi.code(), year, new OpdScoring(framework.getValue().code(), aggregation.getValue()));
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("scoring-save");
        Div form = new Div(framework, aggregation, save);
        form.addClassName("filters");
        card.add(new Paragraph(getTranslation("opd.scoring.aggregationHint")), form);
        return card;
    }

    private Section scores(Framework framework) {
        boolean canEdit = authentication.hasAnyRole("ADMIN", "ASESOR");
        Map<Long, Map<String, BigDecimal>> scores = scorings.scores(instansi.code(), year);
        Grid<Opd> grid = new Grid<>();
        grid.addClassName("scores-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Opd::shortName)
                .setHeader(getTranslation("opd.column.opd"))
                .setFrozen(true)
                .setAutoWidth(true);
        for (var indicator : framework.indicators()) {
            String code = indicator.code();
            if (canEdit) {
                grid.addComponentColumn(opd -> scoreField(opd, code, scores))
                        .setKey(code)
                        .setHeader(code)
                        .setTooltipGenerator(o -> indicator.name())
                        .setWidth("6.5rem")
                        .setFlexGrow(0);
            } else {
                grid.addColumn(opd -> TextFormat.decimal(
                                scores.getOrDefault(opd.id(), Map.of()).get(code)))
                        .setKey(code)
                        .setHeader(code)
                        .setWidth("5rem")
                        .setFlexGrow(0);
            }
        }
        grid.setItems(service.list(instansi.code()));
        UnorderedList legend = new UnorderedList();
        framework.indicators().forEach(i -> legend.add(new ListItem(i.code() + " " + i.name())));
        legend.addClassName("scoring-legend");
        Section card = new Section(
                new H3(getTranslation("opd.scoring.scores", framework.name())),
                new Paragraph(getTranslation(canEdit ? "opd.scoring.scoresHintEdit" : "opd.scoring.scoresHintRead")),
                grid,
                legend);
        card.addClassName("card");
        return card;
    }

    private BigDecimalField scoreField(Opd opd, String code, Map<Long, Map<String, BigDecimal>> scores) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(scores.getOrDefault(opd.id(), Map.of()).get(code));
        field.setAriaLabel(getTranslation("opd.scoring.scoreOf", code, opd.shortName()));
        field.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            try {
                scorings.saveScores(instansi.code(), year, opd.id(), Map.of(code, e.getValue()));
            } catch (UserMessageException outside) {
                Notices.error(outside);
                field.setValue(e.getOldValue());
            }
        });
        return field;
    }

    private Section internalFramework() {
        Upload upload = new Upload(UploadHandler.inMemory(this::received));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("opd.scoring.upload")));
        upload.addClassName("framework-upload");
        Div form = new Div(internalCode, internalName);
        form.addClassName("filters");
        Section card = new Section(
                new H3(getTranslation("opd.scoring.internal")),
                new Paragraph(getTranslation("opd.scoring.internalHint")),
                form,
                upload,
                uploadReport);
        card.addClassName("card");
        return card;
    }

    private void received(UploadMetadata metadata, byte[] content) {
        List<Map<String, String>> rows = Csv.read(new ByteArrayInputStream(content));
        getUI().ifPresent(ui -> ui.access(() -> addInternal(metadata.fileName(), rows)));
    }

    /** Adds an internal framework from parsed rows, or lists what is wrong with the file. */
    void addInternal(String fileName, List<Map<String, String>> rows) {
        uploadReport.removeAll();
        List<FrameworkProblem> problems =
                frameworks.checkInternal(internalCode.getValue(), internalName.getValue(), rows);
        if (problems.isEmpty()) {
            Framework added = frameworks.addInternal(internalCode.getValue(), internalName.getValue(), rows);
            Notification.show(getTranslation(
                            "opd.scoring.added",
                            added.name(),
                            added.indicators().size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (FrameworkProblem p : problems) {
            String where = p.row() == null
                    ? getTranslation("opd.scoring.whereFile", fileName)
                    : getTranslation("opd.scoring.where", fileName, p.row(), p.column());
            list.add(new ListItem(
                    where + ": " + getTranslation(p.key(), p.params().toArray())));
        }
        uploadReport.add(new Paragraph(getTranslation("opd.scoring.rejected", problems.size())), list);
    }
}
