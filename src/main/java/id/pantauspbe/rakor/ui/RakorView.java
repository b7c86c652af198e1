package id.pantauspbe.rakor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import id.pantauspbe.base.PemdaSettings;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.rakor.RakorService;
import id.pantauspbe.rakor.RakorSnapshot;
import id.pantauspbe.rakor.ReportService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rakor presentation: the frame around full screen slides built from one snapshot of the
 * current data, for a projector. State in the URL ({@code /rakor?instansi=CONTOH&tahun=2021&slide=3&anonim=1}),
 * so a reload keeps the place. Keys (see {@code rakor-keys.ts}): → Space PageDown next, ← PageUp
 * previous, Home, End, F full screen, Esc leaves full screen (the browser's own).
 */
@Route(value = "rakor", autoLayout = false)
@Menu(title = "nav.rakor", order = 7, icon = "PRESENTATION")
@PermitAll
@JsModule("./rakor-keys.ts")
public class RakorView extends Div implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    static final String SLIDE = "slide";
    static final String ANONYMOUS = "anonim";
    /** Edit mode (ADMIN, ASESOR): the controls to record agreements; never shown while presenting. */
    static final String EDIT = "edit";
    /** Text on charts is this much larger than on the dashboard. */
    static final double FONT_FACTOR = 1.75;

    /** The slides, in order. */
    private static final List<Slide> SLIDES = List.of(
            new TitleSlide(),
            new PreviousSlide(),
            new TrendSlide(),
            new ChangeSlide(),
            new ProfileSlide(),
            new WeakestSlide(),
            new OpdSlide(),
            new EvidenceSlide(),
            new TargetSlide(),
            new ClosingSlide());

    private final transient RakorService service;
    private final transient ReportService reports;
    private final transient PemdaSettings pemda;
    private final SelectionBar selection = new SelectionBar(this::select);
    private final Checkbox anonymous = new Checkbox();
    private final Checkbox editMode = new Checkbox();
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
        String instansi = QueryParams.first(location, QueryParams.INSTANSI);
        Integer year = QueryParams.year(QueryParams.first(location, QueryParams.YEAR));
        boolean hide = "1".equals(QueryParams.first(location, ANONYMOUS));
        String key = instansi + "|" + year + "|" + hide;
        if (snapshot == null || !key.equals(loaded)) {
            snapshot = service.snapshot(instansi, year, hide).orElse(null);
            loaded = key;
        }
        slide = slideNumber(QueryParams.first(location, SLIDE)) - 1;
        anonymous.setValue(hide);
        editMode.setVisible(service.canEdit());
        editMode.setValue(service.canEdit() && "1".equals(QueryParams.first(location, EDIT)));
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
        return SLIDES.size();
    }

    /** A key from the browser (rakor-keys.ts): next, previous, first or last. */
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
        if (editMode.getValue()) {
            params.put(EDIT, "1");
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
        editMode.setLabel(getTranslation("rakor.editMode"));
        editMode.setTooltipText(getTranslation("rakor.editMode.hint"));
        editMode.addClassName("rakor-edit-mode");
        editMode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                renderSlide();
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
            }
        });
        Anchor pdf = new Anchor(download(ReportService.ReportFormat.PDF), getTranslation("rakor.downloadPdf"));
        pdf.addClassName("rakor-pdf");
        Anchor xlsx = new Anchor(download(ReportService.ReportFormat.XLSX), getTranslation("rakor.downloadXlsx"));
        xlsx.addClassName("rakor-xlsx");
        fullscreen.setText(getTranslation("rakor.fullscreen"));
        fullscreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fullscreen.addClassName("rakor-fullscreen");
        // full screen needs the user's own gesture: handled in the browser (rakor-keys.ts)
        fullscreen.getElement().executeJs("window.pantauRakor?.bindFullscreen(this)");
        exit.setText(getTranslation("rakor.exit"));
        exit.addClassName("rakor-exit");
        Div actions = new Div(anonymous, editMode, pdf, xlsx, fullscreen, exit);
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
        getElement().executeJs("window.pantauRakor?.installKeys(this)");
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
        if (editMode.getValue()) {
            params.put(EDIT, "1");
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
        dataPer.setText(getTranslation("rakor.dataPer", TextFormat.dateTime(snapshot.builtAt())) + " \u00b7 "
                + context().filters());
        renderSlide();
    }

    private SlideContext context() {
        return new SlideContext(
                snapshot, service, pemda, editMode.getValue() && service.canEdit(), this::getTranslation, this::reload);
    }

    private void renderSlide() {
        stage.removeAll();
        if (snapshot == null) {
            return;
        }
        Slide current = SLIDES.get(slide);
        String name = getTranslation(current.key());
        counter.setText(getTranslation("rakor.counter", slide + 1, total()));
        slideName.setText(name);
        previous.setEnabled(slide > 0);
        next.setEnabled(slide < total() - 1);
        Section section = current.render(context());
        section.addClassNames("slide", "slide-" + current.name());
        section.getElement().setAttribute("aria-roledescription", "slide");
        section.getElement().setAttribute("aria-label", getTranslation("rakor.slideLabel", slide + 1, total(), name));
        stage.add(section);
    }
}
