package id.pantauspbe.access.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pantauspbe.access.ApiToken;
import id.pantauspbe.access.ApiTokenService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.base.ui.Notices;
import id.pantauspbe.base.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

/**
 * "Profil" (every signed-in user, from the header's user menu): the account, and its personal API
 * tokens: create one (shown once, in a dialog), see when each was last used, revoke it.
 */
@Route("profil")
@PermitAll
public class ProfileView extends Main implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField name = new TextField();

    public ProfileView(ApiTokenService tokens, UserService users, CurrentUser currentUser) {
        this.tokens = tokens;
        addClassNames("analysis", "profile-view");
        String username = currentUser.username().orElse("");
        Paragraph account = new Paragraph(users.find(username)
                .map(u -> getTranslation(
                        "profile.account",
                        u.username(),
                        u.displayName(),
                        getTranslation("role." + u.role().name())))
                .orElse(username));
        account.addClassName("profile-account");

        name.setLabel(getTranslation("profile.tokens.name"));
        name.setHelperText(getTranslation("profile.tokens.nameHelp"));
        name.setMaxLength(100);
        name.addClassName("token-name");
        Button create = new Button(getTranslation("profile.tokens.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-token");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addClassName("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiToken::name)
                .setHeader(getTranslation("profile.tokens.col.name"))
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…")
                .setHeader(getTranslation("profile.tokens.col.prefix"))
                .setKey("prefix")
                .setAutoWidth(true);
        grid.addColumn(t -> TextFormat.dateTime(t.createdAt()))
                .setHeader(getTranslation("profile.tokens.col.created"))
                .setKey("created")
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null
                        ? getTranslation("profile.tokens.never")
                        : TextFormat.dateTime(t.lastUsedAt()))
                .setHeader(getTranslation("profile.tokens.col.lastUsed"))
                .setKey("lastUsed")
                .setAutoWidth(true);
        grid.addComponentColumn(this::createRevoke).setKey("revoke").setAutoWidth(true);

        Paragraph intro = new Paragraph(getTranslation("profile.tokens.intro"));
        intro.addClassName("view-intro");
        Div content = new Div(
                ViewHeader.of(getTranslation("profile.title")),
                account,
                new H2(getTranslation("profile.tokens.title")),
                intro,
                form,
                grid);
        content.addClassName("analysis-content");
        add(content);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private Component createRevoke(ApiToken token) {
        Button revoke = new Button(getTranslation("profile.tokens.revoke"), e -> {
            try {
                tokens.revoke(token.id());
                Notices.success("profile.tokens.revoked", token.name());
            } catch (UserMessageException ex) {
                Notices.error(ex);
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.addClassName("revoke-token");
        return revoke;
    }

    private void create() {
        ApiToken.Created created;
        try {
            created = tokens.create(name.getValue());
        } catch (UserMessageException e) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(e.key(), e.params()));
            return;
        }
        name.setInvalid(false);
        name.clear();
        refresh();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("profile.tokens.newTitle", created.info().name()));
        TextField secret = new TextField();
        secret.setValue(created.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("new-token");
        secret.setAriaLabel(getTranslation("profile.tokens.title"));
        dialog.add(new Paragraph(getTranslation("profile.tokens.newNote")), secret);
        dialog.setWidth("40rem");
        Button close = new Button(getTranslation("profile.tokens.close"), e -> dialog.close());
        close.addClassName("close-token");
        dialog.getFooter().add(close);
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.pageTitle");
    }
}
