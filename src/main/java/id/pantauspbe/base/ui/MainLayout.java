package id.pantauspbe.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.PemdaSettings;
import id.pantauspbe.base.UserMessageException;
import jakarta.annotation.security.PermitAll;
import java.io.File;

/**
 * The frame of every view: the home Pemda's logo and name, the navigation (from {@code @Menu}
 * views the user may open) and the signed-in user with a logout button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    public MainLayout(PemdaSettings pemda, AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(toggle, createBrand(pemda), createUser(users));
        addToDrawer(createNavigation());
    }

    private Div createBrand(PemdaSettings pemda) {
        Image logo = pemda.logo().isEmpty()
                ? new Image("images/logo-pemda.svg", getTranslation("layout.logo", pemda.nama()))
                : new Image(
                        DownloadHandler.forFile(new File(pemda.logo())), getTranslation("layout.logo", pemda.nama()));
        logo.addClassName("brand-logo");
        Span name = new Span(pemda.nama());
        name.addClassName("brand-name");
        Span app = new Span(getTranslation("app.name"));
        app.addClassName("brand-app");
        Div text = new Div(name, app);
        text.addClassName("brand-text");
        Div brand = new Div(logo, text);
        brand.addClassName("brand");
        return brand;
    }

    private HorizontalLayout createUser(UserService users) {
        String username = authentication.getPrincipalName().orElse("");
        String display = users.find(username).map(u -> u.displayName()).orElse(username);
        Span who = new Span(display);
        who.addClassName("user-name");
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(e -> authentication.logout());
        // an icon with a label for screen readers and a hover title: the header stays short on phones
        Button password = new Button(VaadinIcon.KEY.create());
        password.setAriaLabel(getTranslation("layout.password.title"));
        password.getElement().setAttribute("title", getTranslation("layout.password.title"));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        password.addClassName("change-password");
        password.addClickListener(e -> openPasswordDialog(users));
        HorizontalLayout user = new HorizontalLayout(who, password, logout);
        user.setAlignItems(FlexComponent.Alignment.CENTER);
        user.addClassName("user-box");
        return user;
    }

    /** Lets the signed-in user set a new password, confirming the current one. */
    private void openPasswordDialog(UserService users) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("layout.password.title"));
        PasswordField current = new PasswordField(getTranslation("layout.password.current"));
        PasswordField next = new PasswordField(getTranslation("layout.password.new"));
        next.setHelperText(getTranslation("users.passwordHelp", String.valueOf(UserService.MIN_PASSWORD_LENGTH)));
        PasswordField repeat = new PasswordField(getTranslation("users.repeatPassword"));
        Div form = new Div(current, next, repeat);
        form.addClassName("dialog-form");
        dialog.add(form);
        Button save = new Button(getTranslation("users.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("users.error.repeat"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                dialog.close();
                Notification.show(getTranslation("layout.password.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserMessageException ex) {
                Notification.show(getTranslation(ex.key(), ex.params()), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-own-password");
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        });
        return nav;
    }
}
