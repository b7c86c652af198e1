package id.pantauspbe.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A question before an action that is hard to undo: the action runs only on the confirming button. */
public final class Confirm {

    private Confirm() {}

    /** Opens the dialog; {@code action} runs when the user confirms. Returns the open dialog. */
    public static Dialog ask(String title, String text, String confirmLabel, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.addClassName("confirm-dialog");
        dialog.setHeaderTitle(title);
        Paragraph body = new Paragraph(text);
        body.addClassName("confirm-text");
        dialog.add(body);
        Button cancel = new Button(dialog.getTranslation("confirm.cancel"), e -> dialog.close());
        cancel.addClassName("confirm-cancel");
        Button confirm = new Button(confirmLabel, e -> {
            dialog.close();
            action.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-ok");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
