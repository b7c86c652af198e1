package id.pantauspbe.rakor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.PemdaSettings;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.ChartParts;
import id.pantauspbe.base.ui.Predikats;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.ui.BreakdownChartOption;
import id.pantauspbe.dashboard.ui.TrendChartOption;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import id.pantauspbe.opd.DeadlineCountdown;
import id.pantauspbe.opd.OpdReport;
import id.pantauspbe.rakor.RakorService;
import id.pantauspbe.rakor.RakorSnapshot;
import id.pantauspbe.rakor.ReportService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rakor presentation: full screen slides built from one snapshot of the current data, for a
 * projector. State in the URL ({@code /rakor?instansi=CONTOH&tahun=2021&slide=3&anonim=1}), so a
 * reload keeps the place. Keys: → Space PageDown next, ← PageUp previous, Home, End, F full screen,
 * Esc leaves full screen (the browser's own). A presentation clicker sends the same keys.
 */
@Route(value = "rakor", autoLayout = false)
@Menu(title = "nav.rakor", order = 7, icon = "PRESENTATION")
@PermitAll
public class RakorView extends Div implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    static final String SLIDE = "slide";
    static final String ANONYMOUS = "anonim";
    private static final double FONT_FACTOR = 1.75;
    private static final int MAX_ROWS = 7;
    /** Fewer rows under the agreements, so the slide still fits 1280×720. */
    private static final int CLOSING_ROWS = 5;

    /** The slides, in order. */
    enum Slide {
        TITLE("rakor.slide.title"),
        PREVIOUS("rakor.slide.previous"),
        TREND("rakor.slide.trend"),
        CHANGE("rakor.slide.change"),
        PROFILE("rakor.slide.profile"),
        WEAKEST("rakor.slide.weakest"),
        OPD("rakor.slide.opd"),
        EVIDENCE("rakor.slide.evidence"),
        CLOSING("rakor.slide.closing");

        final String key;

        Slide(String key) {
            this.key = key;
        }
    }

    private final transient RakorService service;
    private final transient ReportService reports;
    private final transient PemdaSettings pemda;
    private final SelectionBar selection = new SelectionBar(this::select);
    private final Checkbox anonymous = new Checkbox();
    private final Div stage = new Div();
    private final Span counter = new Span();
    private final Span slideName = new Span();
    private final Span dataPer = new Span();
    private final Button previous = new Button(VaadinIcon.CHEVRON_LEFT.create());
    private final Button next = new Button(VaadinIcon.CHEVRON_RIGHT.create());
    private final Button fullscreen = new Button(VaadinIcon.EXPAND_FULL.create());
    private final Anchor exit = new Anchor();
    private RakorSnapshot snapshot;
    private String loaded;
    private String requestedInstansi;
    private Integer requestedYear;
    private int slide;

    public RakorView(RakorService service, ReportService reports, PemdaSettings pemda) {
        this.service = service;
        this.reports = reports;
        this.pemda = pemda;
        addClassName("rakor");
        stage.addClassName("rakor-stage");
        add(createBar(), stage, createFoot());
        addAttachListener(this::installKeys);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Location location = event.getLocation();
        requestedInstansi = QueryParams.first(location, QueryParams.INSTANSI);
        requestedYear = QueryParams.year(QueryParams.first(location, QueryParams.YEAR));
        boolean hide = "1".equals(QueryParams.first(location, ANONYMOUS));
        String key = requestedInstansi + "|" + requestedYear + "|" + hide;
        if (snapshot == null || !key.equals(loaded)) {
            snapshot = service.snapshot(requestedInstansi, requestedYear, hide).orElse(null);
            loaded = key;
        }
        slide = slideNumber(QueryParams.first(location, SLIDE)) - 1;
        anonymous.setValue(hide);
        render();
    }

    /** The URL always names the instansi, year and slide shown, so a reload keeps the place. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (snapshot != null) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rakor.pageTitle")
                + (snapshot == null ? "" : " \u2013 " + snapshot.instansi().name() + " " + snapshot.year());
    }

    /** The snapshot shown; for tests. */
    RakorSnapshot snapshot() {
        return snapshot;
    }

    /** The slide shown, from 1; for tests. */
    int slide() {
        return slide + 1;
    }

    static int total() {
        return Slide.values().length;
    }

    /** A key from the browser: next, previous, first or last. */
    @ClientCallable
    void key(String action) {
        switch (action) {
            case "next" -> go(slide + 1);
            case "previous" -> go(slide - 1);
            case "first" -> go(0);
            case "last" -> go(total() - 1);
            default -> {
                // unknown keys are ignored
            }
        }
    }

    /** Shows another slide (clamped to the first and last) and puts it in the URL. */
    void go(int index) {
        int target = Math.max(0, Math.min(total() - 1, index));
        if (target == slide) {
            return;
        }
        slide = target;
        renderSlide();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
    }

    private Location location() {
        return new Location("rakor", QueryParameters.simple(params(slide + 1)));
    }

    private Map<String, String> params(int slideNumber) {
        Map<String, String> params = new LinkedHashMap<>();
        if (snapshot != null) {
            params.put(QueryParams.INSTANSI, snapshot.instansi().code());
            params.put(QueryParams.YEAR, String.valueOf(snapshot.year()));
        }
        params.put(SLIDE, String.valueOf(slideNumber));
        if (anonymous.getValue()) {
            params.put(ANONYMOUS, "1");
        }
        return params;
    }

    private static int slideNumber(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}")) {
            return 1;
        }
        return Math.max(1, Math.min(total(), Integer.parseInt(text.strip())));
    }

    // ---- frame ----

    private Component createBar() {
        anonymous.setLabel(getTranslation("rakor.anonymous"));
        anonymous.addClassName("rakor-anonymous");
        anonymous.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(
                        snapshot == null ? null : snapshot.instansi().code(),
                        snapshot == null ? null : snapshot.year(),
                        e.getValue());
            }
        });
        Anchor pdf = new Anchor(download(ReportService.ReportFormat.PDF), getTranslation("rakor.downloadPdf"));
        pdf.addClassName("rakor-pdf");
        Anchor xlsx = new Anchor(download(ReportService.ReportFormat.XLSX), getTranslation("rakor.downloadXlsx"));
        xlsx.addClassName("rakor-xlsx");
        fullscreen.setText(getTranslation("rakor.fullscreen"));
        fullscreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fullscreen.addClassName("rakor-fullscreen");
        // full screen needs the user's own gesture: handled in the browser, not through the server
        fullscreen
                .getElement()
                .executeJs(
                        "this.addEventListener('click', () => { const d = document;"
                                + " if (d.fullscreenElement) { d.exitFullscreen(); } else { d.documentElement.requestFullscreen(); } });");
        exit.setText(getTranslation("rakor.exit"));
        exit.addClassName("rakor-exit");
        Div actions = new Div(anonymous, pdf, xlsx, fullscreen, exit);
        actions.addClassName("rakor-bar-actions");
        Div bar = new Div(selection, actions);
        bar.addClassName("rakor-bar");
        return bar;
    }

    private Component createFoot() {
        previous.setAriaLabel(getTranslation("rakor.previous"));
        previous.setTooltipText(getTranslation("rakor.previous"));
        previous.addClassName("rakor-previous");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> go(slide - 1));
        next.setAriaLabel(getTranslation("rakor.next"));
        next.setTooltipText(getTranslation("rakor.next"));
        next.addClassName("rakor-next");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(e -> go(slide + 1));
        counter.addClassName("rakor-counter");
        counter.getElement().setAttribute("aria-live", "polite");
        Div nav = new Div(previous, counter, next);
        nav.addClassName("rakor-nav");
        nav.getElement().setAttribute("title", getTranslation("rakor.keys"));
        dataPer.addClassName("rakor-data-per");
        slideName.addClassName("rakor-slide-name");
        Div foot = new Div(dataPer, nav, slideName);
        foot.addClassName("rakor-foot");
        return foot;
    }

    private void installKeys(AttachEvent event) {
        getElement().executeJs("""
                const view = this;
                if (window.__pantauRakorKeys) { document.removeEventListener('keydown', window.__pantauRakorKeys); }
                const typing = /^(textarea|select|vaadin-combo-box|vaadin-select|vaadin-text-field|vaadin-text-area|vaadin-date-picker|vaadin-dialog-overlay|vaadin-select-overlay|vaadin-combo-box-overlay)$/;
                const pressable = /^(button|a|vaadin-button|vaadin-checkbox)$/;
                window.__pantauRakorKeys = (e) => {
                  if (!view.isConnected) { document.removeEventListener('keydown', window.__pantauRakorKeys); return; }
                  if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
                  if (document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened]')) return;
                  const path = e.composedPath();
                  if (path.some(n => n.localName && (typing.test(n.localName) || n.isContentEditable
                    || (n.localName === 'input' && !/^(checkbox|radio|button|submit)$/.test(n.type))))) return;
                  let action = null;
                  switch (e.key) {
                    case 'ArrowRight': case 'PageDown': action = 'next'; break;
                    case ' ': case 'Spacebar':
                      if (path.some(n => n.localName && pressable.test(n.localName))) return;
                      action = 'next'; break;
                    case 'ArrowLeft': case 'PageUp': action = 'previous'; break;
                    case 'Home': action = 'first'; break;
                    case 'End': action = 'last'; break;
                    case 'f': case 'F':
                      e.preventDefault();
                      if (document.fullscreenElement) { document.exitFullscreen(); }
                      else { document.documentElement.requestFullscreen().catch(() => {}); }
                      return;
                    default: return;
                  }
                  e.preventDefault();
                  view.$server.key(action);
                };
                document.addEventListener('keydown', window.__pantauRakorKeys);
                """);
    }

    private void select(Instansi instansi, Integer year) {
        navigate(instansi.code(), year, anonymous.getValue());
    }

    private void navigate(String instansi, Integer year, boolean hide) {
        Map<String, String> params = new LinkedHashMap<>();
        if (instansi != null) {
            params.put(QueryParams.INSTANSI, instansi);
        }
        if (year != null) {
            params.put(QueryParams.YEAR, String.valueOf(year));
        }
        params.put(SLIDE, String.valueOf(slide + 1));
        if (hide) {
            params.put(ANONYMOUS, "1");
        }
        getUI().ifPresent(ui -> {
            ui.navigate(RakorView.class, QueryParameters.simple(params));
            // hand the keys back to the slides (a focused selector would keep the arrows)
            ui.getPage().executeJs("if (document.activeElement) { document.activeElement.blur(); }");
        });
    }

    private DownloadHandler download(ReportService.ReportFormat format) {
        return DownloadHandler.fromInputStream(event -> {
            RakorSnapshot shown = snapshot;
            if (shown == null) {
                return DownloadResponse.error(404);
            }
            ExportFile file = reports.render(shown, format, getLocale());
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    file.contentType(),
                    file.content().length);
        });
    }

    private void reload() {
        if (snapshot != null) {
            snapshot = service.snapshot(snapshot.instansi().code(), snapshot.year(), snapshot.anonymous())
                    .orElse(null);
        }
        renderSlide();
    }

    private void render() {
        if (snapshot == null) {
            stage.removeAll();
            stage.add(new Paragraph(getTranslation("rakor.noInstansi")));
            return;
        }
        selection.show(
                snapshot.overview().instansiOptions(),
                snapshot.instansi(),
                snapshot.overview().years(),
                snapshot.year());
        exit.setHref("./?"
                + QueryParams.of(QueryParams.INSTANSI, snapshot.instansi().code(), QueryParams.YEAR, snapshot.year())
                        .getQueryString());
        dataPer.setText(
                getTranslation("rakor.dataPer", TextFormat.dateTime(snapshot.builtAt())) + " \u00b7 " + filters());
        renderSlide();
    }

    private String filters() {
        return getTranslation(
                "rakor.filters",
                snapshot.instansi().name(),
                snapshot.instansi().code(),
                snapshot.year(),
                getTranslation(snapshot.anonymous() ? "rakor.filters.anonymous" : "rakor.filters.named"));
    }

    private void renderSlide() {
        stage.removeAll();
        if (snapshot == null) {
            return;
        }
        Slide current = Slide.values()[slide];
        counter.setText(getTranslation("rakor.counter", slide + 1, total()));
        slideName.setText(getTranslation(current.key));
        previous.setEnabled(slide > 0);
        next.setEnabled(slide < total() - 1);
        Section section = switch (current) {
            case TITLE -> titleSlide();
            case PREVIOUS -> previousSlide();
            case TREND -> trendSlide();
            case CHANGE -> changeSlide();
            case PROFILE -> profileSlide();
            case WEAKEST -> weakestSlide();
            case OPD -> opdSlide();
            case EVIDENCE -> evidenceSlide();
            case CLOSING -> closingSlide();
        };
        section.addClassNames("slide", "slide-" + current.name().toLowerCase());
        section.getElement().setAttribute("aria-roledescription", "slide");
        section.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("rakor.slideLabel", slide + 1, total(), getTranslation(current.key)));
        stage.add(section);
    }

    private static Section slide(String title, Component... body) {
        H1 heading = new H1(title);
        heading.addClassName("slide-heading");
        Div content = new Div(body);
        content.addClassName("slide-body");
        return new Section(heading, content);
    }

    // ---- slides ----

    private Section titleSlide() {
        Overview o = snapshot.overview();
        Image logo = pemda.logo().isEmpty()
                ? new Image("images/logo-pemda.svg", getTranslation("layout.logo", pemda.nama()))
                : new Image(
                        DownloadHandler.forFile(new File(pemda.logo())), getTranslation("layout.logo", pemda.nama()));
        logo.addClassName("title-logo");
        Span kicker = new Span(snapshot.pemdaName());
        kicker.addClassName("title-pemda");
        H1 title = new H1(getTranslation("rakor.title"));
        title.addClassName("title-main");
        H2 subtitle =
                new H2(getTranslation("rakor.subtitle", snapshot.instansi().name(), snapshot.year()));
        subtitle.addClassName("title-sub");
        Div facts = new Div(
                fact(
                        "fact-index",
                        getTranslation("rakor.fact.index", snapshot.year()),
                        TextFormat.decimal(o.current().map(YearResult::value).orElse(null))),
                predikatFact(),
                fact(
                        "fact-target",
                        getTranslation("rakor.fact.target", snapshot.year()),
                        o.target().map(t -> TextFormat.decimal(t.value())).orElse("–")));
        facts.addClassName("facts");
        Paragraph per = new Paragraph(getTranslation("rakor.dataPer", TextFormat.dateTime(snapshot.builtAt())));
        per.addClassName("title-data-per");
        Paragraph filters = new Paragraph(filters());
        filters.addClassName("title-filters");
        Div box = new Div(logo, kicker, title, subtitle, facts, per, filters);
        box.addClassName("title-box");
        Section section = new Section(box);
        return section;
    }

    private Div fact(String className, String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div fact = new Div(l, v);
        fact.addClassNames("fact", className);
        return fact;
    }

    private Div predikatFact() {
        var band = snapshot.overview().current().flatMap(YearResult::predikat);
        Div fact = fact(
                "fact-predikat",
                getTranslation("rakor.fact.predikat"),
                band.map(PredikatBand::name).orElse("–"));
        band.ifPresent(b -> fact.getChildren()
                .skip(1)
                .findFirst()
                .ifPresent(v -> v.addClassNames("predikat-badge", Predikats.badgeClass(b.rank()))));
        return fact;
    }

    private Section previousSlide() {
        if (snapshot.previousRakor().isEmpty()) {
            return slide(getTranslation("rakor.slide.previous"), note(getTranslation("rakor.slide.previous.none")));
        }
        int year = snapshot.previousRakor().get().year();
        List<ActionItem> items = snapshot.previousActions();
        String title = getTranslation("rakor.slide.previous.title", year);
        if (items.isEmpty()) {
            return slide(title, note(getTranslation("rakor.slide.previous.empty", year)));
        }
        Paragraph summary = new Paragraph(getTranslation(
                "rakor.slide.previous.summary",
                count(items, ActionStatus.SELESAI),
                items.size(),
                count(items, ActionStatus.BERJALAN),
                count(items, ActionStatus.TERBUKA)));
        summary.addClassName("slide-lead");
        return slide(title, summary, actionTable(items, "previous-actions", MAX_ROWS), more(items.size()));
    }

    private static long count(List<ActionItem> items, ActionStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    private NativeTable actionTable(List<ActionItem> items, String className, int rows) {
        boolean edit = service.canEdit();
        NativeTable table = table(
                className,
                getTranslation("rakor.action.opd"),
                getTranslation("rakor.action.what"),
                getTranslation("rakor.action.who"),
                getTranslation("rakor.action.due"),
                getTranslation("rakor.action.status"));
        for (ActionItem item : items.stream().limit(rows).toList()) {
            Component status;
            if (edit) {
                Select<ActionStatus> select = new Select<>();
                select.setItems(ActionStatus.values());
                select.setItemLabelGenerator(s -> getTranslation("rakor.action.status." + s.name()));
                select.setValue(item.status());
                select.setAriaLabel(getTranslation("rakor.action.status"));
                select.addClassName("action-status-select");
                select.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        service.setStatus(item.id(), e.getValue());
                        reload();
                    }
                });
                status = select;
            } else {
                Span text = new Span(
                        getTranslation("rakor.action.status." + item.status().name()));
                text.addClassNames(
                        "action-status", "action-status-" + item.status().name().toLowerCase());
                status = text;
            }
            row(
                    table,
                    item.status() == ActionStatus.SELESAI ? "done" : null,
                    text(item.opdName() == null ? "–" : item.opdName()),
                    text(item.what()),
                    text(item.who() == null ? "–" : item.who()),
                    text(TextFormat.date(item.due())),
                    status);
        }
        return table;
    }

    private Component more(int size) {
        return more(size, MAX_ROWS);
    }

    private Component more(int size, int shown) {
        Span more = new Span(size > shown ? getTranslation("rakor.slide.more", size - shown) : "");
        more.addClassName("slide-more");
        return more;
    }

    private Section trendSlide() {
        Overview o = snapshot.overview();
        Chart chart = new Chart();
        chart.addClassName("rakor-trend-chart");
        chart.setHeight("60vh");
        chart.setOption(ChartParts.forProjector(TrendChartOption.of(o, this::getTranslation), FONT_FACTOR));
        chart.setDescription(
                getTranslation("rakor.slide.trend.title", snapshot.instansi().name()));
        Div facts = new Div(
                fact(
                        "fact-index",
                        getTranslation("rakor.fact.index", snapshot.year()),
                        TextFormat.decimal(o.current().map(YearResult::value).orElse(null))),
                predikatFact(),
                fact(
                        "fact-change",
                        getTranslation("rakor.fact.change"),
                        o.change().map(TextFormat::signed).orElse("–")),
                fact(
                        "fact-target",
                        getTranslation("rakor.fact.target", snapshot.year()),
                        o.target().map(t -> TextFormat.decimal(t.value())).orElse("–")));
        facts.addClassNames("facts", "facts-row");
        return slide(
                getTranslation("rakor.slide.trend.title", snapshot.instansi().name()), facts, chart);
    }

    private String level() {
        return getTranslation(snapshot.overview().breakdownByAspect() ? "rakor.level.ASPECT" : "rakor.level.DOMAIN");
    }

    private Section changeSlide() {
        Overview o = snapshot.overview();
        if (o.previous().isEmpty()) {
            return slide(
                    getTranslation("rakor.slide.change.titleNone", snapshot.year()),
                    note(getTranslation("rakor.slide.change.noPrevious")));
        }
        int from = o.previous().get().year();
        String title = getTranslation("rakor.slide.change.title", from, snapshot.year(), level());
        if (snapshot.change().isEmpty()) {
            return slide(title, note(getTranslation("rakor.slide.change." + snapshot.changeUnavailable())));
        }
        var decomposition = snapshot.change().get();
        Paragraph summary = new Paragraph(getTranslation(
                "rakor.slide.change.summary",
                snapshot.instansi().name(),
                TextFormat.decimal(o.previous().get().value()),
                TextFormat.decimal(o.current().map(YearResult::value).orElse(null)),
                TextFormat.signed(o.change().orElse(null))));
        summary.addClassName("slide-lead");
        Chart chart = new Chart();
        chart.addClassName("rakor-change-chart");
        chart.setHeight("46vh");
        Map<String, Object> option =
                ChartParts.forProjector(ChangeChartOption.of(decomposition, this::getTranslation), FONT_FACTOR);
        chart.setOption(option);
        chart.setDescription(title);
        NativeTable table = table(
                "change-table",
                capitalized(level()),
                getTranslation("rakor.column.before"),
                getTranslation("rakor.column.after"),
                getTranslation("rakor.column.contribution"));
        decomposition
                .nodes()
                .forEach(c -> row(
                        table,
                        c.points().signum() < 0 ? "down" : "up",
                        text(c.name()),
                        number(TextFormat.decimal(c.before())),
                        number(TextFormat.decimal(c.after())),
                        number(TextFormat.signedPoints(c.points()))));
        Div columns = new Div(chart, table);
        columns.addClassName("slide-columns");
        Component[] body = decomposition.sameFramework()
                ? new Component[] {summary, columns}
                : new Component[] {
                    summary, hint(getTranslation("rakor.slide.change.acrossFrameworks", level())), columns
                };
        return slide(title, body);
    }

    @SuppressWarnings("unchecked")
    private static void widenLabels(Map<String, Object> option, String axis, int width) {
        if (option.get(axis) instanceof Map<?, ?> map && map.get("axisLabel") instanceof Map<?, ?> label) {
            ((Map<String, Object>) label).put("width", width);
        }
    }

    private Section profileSlide() {
        Overview o = snapshot.overview();
        String title = getTranslation("rakor.slide.profile.title", level(), snapshot.year());
        if (o.breakdown().isEmpty()) {
            return slide(capitalized(title), note(getTranslation("overview.breakdown.empty")));
        }
        Chart chart = new Chart();
        chart.addClassName("rakor-profile-chart");
        chart.setHeight("62vh");
        Map<String, Object> option =
                ChartParts.forProjector(BreakdownChartOption.of(o, this::getTranslation), FONT_FACTOR);
        widenLabels(option, "yAxis", 300);
        chart.setOption(option);
        chart.setDescription(title);
        List<Figure> aspects = o.current().map(YearResult::aspects).orElse(List.of());
        NativeTable table = table(
                "aspect-table",
                getTranslation("report.level.ASPECT"),
                getTranslation("rakor.column.weight"),
                String.valueOf(snapshot.year()));
        aspects.forEach(a -> row(
                table,
                null,
                text(a.name()),
                number(TextFormat.decimal(a.weight())),
                number(TextFormat.decimal(a.value()))));
        Div columns = new Div(chart, table);
        columns.addClassName("slide-columns");
        return slide(capitalized(title), columns);
    }

    private Section weakestSlide() {
        String title = getTranslation("rakor.slide.weakest.title", snapshot.year());
        if (snapshot.weakest().isEmpty()) {
            return slide(title, note(getTranslation("overview.weakest.empty")));
        }
        NativeTable table = table(
                "weakest-table",
                getTranslation("rakor.column.indicator"),
                getTranslation("rakor.column.value"),
                getTranslation("rakor.column.pointsLost"),
                getTranslation("rakor.column.leadOpd"));
        for (RakorSnapshot.WeakIndicator w : snapshot.weakest()) {
            var i = w.indicator();
            row(
                    table,
                    null,
                    text(i.code() + " " + i.name()),
                    text(TextFormat.decimal(i.value()) + (i.levelName() == null ? "" : " \u00b7 " + i.levelName())),
                    number(TextFormat.points(i.pointsLost())),
                    strong(w.leadOpd() == null ? "–" : w.leadOpd()));
        }
        return slide(title, hint(getTranslation("rakor.slide.weakest.hint")), table);
    }

    private Section opdSlide() {
        String title = getTranslation("rakor.slide.opd.title", snapshot.year());
        List<OpdReport.Row> ranked = snapshot.rankedOpds();
        Div left = new Div(new H2(getTranslation("rakor.slide.opd.ranking")));
        left.addClassName("slide-column");
        if (ranked.isEmpty()) {
            left.add(note(getTranslation("rakor.slide.opd.noRanking")));
        } else {
            NativeTable table = table(
                    "opd-ranking-table",
                    getTranslation("rakor.column.rank"),
                    getTranslation("rakor.column.opd"),
                    getTranslation("rakor.column.indexOpd"));
            ranked.stream()
                    .limit(MAX_ROWS)
                    .forEach(r -> row(
                            table,
                            r.weak() ? "weak" : null,
                            number(String.valueOf(r.rank())),
                            text(r.opd().name()),
                            number(TextFormat.decimal(r.index()))));
            left.add(table, more(ranked.size()));
        }
        List<OpdReport.Row> weak = snapshot.weakOpds();
        Div right = new Div(new H2(getTranslation("rakor.slide.opd.weak")));
        right.addClassName("slide-column");
        if (weak.isEmpty()) {
            right.add(note(getTranslation("rakor.slide.opd.noWeak")));
        } else {
            NativeTable table =
                    table("opd-weak-table", getTranslation("rakor.column.opd"), getTranslation("rakor.column.reasons"));
            weak.stream()
                    .limit(MAX_ROWS)
                    .forEach(r -> row(
                            table,
                            "weak",
                            strong(r.opd().name()),
                            text(r.reasons().stream()
                                    .map(reason -> getTranslation("opd.reason." + reason.name()))
                                    .collect(Collectors.joining("; ")))));
            right.add(table, more(weak.size()));
        }
        Div columns = new Div(left, right);
        columns.addClassNames("slide-columns", "slide-columns-even");
        return slide(title, columns);
    }

    private Section evidenceSlide() {
        RakorSnapshot.Evidence e = snapshot.evidence();
        if (!e.present()) {
            return slide(
                    getTranslation("rakor.slide.evidence.titleNone"),
                    note(getTranslation("rakor.slide.evidence.none")));
        }
        Paragraph counts = new Paragraph(getTranslation(
                "rakor.slide.evidence.counts",
                e.total(),
                e.verified(),
                e.uploaded(),
                e.rejected(),
                e.missing(),
                e.overdue()));
        counts.addClassName("slide-lead");
        UnorderedList deadlines = new UnorderedList();
        deadlines.addClassName("rakor-deadlines");
        for (DeadlineCountdown d : e.deadlines()) {
            Span name = new Span(d.deadline().name());
            name.addClassName("deadline-name");
            Span date = new Span(TextFormat.date(d.deadline().dueDate()));
            date.addClassName("deadline-date");
            Span left = new Span(
                    d.daysRemaining() == 0
                            ? getTranslation("rakor.deadline.today")
                            : d.passed()
                                    ? getTranslation("rakor.deadline.passed", -d.daysRemaining())
                                    : getTranslation("rakor.deadline.left", d.daysRemaining()));
            left.addClassNames("deadline-countdown", d.passed() ? "deadline-passed" : "deadline-ahead");
            ListItem item = new ListItem(name, date, left);
            item.addClassName("rakor-deadline");
            deadlines.add(item);
        }
        Div leftColumn = new Div(new H2(getTranslation("rakor.slide.evidence.deadlines")), deadlines);
        leftColumn.addClassName("slide-column");
        NativeTable table = table(
                "evidence-opd-table",
                getTranslation("rakor.column.opd"),
                getTranslation("rakor.column.verified"),
                getTranslation("rakor.column.missing"),
                getTranslation("rakor.column.overdue"));
        e.byOpd().stream()
                .limit(6)
                .forEach(o -> row(
                        table,
                        o.summary().overdue() > 0 ? "weak" : null,
                        text(o.opdName()),
                        number(o.summary().verified() + " / " + o.summary().total()),
                        number(String.valueOf(o.summary().missing())),
                        number(String.valueOf(o.summary().overdue()))));
        Div rightColumn = new Div(new H2(getTranslation("rakor.slide.evidence.byOpd")), table);
        rightColumn.addClassName("slide-column");
        Div columns = new Div(leftColumn, rightColumn);
        columns.addClassName("slide-columns");
        return slide(getTranslation("rakor.slide.evidence.title", e.year()), counts, columns);
    }

    private Section closingSlide() {
        String title = getTranslation("rakor.slide.closing.title", snapshot.year());
        Paragraph text = new Paragraph(
                snapshot.closingText().isBlank()
                        ? getTranslation("rakor.slide.closing.empty")
                        : snapshot.closingText());
        text.addClassName("closing-text");
        Div body = new Div(text);
        body.addClassName("closing-box");
        if (snapshot.actions().isEmpty()) {
            body.add(note(getTranslation("rakor.slide.closing.noActions")));
        } else {
            body.add(
                    actionTable(snapshot.actions(), "closing-actions", CLOSING_ROWS),
                    more(snapshot.actions().size(), CLOSING_ROWS));
        }
        snapshot.rakor().ifPresent(r -> body.add(hint(getTranslation("rakor.heldOn", TextFormat.date(r.heldOn())))));
        Section section = slide(title, body);
        if (service.canEdit()) {
            Button edit =
                    new Button(getTranslation("rakor.closing.edit"), VaadinIcon.EDIT.create(), e -> editClosing());
            edit.addClassName("closing-edit");
            Button add = new Button(getTranslation("rakor.action.add"), VaadinIcon.PLUS.create(), e -> addAction());
            add.addClassName("action-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div buttons = new Div(edit, add);
            buttons.addClassName("closing-buttons");
            section.add(buttons);
        }
        return section;
    }

    private void editClosing() {
        Dialog dialog = new Dialog();
        dialog.addClassName("rakor-closing-dialog");
        dialog.setHeaderTitle(getTranslation("rakor.closing.edit"));
        TextArea area = new TextArea(getTranslation("rakor.closing.label"));
        area.setMaxLength(4000);
        area.setWidthFull();
        area.setMinHeight("12rem");
        area.setValue(snapshot.closingText());
        area.addClassName("closing-area");
        com.vaadin.flow.component.datepicker.DatePicker heldOn =
                new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("rakor.closing.heldOn"));
        heldOn.setLocale(Messages.INDONESIAN);
        heldOn.addClassName("closing-held-on");
        snapshot.rakor().ifPresent(r -> heldOn.setValue(r.heldOn()));
        dialog.add(heldOn, area);
        Button save = new Button(getTranslation("rakor.save"), e -> {
            service.saveClosing(snapshot.instansi().code(), snapshot.year(), area.getValue(), heldOn.getValue());
            dialog.close();
            notify(getTranslation("rakor.closing.saved"));
            reload();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("closing-save");
        dialog.getFooter().add(new Button(getTranslation("rakor.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    private void addAction() {
        ActionDialog dialog = new ActionDialog(snapshot.opdChoices(), null, a -> {
            service.addAction(snapshot.instansi().code(), snapshot.year(), a.opdId(), a.what(), a.who(), a.due());
            notify(getTranslation("rakor.action.saved"));
            reload();
        });
        dialog.open();
    }

    private static void notify(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    // ---- building blocks ----

    private static NativeTable table(String className, String... headers) {
        NativeTable table = new NativeTable();
        table.addClassNames("slide-table", className);
        NativeTableRow head = new NativeTableRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().add(head);
        table.getBody();
        return table;
    }

    private static void row(NativeTable table, String className, Component... cells) {
        NativeTableRow row = new NativeTableRow();
        if (className != null) {
            row.addClassName(className);
        }
        for (Component c : cells) {
            NativeTableCell cell = new NativeTableCell(c);
            if (c.getClassNames().contains("number")) {
                cell.addClassName("number");
            }
            row.add(cell);
        }
        NativeTableBody body = table.getBody();
        body.add(row);
    }

    private static Span text(String value) {
        return new Span(Objects.requireNonNullElse(value, "–"));
    }

    private static Span strong(String value) {
        Span span = text(value);
        span.addClassName("strong");
        return span;
    }

    private static Span number(String value) {
        Span span = text(value);
        span.addClassName("number");
        return span;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("slide-note");
        return p;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("slide-hint");
        return p;
    }

    private String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
