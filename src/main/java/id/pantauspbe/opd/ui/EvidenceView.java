package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.StageSchedule;
import id.pantauspbe.evaluation.ui.SelectionBar;
import id.pantauspbe.evaluation.ui.Selections;
import id.pantauspbe.opd.EvidenceFileService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceRules;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.EvidenceUpdate;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.StaleEvidenceException;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Data dukung": the stage deadlines of a year with a countdown, the overdue evidence per OPD, what
 * each indicator's next level still needs, and the checklist filterable by OPD, indicator and status.
 * Users allowed to edit an item do so in a dialog; an ADMIN carries last year's checklist forward.
 * URL: {@code /data-dukung?instansi=CONTOH&tahun=2026&opd=13&indikator=I19&status=DITOLAK}.
 */
@Route("data-dukung")
@Menu(title = "nav.evidence", order = 6, icon = "FILE_TEXT_O")
@PermitAll
public class EvidenceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String OPD = "opd";
    static final String INDICATOR = "indikator";
    static final String STATUS = "status";

    private final transient EvidenceService evidence;
    private final transient EvidenceFileService files;
    private final transient SelectionService selections;
    private final transient OpdService opds;
    private final transient CycleService cycle;
    private final SelectionBar selection;
    private final ComboBox<Opd> opdFilter = new ComboBox<>();
    private final ComboBox<String> indicatorFilter = new ComboBox<>();
    private final Select<EvidenceStatus> statusFilter = new Select<>();
    private final Div content = new Div();
    private Instansi instansi;
    private Integer year;
    private StageSchedule openStage;
    private boolean updating;

    public EvidenceView(
            EvidenceService evidence,
            EvidenceFileService files,
            SelectionService selections,
            OpdService opds,
            CycleService cycle) {
        this.evidence = evidence;
        this.cycle = cycle;
        this.files = files;
        this.selections = selections;
        this.opds = opds;
        addClassNames("analysis", "evidence-view");
        selection = new SelectionBar((i, y) -> navigate(i.code(), y, null, null, null));
        opdFilter.setLabel(getTranslation("evidence.filter.opd"));
        opdFilter.setItemLabelGenerator(Opd::name);
        opdFilter.setClearButtonVisible(true);
        opdFilter.addClassName("filter-opd");
        indicatorFilter.setLabel(getTranslation("evidence.filter.indicator"));
        indicatorFilter.setClearButtonVisible(true);
        indicatorFilter.addClassName("filter-indicator");
        statusFilter.setLabel(getTranslation("evidence.filter.status"));
        statusFilter.setItems(EvidenceStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("evidence.filter.allStatus"));
        statusFilter.setItemLabelGenerator(
                s -> s == null ? getTranslation("evidence.filter.allStatus") : getTranslation("evidence.status." + s));
        statusFilter.addClassName("filter-status");
        opdFilter.addValueChangeListener(e -> filterChanged());
        indicatorFilter.addValueChangeListener(e -> filterChanged());
        statusFilter.addValueChangeListener(e -> filterChanged());
        selection.addControl(opdFilter);
        selection.addControl(indicatorFilter);
        selection.addControl(statusFilter);
        content.addClassName("analysis-content");
        add(content);
    }

    private void filterChanged() {
        if (!updating && instansi != null) {
            navigate(
                    instansi.code(),
                    year,
                    opdFilter.getValue() == null ? null : opdFilter.getValue().id(),
                    indicatorFilter.getValue(),
                    statusFilter.getValue());
        }
    }

    private void navigate(String code, Integer y, Long opd, String indicator, EvidenceStatus status) {
        getUI().ifPresent(ui -> ui.navigate(
                EvidenceView.class,
                QueryParams.of(
                        QueryParams.INSTANSI,
                        code,
                        QueryParams.YEAR,
                        y,
                        OPD,
                        opd,
                        INDICATOR,
                        indicator,
                        STATUS,
                        status)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        var location = event.getLocation();
        Integer requested = QueryParams.year(QueryParams.first(location, QueryParams.YEAR));
        Instansi found = selections
                .instansi(QueryParams.first(location, QueryParams.INSTANSI))
                .orElse(null);
        // years with evidence, and a requested year, may be chosen to prepare their checklist
        List<Integer> extra = new ArrayList<>(found == null ? List.of() : evidence.years(found.code()));
        if (requested != null) {
            extra.add(requested);
        }
        Selection chosen = Selections.work(selections, location, extra).orElse(null);
        if (chosen == null) {
            content.add(ViewHeader.noInstansi());
            return;
        }
        instansi = chosen.instansi();
        year = chosen.year();
        List<EvidenceItem> items = year == null ? List.of() : evidence.items(instansi.code(), year);
        List<Opd> registry = opds.list(instansi.code());
        showFilters(location, chosen, items, registry);
        Div header =
                ViewHeader.of(getTranslation("evidence.title", instansi.name(), year == null ? "–" : year), selection);
        content.add(header);
        if (year == null) {
            return;
        }
        Map<Long, String> opdNames = registry.stream().collect(Collectors.toMap(Opd::id, Opd::name));
        List<EvidenceItem> shown = EvidenceRules.filter(
                items,
                opdFilter.getValue() == null ? null : opdFilter.getValue().id(),
                indicatorFilter.getValue(),
                statusFilter.getValue());
        openStage = cycle.openStage(instansi.code(), year).orElse(null);
        if (items.isEmpty()) {
            // an empty year has nothing overdue and nothing missing: it has no checklist yet
            Section empty = new Section(
                    new H3(getTranslation("evidence.empty.title", year)),
                    new Paragraph(getTranslation("evidence.empty", year)));
            empty.addClassNames("card", "evidence-empty");
            Div top = new Div(deadlinesCard(), empty);
            top.addClassName("evidence-top");
            content.add(top, createChecklist(items, shown));
            return;
        }
        Div top = new Div(
                deadlinesCard(), new EvidenceOverdueCard(evidence.overdueByOpd(instansi.code(), year), opdNames));
        top.addClassName("evidence-top");
        content.add(
                top,
                new EvidenceNextLevelCard(evidence.nextLevelNeeds(instansi.code(), year, indicatorFilter.getValue())),
                createChecklist(items, shown));
    }

    private void showFilters(
            com.vaadin.flow.router.Location location, Selection chosen, List<EvidenceItem> items, List<Opd> registry) {
        updating = true;
        selection.show(chosen);
        opdFilter.setItems(registry);
        String opd = QueryParams.first(location, OPD);
        opdFilter.setValue(registry.stream()
                .filter(o -> String.valueOf(o.id()).equals(opd))
                .findFirst()
                .orElse(null));
        Map<String, String> indicators = new LinkedHashMap<>();
        items.forEach(i -> indicators.putIfAbsent(i.indicatorCode(), i.indicatorName()));
        indicatorFilter.setItems(List.copyOf(indicators.keySet()));
        indicatorFilter.setItemLabelGenerator(code -> code + " " + indicators.getOrDefault(code, ""));
        String indicator = QueryParams.first(location, INDICATOR);
        indicatorFilter.setValue(indicators.containsKey(indicator) ? indicator : null);
        String status = QueryParams.first(location, STATUS);
        statusFilter.setValue(java.util.Arrays.stream(EvidenceStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null));
        updating = false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence.pageTitle");
    }

    private EvidenceDeadlinesCard deadlinesCard() {
        return new EvidenceDeadlinesCard(evidence.deadlines(instansi.code(), year), openStage);
    }

    private Section createChecklist(List<EvidenceItem> all, List<EvidenceItem> shown) {
        Section card = new Section();
        card.addClassNames("card", "checklist-card");
        H3 heading = new H3(getTranslation("evidence.checklist"));
        Div bar = new Div(heading);
        bar.addClassName("card-header");
        if (evidence.canManage()) {
            Button add = new Button(getTranslation("evidence.add"), VaadinIcon.PLUS.create(), e -> openAdd());
            add.addClassName("evidence-add");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(add);
        }
        if (evidence.canCarryForward()) {
            Button carry = new Button(
                    getTranslation("evidence.carryForward", year - 1), VaadinIcon.ARROW_FORWARD.create(), e -> {
                        int copied = evidence.carryForward(instansi.code(), year - 1, year);
                        Notification.show(getTranslation("evidence.carried", copied, year - 1))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                    });
            carry.addClassName("evidence-carry");
            carry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(carry);
        }
        long verified = all.stream()
                .filter(i -> i.status() == EvidenceStatus.DIVERIFIKASI)
                .count();
        long reconfirm = all.stream().filter(EvidenceItem::needsReconfirmation).count();
        Paragraph summary = new Paragraph(
                getTranslation("evidence.checklist.summary", shown.size(), all.size(), verified, reconfirm));
        summary.addClassNames("card-hint", "checklist-summary");
        EvidenceGrid grid = new EvidenceGrid(evidence.today(), evidence.editable(), this::edit);
        grid.setFiles(files.filesOfYear(instansi.code(), year), files.readable());
        grid.show(shown);
        Paragraph links = new Paragraph(
                getTranslation("evidence.linksOnly", files.maxSize().toBytes() / (1024.0 * 1024.0)));
        links.addClassName("card-hint");
        card.add(bar, summary, grid, links);
        return card;
    }

    private void openAdd() {
        LocalDate defaultDue = evidence.deadlines(instansi.code(), year).stream()
                .map(d -> d.deadline().dueDate())
                .findFirst()
                .orElse(null);
        new EvidenceAddDialog(evidence.indicators(year), opds.list(instansi.code()), defaultDue, item -> {
                    try {
                        evidence.add(
                                instansi.code(),
                                year,
                                item.indicatorCode(),
                                item.level(),
                                item.title(),
                                item.opdId(),
                                EvidenceStatus.BELUM,
                                item.dueDate());
                    } catch (UserMessageException refused) {
                        Notices.error(refused);
                        return;
                    }
                    Notification.show(getTranslation("evidence.added"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                })
                .open();
    }

    private void edit(EvidenceItem item) {
        EvidenceDialog[] holder = new EvidenceDialog[1];
        holder[0] = new EvidenceDialog(item, files, update -> save(holder[0], update));
        holder[0].setOnFilesChanged(() -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)));
        holder[0].open();
    }

    private void save(EvidenceDialog dialog, EvidenceUpdate update) {
        try {
            evidence.update(update);
        } catch (StaleEvidenceException e) {
            dialog.showError(getTranslation(
                    "evidence.stale",
                    e.changedBy() == null ? "–" : e.changedBy(),
                    e.changedAt() == null ? "–" : TextFormat.dateTime(e.changedAt())));
            return;
        } catch (AccessDeniedException e) {
            dialog.showError(getTranslation("evidence.denied"));
            return;
        } catch (UserMessageException e) {
            dialog.showError(getTranslation(e.key(), e.params()));
            return;
        }
        dialog.close();
        Notification.show(getTranslation("evidence.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
    }
}
