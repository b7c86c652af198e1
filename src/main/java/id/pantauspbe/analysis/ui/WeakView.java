package id.pantauspbe.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Indikator lemah": the weak indicators of a year ranked by index points lost, each with its
 * reasons; an ADMIN can change the thresholds. URL: {@code /lemah?instansi=CONTOH&tahun=2021}.
 */
@Route("lemah")
@Menu(title = "nav.weak", order = 3, icon = "WARNING")
@PermitAll
public class WeakView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** {@code tampil=semua}: every indicator meeting a threshold instead of the short list. */
    static final String PARAM_SHOW = "tampil";

    private final transient AnalysisService service;
    private final transient SelectionService selections;
    private final transient AuthenticationContext authentication;
    private final SelectionBar selection;
    private final Div content = new Div();
    private Analysis.WeakList weak;

    public WeakView(AnalysisService service, SelectionService selections, AuthenticationContext authentication) {
        this.service = service;
        this.selections = selections;
        this.authentication = authentication;
        addClassNames("analysis", "weak-view");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui ->
                ui.navigate(WeakView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
        content.addClassName("analysis-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        Selection chosen = Selections.results(selections, event.getLocation()).orElse(null);
        if (chosen == null) {
            content.add(ViewHeader.noInstansi());
            return;
        }
        Instansi instansi = chosen.instansi();
        Integer year = chosen.year();
        selection.show(chosen);
        Div header = ViewHeader.of(
                getTranslation("analysis.weak.title", instansi.name(), year == null ? "–" : year), selection);
        content.add(header);
        if (year == null) {
            return;
        }
        boolean all = "semua".equals(QueryParams.first(event.getLocation(), PARAM_SHOW));
        weak = service.weak(instansi, year, all);
        unvaluedList().ifPresent(content::add);
        content.add(createList(), createThresholds());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.weak.pageTitle");
    }

    private Section createList() {
        Section card = new Section();
        card.addClassName("card");
        if (weak.result().isEmpty() || weak.result().get().totalsOnly()) {
            card.add(new Paragraph(getTranslation("overview.weakest.totalsOnly")));
            return card;
        }
        YearResult result = weak.result().get();
        Paragraph hint = new Paragraph(getTranslation(
                "analysis.weak.hint",
                weak.indicators().size(),
                FigureTexts.provisional(result, this::getTranslation)
                        .orElse(getTranslation(
                                "provenance.short." + result.provenance().name()))));
        hint.addClassName("card-hint");
        WeakRules.Thresholds t = weak.thresholds();
        Paragraph count = new Paragraph(getTranslation(
                weak.all() ? "analysis.weak.countAll" : "analysis.weak.count",
                weak.indicators().size(),
                weak.totalIndicators(),
                weak.flagged(),
                weak.limit(),
                TextFormat.decimal(t.lowValue()),
                TextFormat.points(t.largeLoss()),
                TextFormat.decimal(t.selfGap())));
        count.addClassName("weak-count");
        Anchor toggle = new Anchor(
                "lemah?"
                        + QueryParams.of(
                                        QueryParams.INSTANSI,
                                        weak.instansi().code(),
                                        QueryParams.YEAR,
                                        weak.year(),
                                        PARAM_SHOW,
                                        weak.all() ? null : "semua")
                                .getQueryString(),
                getTranslation(weak.all() ? "analysis.weak.showShort" : "analysis.weak.showAll", weak.flagged()));
        toggle.addClassName("weak-toggle");
        Div countLine = new Div(count);
        if (weak.all() || weak.shortened()) {
            countLine.add(toggle);
        }
        countLine.addClassName("weak-count-line");
        Grid<WeakRules.WeakIndicator> grid = new Grid<>();
        grid.addClassName("weak-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(w -> w.indicator().code() + " " + w.indicator().name())
                .setHeader(getTranslation("overview.column.indicator"))
                .setFlexGrow(4);
        grid.addColumn(w -> lead(w.indicator().code()))
                .setHeader(getTranslation("overview.column.lead"))
                .setFlexGrow(2);
        grid.addColumn(w -> w.indicator().domainName() != null
                        ? w.indicator().domainName()
                        : w.indicator().aspectName())
                .setHeader(getTranslation("analysis.column.group"))
                .setFlexGrow(2);
        grid.addColumn(w -> TextFormat.decimal(w.indicator().weight()))
                .setHeader(getTranslation("overview.column.weight"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(w -> TextFormat.decimal(w.indicator().value())
                        + (w.indicator().levelName() == null
                                ? ""
                                : " \u00b7 " + w.indicator().levelName()))
                .setHeader(getTranslation("overview.column.value"))
                .setFlexGrow(2);
        grid.addColumn(w -> TextFormat.points(w.indicator().pointsLost()))
                .setHeader(getTranslation("overview.column.pointsLost"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::reasons)
                .setHeader(getTranslation("analysis.column.reasons"))
                .setFlexGrow(4);
        grid.setItems(weak.indicators());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                IndicatorDetailView.class,
                new RouteParameters(Map.of(
                        IndicatorDetailView.PARAM_FRAMEWORK, weak.result().get().frameworkCode(),
                        IndicatorDetailView.PARAM_CODE, e.getItem().indicator().code())),
                QueryParams.of(QueryParams.INSTANSI, weak.instansi().code()))));
        card.add(new H3(getTranslation("analysis.weak.list")), countLine, hint, grid);
        return card;
    }

    private String lead(String code) {
        return weak.lead(code)
                .map(o -> o.shortName() != null ? o.shortName() : o.name())
                .orElse("–");
    }

    /** While the year is incomplete: the indicators nobody has valued yet, with their lead OPD, first. */
    private java.util.Optional<Section> unvaluedList() {
        if (weak.unvalued().isEmpty()) {
            return java.util.Optional.empty();
        }
        Section card = new Section(
                new H3(getTranslation("analysis.weak.unvalued", weak.unvalued().size())));
        card.addClassNames("card", "unvalued-card");
        Paragraph hint = new Paragraph(getTranslation("analysis.weak.unvaluedHint"));
        hint.addClassName("card-hint");
        Grid<IndicatorResult> grid = new Grid<>();
        grid.addClassName("unvalued-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.code() + " " + i.name())
                .setHeader(getTranslation("overview.column.indicator"))
                .setFlexGrow(4);
        grid.addColumn(i -> lead(i.code()))
                .setHeader(getTranslation("overview.column.lead"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.domainName() != null ? i.domainName() : i.aspectName())
                .setHeader(getTranslation("analysis.column.group"))
                .setFlexGrow(2);
        grid.addColumn(i -> TextFormat.decimal(i.weight()))
                .setHeader(getTranslation("overview.column.weight"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(weak.unvalued());
        card.add(hint, grid);
        return java.util.Optional.of(card);
    }

    /** The reasons as text, with the values behind them. */
    String reasons(WeakRules.WeakIndicator w) {
        return w.reasons().stream()
                .map(r -> switch (r) {
                    case LOW_VALUE ->
                        getTranslation(
                                "weak.reason.LOW_VALUE",
                                TextFormat.decimal(weak.thresholds().lowValue()));
                    case BELOW_DOMAIN_MEAN ->
                        getTranslation("weak.reason.BELOW_DOMAIN_MEAN", TextFormat.decimal(w.nodeMean()));
                    case DROPPED -> getTranslation("weak.reason.DROPPED", TextFormat.decimal(w.previousValue()));
                    case LARGE_LOSS ->
                        getTranslation(
                                "weak.reason.LARGE_LOSS",
                                TextFormat.points(w.indicator().pointsLost()));
                    case OVERRATED -> getTranslation("weak.reason.OVERRATED", TextFormat.decimal(w.selfAssessed()));
                })
                .collect(Collectors.joining("; "));
    }

    private Section createThresholds() {
        Section card = new Section(new H3(getTranslation("analysis.weak.thresholds")));
        card.addClassNames("card", "thresholds-card");
        WeakRules.Thresholds t = weak.thresholds();
        if (!authentication.hasRole("ADMIN")) {
            card.add(new Paragraph(getTranslation(
                    "analysis.weak.thresholdsText",
                    TextFormat.decimal(t.lowValue()),
                    TextFormat.points(t.largeLoss()),
                    TextFormat.decimal(t.selfGap()))));
            return card;
        }
        BigDecimalField low = field("analysis.weak.threshold.low", t.lowValue(), "threshold-low");
        BigDecimalField loss = field("analysis.weak.threshold.loss", t.largeLoss(), "threshold-loss");
        BigDecimalField gap = field("analysis.weak.threshold.gap", t.selfGap(), "threshold-gap");
        Button save = new Button(getTranslation("analysis.weak.threshold.save"), e -> {
            if (low.getValue() == null
                    || loss.getValue() == null
                    || gap.getValue() == null
                    || low.getValue().signum() < 0
                    || loss.getValue().signum() < 0
                    || gap.getValue().signum() < 0) {
                Notification.show(getTranslation("analysis.weak.threshold.invalid"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            service.saveThresholds(new WeakRules.Thresholds(low.getValue(), loss.getValue(), gap.getValue()));
            Notification.show(getTranslation("analysis.weak.threshold.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("threshold-save");
        Div form = new Div(low, loss, gap, save);
        form.addClassName("filters");
        card.add(form);
        return card;
    }

    private BigDecimalField field(String key, BigDecimal value, String className) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setValue(value);
        field.addClassName(className);
        return field;
    }
}
