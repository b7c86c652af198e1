package id.pantauspbe.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.pantauspbe.base.UserMessageException;

/**
 * The one way views tell users what happened: a short green note after a change, a red note that
 * stays longer (and in the middle of the screen) for a refusal, with the text from the bundle.
 */
public final class Notices {

    private static final int SUCCESS_MS = 3000;
    private static final int ERROR_MS = 8000;

    private Notices() {}

    /** A change was made: "Nilai I2 tersimpan." */
    public static Notification success(String key, Object... params) {
        return show(
                text(key, params), SUCCESS_MS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    /** Something neutral to know, such as how many items a copy made. */
    public static Notification info(String key, Object... params) {
        return show(text(key, params), SUCCESS_MS, Notification.Position.BOTTOM_START, null);
    }

    /** A refusal or a problem the user must read: "Nilai 6 di luar skala indikator I7." */
    public static Notification error(String key, Object... params) {
        return show(text(key, params), ERROR_MS, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    /** A refusal a service gave, in the user's language. */
    public static Notification error(UserMessageException refusal) {
        return error(refusal.key(), refusal.params());
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    private static Notification show(
            String text, int duration, Notification.Position position, NotificationVariant variant) {
        Notification notification = Notification.show(text, duration, position);
        if (variant != null) {
            notification.addThemeVariants(variant);
        }
        return notification;
    }
}
