package id.pantauspbe.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.UserMessageException;

/** Lets the signed-in user set a new password, confirming the current one. */
class PasswordDialog extends Dialog {

    PasswordDialog(UserService users) {
        setHeaderTitle(getTranslation("layout.password.title"));
        PasswordField current = new PasswordField(getTranslation("layout.password.current"));
        PasswordField next = new PasswordField(getTranslation("layout.password.new"));
        next.setHelperText(getTranslation("users.passwordHelp", String.valueOf(UserService.MIN_PASSWORD_LENGTH)));
        PasswordField repeat = new PasswordField(getTranslation("users.repeatPassword"));
        Div form = new Div(current, next, repeat);
        form.addClassName("dialog-form");
        add(form);
        Button save = new Button(getTranslation("users.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("users.error.repeat"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                close();
                Notification.show(getTranslation("layout.password.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserMessageException ex) {
                Notification.show(getTranslation(ex.key(), ex.params()), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-own-password");
        getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), save);
    }
}
