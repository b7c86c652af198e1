package id.pantauspbe.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.access.AppUser;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.ui.HeaderItem;

/**
 * The signed-in user in the header: their name, the profile page (API tokens), a button to change
 * the password, and logout.
 */
@org.springframework.stereotype.Component
class UserMenu implements HeaderItem {

    private final AuthenticationContext authentication;
    private final UserService users;

    UserMenu(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        String username = authentication.getPrincipalName().orElse("");
        String display = users.find(username).map(AppUser::displayName).orElse(username);
        Span who = new Span(display);
        who.addClassName("user-name");
        Button logout = new Button(ui.getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(e -> authentication.logout());
        // an icon with a label for screen readers and a hover title: the header stays short on phones
        Button password = new Button(VaadinIcon.KEY.create());
        password.setAriaLabel(ui.getTranslation("layout.password.title"));
        password.getElement().setAttribute("title", ui.getTranslation("layout.password.title"));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        password.addClassName("change-password");
        password.addClickListener(e -> new PasswordDialog(users).open());
        // the profile page: the account and its personal API tokens
        Button profile = new Button(VaadinIcon.USER.create());
        profile.setAriaLabel(ui.getTranslation("layout.profile"));
        profile.getElement().setAttribute("title", ui.getTranslation("layout.profile"));
        profile.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        profile.addClassName("open-profile");
        profile.addClickListener(e -> ui.navigate(ProfileView.class));
        HorizontalLayout user = new HorizontalLayout(who, profile, password, logout);
        user.setAlignItems(FlexComponent.Alignment.CENTER);
        return user;
    }
}
