package id.pantauspbe.access.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditEvent;
import id.pantauspbe.access.AuditFilter;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.AuditText;
import id.pantauspbe.access.OpdDirectory;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.DateFields;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Jejak audit" (coordinators only): who changed which value, status, stage or account, from what
 * to what, when and in which stage; filterable, read only. URL: {@code
 * /audit?pengguna=bappeda&jenis=VALUE&tahun=2026&tahap=MANDIRI&cari=I2&dari=2026-11-01&sampai=2026-11-30}.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 21, icon = "RECORDS")
@RolesAllowed("ADMIN")
public class AuditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String USER = "pengguna";
    static final String KIND = "jenis";
    static final String STAGE = "tahap";
    static final String TEXT = "cari";
    static final String FROM = "dari";
    static final String TO = "sampai";
    private static final List<String> STAGES = List.of("MANDIRI", "DOKUMEN", "INTERVIU", "VISITASI", "FINAL");

    private final transient AuditService audit;
    private final transient AuditText words;
    private final ComboBox<String> user = new ComboBox<>();
    private final Select<AuditAction.Entity> kind = new Select<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Select<String> stage = new Select<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private boolean updating;

    public AuditView(AuditService audit, OpdDirectory opds) {
        this.audit = audit;
        Map<Long, String> opdNames = opds.homeOpds().stream()
                .collect(Collectors.toMap(OpdDirectory.Entry::id, OpdDirectory.Entry::name, (a, b) -> a));
        this.words = new AuditText(getLocale(), opdNames::get);
        addClassNames("analysis", "audit-view");
        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("view-intro");
        user.setLabel(getTranslation("audit.filter.user"));
        user.setClearButtonVisible(true);
        user.addClassName("filter-user");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(AuditAction.Entity.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.filter.all"));
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("audit.filter.all") : getTranslation("audit.entity." + k.name()));
        kind.addClassName("filter-kind");
        year.setLabel(getTranslation("audit.filter.year"));
        year.setItems(
                java.util.stream.IntStream.rangeClosed(2018, LocalDate.now().getYear() + 1)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setClearButtonVisible(true);
        year.addClassName("filter-year");
        stage.setLabel(getTranslation("audit.filter.stage"));
        stage.setItems(STAGES);
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("audit.filter.all"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("audit.filter.all") : getTranslation("stage." + s));
        stage.addClassName("filter-stage");
        text.setLabel(getTranslation("audit.filter.text"));
        text.setPlaceholder(getTranslation("audit.filter.textHint"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addClassName("filter-text");
        from.setLabel(getTranslation("audit.filter.from"));
        DateFields.configure(from);
        to.setLabel(getTranslation("audit.filter.to"));
        DateFields.configure(to);
        user.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        year.addValueChangeListener(e -> filterChanged());
        stage.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        Div filters = new Div(user, kind, year, stage, text, from, to);
        filters.addClassName("selection-bar");
        Div header = ViewHeader.of(getTranslation("audit.title"), filters);

        grid.addClassName("audit-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> TextFormat.timestamp(e.at()))
                .setHeader(getTranslation("audit.col.at"))
                .setKey("at")
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::username)
                .setHeader(getTranslation("audit.col.user"))
                .setKey("user")
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.col.action"))
                .setKey("action")
                .setAutoWidth(true);
        grid.addColumn(e -> words.words(e.key()))
                .setHeader(getTranslation("audit.col.key"))
                .setKey("key")
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(e -> e.year() == null ? "" : String.valueOf(e.year()))
                .setHeader(getTranslation("audit.col.year"))
                .setKey("year")
                .setAutoWidth(true);
        grid.addColumn(e -> e.stage() == null ? "" : getTranslation("stage." + e.stage()))
                .setHeader(getTranslation("audit.col.stage"))
                .setKey("stage")
                .setAutoWidth(true);
        grid.addColumn(e -> words.words(e.oldValue()))
                .setHeader(getTranslation("audit.col.old"))
                .setKey("old")
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(e -> words.words(e.newValue()))
                .setHeader(getTranslation("audit.col.new"))
                .setKey("new")
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setTooltipGenerator(e -> e.detail() == null ? "" : e.detail())
                .setHeader(getTranslation("audit.col.detail"))
                .setKey("detail")
                .setWidth("16rem")
                .setFlexGrow(2);
        count.addClassName("audit-count");
        Div content = new Div(header, intro, count, grid);
        content.addClassName("analysis-content");
        add(content);
    }

    private void filterChanged() {
        if (updating) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(
                AuditView.class,
                QueryParams.of(
                        USER,
                        user.getValue(),
                        KIND,
                        kind.getValue(),
                        QueryParams.YEAR,
                        year.getValue(),
                        STAGE,
                        stage.getValue(),
                        TEXT,
                        text.getValue().isBlank() ? null : text.getValue().strip(),
                        FROM,
                        from.getValue(),
                        TO,
                        to.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Location location = event.getLocation();
        updating = true;
        user.setItems(audit.usernames());
        user.setValue(QueryParams.first(location, USER));
        kind.setValue(entity(QueryParams.first(location, KIND)));
        year.setValue(QueryParams.year(QueryParams.first(location, QueryParams.YEAR)));
        String s = QueryParams.first(location, STAGE);
        stage.setValue(s != null && STAGES.contains(s.toUpperCase()) ? s.toUpperCase() : null);
        String t = QueryParams.first(location, TEXT);
        text.setValue(t == null ? "" : t);
        from.setValue(date(QueryParams.first(location, FROM)));
        to.setValue(date(QueryParams.first(location, TO)));
        updating = false;
        AuditFilter filter = new AuditFilter(
                user.getValue(),
                kind.getValue(),
                null,
                year.getValue(),
                stage.getValue(),
                text.getValue(),
                from.getValue(),
                to.getValue());
        // read lazily, a page at a time: a trail of years holds hundreds of thousands of events
        int total = audit.count(filter);
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(), query -> total);
        count.setText(getTranslation("audit.count", TextFormat.integer(total)));
    }

    private static AuditAction.Entity entity(String code) {
        try {
            return code == null ? null : AuditAction.Entity.valueOf(code.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle");
    }
}
