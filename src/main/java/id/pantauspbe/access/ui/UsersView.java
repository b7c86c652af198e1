package id.pantauspbe.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pantauspbe.access.AppUser;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.OpdDirectory;
import id.pantauspbe.access.OpdDirectory.Entry;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Pengguna" (coordinators only): the accounts with role, OPD and state; create an account, change
 * its name, role or OPD, disable or enable it, and set a new password (which also lifts a lock).
 */
@Route("pengguna")
@Menu(title = "nav.users", order = 20, icon = "USER_CARD")
@RolesAllowed("ADMIN")
public class UsersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UserService users;
    private final transient OpdDirectory opds;
    private final String self;
    private final Grid<AppUser> grid = new Grid<>();
    private List<Entry> registry = List.of();
    private java.util.Set<String> locked = java.util.Set.of();

    public UsersView(UserService users, OpdDirectory opds, CurrentUser currentUser) {
        this.users = users;
        this.opds = opds;
        this.self = currentUser.username().orElse("");
        addClassNames("analysis", "users-view");
        Button add = new Button(getTranslation("users.add"), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-user");
        Div header = ViewHeader.of(getTranslation("users.title"), add);
        Paragraph intro = new Paragraph(getTranslation(
                "users.intro",
                String.valueOf(UserService.MIN_PASSWORD_LENGTH),
                String.valueOf(UserService.MAX_FAILURES),
                String.valueOf(UserService.LOCK_TIME.toMinutes())));
        intro.addClassName("view-intro");
        grid.addClassName("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(AppUser::username)
                .setHeader(getTranslation("users.col.username"))
                .setKey("username")
                .setAutoWidth(true);
        grid.addColumn(AppUser::displayName)
                .setHeader(getTranslation("users.col.name"))
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.role().name()))
                .setHeader(getTranslation("users.col.role"))
                .setKey("role")
                .setAutoWidth(true);
        grid.addColumn(u -> u.opdShortName() == null ? "" : u.opdShortName())
                .setHeader(getTranslation("users.col.opd"))
                .setKey("opd")
                .setAutoWidth(true);
        grid.addComponentColumn(this::createState)
                .setHeader(getTranslation("users.col.state"))
                .setKey("state")
                .setAutoWidth(true);
        grid.addComponentColumn(this::createActions)
                .setHeader(getTranslation("users.col.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        Div content = new Div(header, intro, grid);
        content.addClassName("analysis-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        registry = opds.homeOpds();
        refresh();
    }

    private void refresh() {
        locked = users.lockedUsernames();
        grid.setItems(users.list());
    }

    private Component createState(AppUser user) {
        String key = !user.enabled()
                ? "users.state.disabled"
                : locked.contains(user.username()) ? "users.state.locked" : "users.state.active";
        Span state = new Span(getTranslation(key));
        state.addClassNames("user-state", key.replace('.', '-'));
        return state;
    }

    private Component createActions(AppUser user) {
        Button edit = new Button(getTranslation("users.edit"), e -> openEditor(user));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("edit-" + user.username());
        Button toggle = new Button(
                getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                e -> act(() -> users.setEnabled(user.username(), !user.enabled()), "users.saved"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName((user.enabled() ? "disable-" : "enable-") + user.username());
        if (user.username().equals(self)) {
            // the service refuses it too; the control says why
            toggle.setEnabled(false);
            toggle.setTooltipText(getTranslation("users.self"));
        }
        Button reset = new Button(getTranslation("users.reset"), e -> openReset(user));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("reset-" + user.username());
        return new Div(edit, toggle, reset);
    }

    /** A dialog to create an account (user null) or change one. */
    private void openEditor(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation(user == null ? "users.add" : "users.editTitle", user == null ? "" : user.username()));
        TextField username = new TextField(getTranslation("users.col.username"));
        username.setHelperText(getTranslation("users.usernameHelp"));
        TextField name = new TextField(getTranslation("users.col.name"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.col.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        ComboBox<Entry> opd = new ComboBox<>(getTranslation("users.col.opd"));
        opd.setItems(registry);
        opd.setItemLabelGenerator(Entry::name);
        opd.setHelperText(getTranslation("users.opdHelp"));
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.passwordHelp", String.valueOf(UserService.MIN_PASSWORD_LENGTH)));
        Map<Long, Entry> byId = registry.stream().collect(Collectors.toMap(Entry::id, Function.identity()));
        if (user != null) {
            username.setValue(user.username());
            username.setReadOnly(true);
            name.setValue(user.displayName());
            role.setValue(user.role());
            opd.setValue(user.opdId() == null ? null : byId.get(user.opdId()));
        } else {
            role.setValue(Role.OPERATOR_OPD);
        }
        if (user != null && user.username().equals(self) && user.role() == Role.ADMIN) {
            role.setReadOnly(true);
            role.setHelperText(getTranslation("users.self"));
        }
        opd.setEnabled(role.getValue() == Role.OPERATOR_OPD);
        role.addValueChangeListener(e -> opd.setEnabled(e.getValue() == Role.OPERATOR_OPD));
        Div form = new Div(username, name, role, opd);
        if (user == null) {
            form.add(password);
        }
        form.addClassName("dialog-form");
        dialog.add(form);
        Button save = new Button(getTranslation("users.save"), e -> {
            Long opdId = opd.getValue() == null ? null : opd.getValue().id();
            boolean ok = act(
                    () -> user == null
                            ? users.createAccount(
                                    username.getValue(), name.getValue(), password.getValue(), role.getValue(), opdId)
                            : users.update(user.username(), name.getValue(), role.getValue(), opdId),
                    "users.saved");
            if (ok) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-user");
        Button cancel = new Button(getTranslation("users.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.open();
    }

    private void openReset(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.resetTitle", user.username()));
        PasswordField password = new PasswordField(getTranslation("users.newPassword"));
        password.setHelperText(getTranslation("users.passwordHelp", String.valueOf(UserService.MIN_PASSWORD_LENGTH)));
        PasswordField repeat = new PasswordField(getTranslation("users.repeatPassword"));
        dialog.add(new Div(password, repeat));
        Button save = new Button(getTranslation("users.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("users.error.repeat"));
                return;
            }
            if (act(
                    () -> {
                        users.resetPassword(user.username(), password.getValue());
                        return user;
                    },
                    "users.passwordSet")) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-password");
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        add(dialog);
        dialog.open();
    }

    private boolean act(java.util.function.Supplier<AppUser> action, String doneKey) {
        try {
            AppUser user = action.get();
            Notification.show(getTranslation(doneKey, user.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (UserMessageException e) {
            Notification.show(getTranslation(e.key(), e.params()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.pageTitle");
    }
}
