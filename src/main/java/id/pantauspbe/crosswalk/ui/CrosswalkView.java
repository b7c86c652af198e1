package id.pantauspbe.crosswalk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Confirm;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.crosswalk.CrosswalkPair;
import id.pantauspbe.crosswalk.CrosswalkService;
import id.pantauspbe.crosswalk.Setara;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Pemetaan setara" (coordinators only): the project's own crosswalk between consecutive
 * frameworks, pair by pair with its reason; a pair can be added, its reason changed (select the
 * row) or removed. Shipped from {@code reference/spbe/crosswalk-*.csv}, loaded once.
 */
@Route("pemetaan-setara")
@Menu(title = "nav.setara", order = 23, icon = "CONNECT")
@RolesAllowed("ADMIN")
public class CrosswalkView extends Main implements HasDynamicTitle {

    private final transient CrosswalkService service;
    private final Grid<Setara.PairRow> grid = new Grid<>();
    private final Select<CrosswalkService.Boundary> boundary = new Select<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField reason = new TextField();
    private final Button save = new Button();
    private Setara.PairRow selected;

    public CrosswalkView(CrosswalkService service) {
        this.service = service;
        addClassName("crosswalk-view");
        H2 title = new H2(getTranslation("setara.admin.title"));
        title.addClassName("view-title");
        Paragraph disclaimer = new Paragraph(getTranslation("setara.disclaimer"));
        disclaimer.addClassNames("card-hint", "setara-disclaimer");
        Paragraph hint = new Paragraph(getTranslation("setara.admin.hint"));
        hint.addClassName("card-hint");

        boundary.setLabel(getTranslation("setara.admin.boundary"));
        boundary.setItems(service.boundaries());
        boundary.setItemLabelGenerator(b -> b.lastYear() + " → " + b.firstYear());
        service.boundaries().stream().findFirst().ifPresent(boundary::setValue);
        boundary.addClassName("setara-boundary");
        from.setLabel(getTranslation("setara.admin.from"));
        from.addClassName("setara-from");
        from.setWidth("8em");
        to.setLabel(getTranslation("setara.admin.to"));
        to.addClassName("setara-to");
        to.setWidth("8em");
        reason.setLabel(getTranslation("setara.admin.reason"));
        reason.setMaxLength(500);
        reason.addClassName("setara-reason");
        reason.setWidth("28em");
        save.setText(getTranslation("setara.admin.add"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("setara-save");
        save.addClickListener(e -> save());
        Div form = new Div(boundary, from, to, reason, save);
        form.addClassNames("filters", "setara-form");

        grid.addColumn(r -> r.fromRegulation() + " " + r.pair().fromIndicator() + " " + r.fromName())
                .setHeader(getTranslation("setara.admin.from"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.toRegulation() + " " + r.pair().toIndicator() + " " + r.toName())
                .setHeader(getTranslation("setara.admin.to"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.pair().reason())
                .setHeader(getTranslation("setara.admin.reason"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::deleteButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("setara-grid");
        grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        add(title, disclaimer, hint, form, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setara.admin.pageTitle");
    }

    private void select(Setara.PairRow row) {
        selected = row;
        boolean editing = row != null;
        from.setValue(editing ? row.pair().fromIndicator() : "");
        to.setValue(editing ? row.pair().toIndicator() : "");
        reason.setValue(editing ? row.pair().reason() : "");
        from.setReadOnly(editing);
        to.setReadOnly(editing);
        boundary.setReadOnly(editing);
        save.setText(getTranslation(editing ? "setara.admin.saveReason" : "setara.admin.add"));
    }

    private void save() {
        try {
            if (selected != null) {
                CrosswalkPair p = selected.pair();
                service.savePair(new CrosswalkPair(
                        p.id(),
                        p.fromFramework(),
                        p.fromIndicator(),
                        p.toFramework(),
                        p.toIndicator(),
                        reason.getValue()));
            } else {
                CrosswalkService.Boundary b = boundary.getValue();
                if (b == null) {
                    return;
                }
                service.savePair(new CrosswalkPair(
                        null, b.fromFramework(), from.getValue(), b.toFramework(), to.getValue(), reason.getValue()));
            }
            Notices.success("setara.admin.saved");
            grid.deselectAll();
            select(null);
            refresh();
        } catch (UserMessageException refused) {
            Notices.error(refused);
        }
    }

    private Button deleteButton(Setara.PairRow row) {
        Button delete = new Button(
                getTranslation("setara.admin.delete"),
                e -> Confirm.ask(
                        getTranslation("setara.admin.delete"),
                        getTranslation(
                                "setara.admin.deleteConfirm",
                                row.pair().fromIndicator(),
                                row.pair().toIndicator()),
                        getTranslation("setara.admin.delete"),
                        () -> {
                            try {
                                service.deletePair(row.pair().id());
                                Notices.success("setara.admin.deleted");
                            } catch (UserMessageException refused) {
                                Notices.error(refused);
                            }
                            refresh();
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.addClassName("setara-delete");
        return delete;
    }

    private void refresh() {
        grid.setItems(service.pairRows());
    }
}
