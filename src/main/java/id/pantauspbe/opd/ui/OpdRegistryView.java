package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import id.pantauspbe.opd.OpdService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** "Daftar OPD": the OPD registry; an ADMIN adds and renames OPDs. URL: {@code /opd-daftar?instansi=CONTOH}. */
@Route("opd-daftar")
@PermitAll
public class OpdRegistryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OpdService service;
    private final transient SelectionService selections;
    private final transient AuthenticationContext authentication;
    private final TextField name = new TextField();
    private final TextField shortName = new TextField();
    private final TextField group = new TextField();
    private final TextField head = new TextField();
    private final TextField person = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private Map<Long, OpdContact> contacts = Map.of();
    private Instansi instansi;
    private Opd editing;

    public OpdRegistryView(OpdService service, SelectionService selections, AuthenticationContext authentication) {
        this.service = service;
        this.selections = selections;
        this.authentication = authentication;
        addClassNames("analysis", "opd-registry");
        name.setLabel(getTranslation("opd.registry.name"));
        name.addClassName("opd-name");
        shortName.setLabel(getTranslation("opd.registry.shortName"));
        shortName.addClassName("opd-short");
        group.setLabel(getTranslation("opd.registry.group"));
        group.addClassName("opd-group");
        head.setLabel(getTranslation("opd.contact.head"));
        head.setMaxLength(200);
        head.addClassName("opd-head");
        person.setLabel(getTranslation("opd.contact.person"));
        person.setMaxLength(200);
        person.addClassName("opd-person");
        email.setLabel(getTranslation("opd.contact.email"));
        email.setMaxLength(254);
        email.addClassName("opd-email");
        phone.setLabel(getTranslation("opd.contact.phone"));
        phone.setMaxLength(40);
        phone.addClassName("opd-phone");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        instansi = selections
                .instansi(QueryParams.first(event.getLocation(), QueryParams.INSTANSI))
                .orElse(null);
        if (instansi == null) {
            add(ViewHeader.noInstansi());
            return;
        }
        H2 title = new H2(getTranslation("opd.registry.title", instansi.name()));
        title.addClassName("view-title");
        add(title);
        Grid<Opd> grid = new Grid<>();
        grid.addClassName("opd-registry-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Opd::name).setHeader(getTranslation("opd.registry.name")).setFlexGrow(3);
        grid.addColumn(Opd::shortName).setHeader(getTranslation("opd.registry.shortName"));
        grid.addColumn(Opd::group).setHeader(getTranslation("opd.registry.group"));
        contacts = service.contacts(instansi.code());
        grid.addColumn(o -> shown(contact(o).headName())).setHeader(getTranslation("opd.contact.head"));
        grid.addColumn(o -> shown(contact(o).contactName())).setHeader(getTranslation("opd.contact.person"));
        grid.addColumn(o -> shown(contact(o).email()))
                .setHeader(getTranslation("opd.contact.email"))
                .setKey("email");
        grid.addColumn(o -> shown(contact(o).phone())).setHeader(getTranslation("opd.contact.phone"));
        grid.setItems(service.list(instansi.code()));
        Section list = new Section(grid);
        list.addClassName("card");
        add(list);
        if (!authentication.hasRole("ADMIN")) {
            return;
        }
        grid.addItemClickListener(e -> edit(e.getItem()));
        Button save = new Button(getTranslation("opd.registry.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("opd-save");
        Button clear = new Button(getTranslation("opd.registry.new"), e -> edit(null));
        Div form = new Div(name, shortName, group);
        form.addClassName("filters");
        Div contactForm = new Div(head, person, email, phone);
        contactForm.addClassName("filters");
        Section card = new Section(
                new H3(getTranslation("opd.registry.form")),
                new Paragraph(getTranslation("opd.registry.hint")),
                form,
                new Paragraph(getTranslation("opd.contact.hint")),
                contactForm,
                new Div(save, clear));
        card.addClassName("card");
        add(card);
        edit(null);
    }

    private void edit(Opd opd) {
        editing = opd;
        name.setValue(opd == null ? "" : opd.name());
        shortName.setValue(opd == null ? "" : opd.shortName());
        group.setValue(opd == null ? "" : opd.group());
        OpdContact c = opd == null ? OpdContact.empty(0) : contact(opd);
        head.setValue(c.headName() == null ? "" : c.headName());
        person.setValue(c.contactName() == null ? "" : c.contactName());
        email.setValue(c.email() == null ? "" : c.email());
        phone.setValue(c.phone() == null ? "" : c.phone());
    }

    private OpdContact contact(Opd opd) {
        return contacts.getOrDefault(opd.id(), OpdContact.empty(opd.id()));
    }

    private String shown(String value) {
        return value == null ? getTranslation("opd.contact.none") : value;
    }

    private void save() {
        try {
            Opd saved = service.save(
                    instansi.code(),
                    editing == null ? null : editing.id(),
                    name.getValue(),
                    shortName.getValue(),
                    group.getValue());
            editing = saved; // a refused contact below must not make a second OPD on the next save
            service.saveContact(
                    instansi.code(),
                    new OpdContact(saved.id(), head.getValue(), person.getValue(), email.getValue(), phone.getValue()));
            Notification.show(getTranslation("opd.registry.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (UserMessageException refused) {
            Notices.error(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.registry.pageTitle");
    }
}
