package id.pantauspbe.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Confirm;
import id.pantauspbe.base.ui.DateFields;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.StageSchedule;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Tahapan": the five stages of a year with their dates and state. Everyone reads it; a coordinator
 * plans the dates and opens or closes a stage (one at a time). URL: {@code /tahapan?tahun=2026}.
 */
@Route("tahapan")
@Menu(title = "nav.cycle", order = 8, icon = "CALENDAR")
@PermitAll
public class CycleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CycleService cycle;
    private final transient SelectionService selections;
    private final boolean admin;
    private final SelectionBar selection;
    private final Div content = new Div();
    private Instansi instansi;
    private Integer year;

    public CycleView(CycleService cycle, SelectionService selections, CurrentUser currentUser) {
        this.cycle = cycle;
        this.selections = selections;
        this.admin = currentUser.hasRole(Role.ADMIN);
        addClassNames("analysis", "cycle-view");
        selection = new SelectionBar((i, y) -> getUI().ifPresent(ui ->
                ui.navigate(CycleView.class, QueryParams.of(QueryParams.INSTANSI, i.code(), QueryParams.YEAR, y))));
        content.addClassName("analysis-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        // the stages of the home Pemda only: other instansi are evaluated elsewhere
        Selection chosen = selections
                .work(null, QueryParams.year(QueryParams.first(event.getLocation(), QueryParams.YEAR)), List.of())
                .orElse(null);
        if (chosen == null) {
            content.add(ViewHeader.noInstansi());
            return;
        }
        instansi = chosen.instansi();
        year = chosen.year();
        selection.show(List.of(instansi), instansi, chosen.years(), year);
        render();
    }

    private void render() {
        content.removeAll();
        Div header = ViewHeader.of(
                getTranslation("cycle.title", instansi.name(), year == null ? "–" : String.valueOf(year)), selection);
        Paragraph about = new Paragraph(getTranslation(admin ? "cycle.about.admin" : "cycle.about"));
        about.addClassName("view-intro");
        content.add(header, about);
        if (year == null) {
            return;
        }
        Grid<StageSchedule> grid = new Grid<>();
        grid.addClassName("cycle-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> getTranslation("stage." + s.stage().name()))
                .setHeader(getTranslation("cycle.col.stage"))
                .setKey("stage")
                .setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(this::createDates)
                    .setHeader(getTranslation("cycle.col.dates"))
                    .setKey("dates")
                    .setAutoWidth(true);
        } else {
            grid.addColumn(s -> TextFormat.date(s.opensOn()) + " – " + TextFormat.date(s.closesOn()))
                    .setHeader(getTranslation("cycle.col.dates"))
                    .setKey("dates")
                    .setAutoWidth(true);
        }
        grid.addComponentColumn(this::createState)
                .setHeader(getTranslation("cycle.col.state"))
                .setKey("state")
                .setAutoWidth(true);
        grid.addColumn(s -> s.changedBy() == null ? "" : s.changedBy())
                .setHeader(getTranslation("cycle.col.changedBy"))
                .setKey("changedBy")
                .setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(this::createActions)
                    .setHeader(getTranslation("cycle.col.actions"))
                    .setKey("actions")
                    .setAutoWidth(true);
        }
        grid.setItems(cycle.schedule(instansi.code(), year));
        content.add(grid);
    }

    private Component createState(StageSchedule s) {
        Span state = new Span(getTranslation("stage.state." + s.state().name()));
        state.addClassNames("stage-state", "stage-state-" + s.state().name().toLowerCase());
        if (s.overdue(cycle.today())) {
            Span late = new Span(getTranslation("cycle.overdue"));
            late.addClassName("countdown-over");
            return new Div(state, late);
        }
        return state;
    }

    private Component createDates(StageSchedule s) {
        DatePicker opens = new DatePicker(s.opensOn());
        opens.setAriaLabel(getTranslation(
                "cycle.opens", getTranslation("stage." + s.stage().name())));
        opens.setPlaceholder(getTranslation("cycle.opensShort"));
        DateFields.configure(opens);
        DatePicker closes = new DatePicker(s.closesOn());
        closes.setAriaLabel(getTranslation(
                "cycle.closes", getTranslation("stage." + s.stage().name())));
        closes.setPlaceholder(getTranslation("cycle.closesShort"));
        DateFields.configure(closes);
        Button save = new Button(
                getTranslation("cycle.saveDates"),
                e -> act(() -> cycle.plan(instansi.code(), year, s.stage(), opens.getValue(), closes.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClassName("save-dates-" + s.stage().code());
        Div dates = new Div(opens, closes, save);
        dates.addClassName("cycle-dates");
        return dates;
    }

    private Component createActions(StageSchedule s) {
        String stageName = getTranslation("stage." + s.stage().name());
        // opening or closing changes who may write values: asked first, with what it means
        Button button = s.open()
                ? new Button(
                        getTranslation("cycle.close"),
                        e -> Confirm.ask(
                                getTranslation("cycle.confirm.close.title", stageName, year),
                                getTranslation("cycle.confirm.close", stageName, year),
                                getTranslation("cycle.close"),
                                () -> act(() -> cycle.close(instansi.code(), year, s.stage()))))
                : new Button(
                        getTranslation("cycle.open"),
                        e -> Confirm.ask(
                                getTranslation("cycle.confirm.open.title", stageName, year),
                                getTranslation(
                                        year < cycle.today().getYear() || s.state() == StageSchedule.State.CLOSED
                                                ? "cycle.confirm.reopen"
                                                : "cycle.confirm.open",
                                        stageName,
                                        year),
                                getTranslation("cycle.open"),
                                () -> act(() -> cycle.open(instansi.code(), year, s.stage()))));
        button.addClassName((s.open() ? "close-" : "open-") + s.stage().code());
        if (!s.open()) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void act(Supplier<StageSchedule> action) {
        try {
            StageSchedule s = action.get();
            Notification.show(getTranslation(
                            "cycle.saved",
                            getTranslation("stage." + s.stage().name()),
                            getTranslation("stage.state." + s.state().name())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (UserMessageException e) {
            Notification.show(getTranslation(e.key(), e.params()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.pageTitle");
    }
}
