package id.pantauspbe.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User text from {@code i18n/messages.properties} (Bahasa Indonesia, the default) and {@code
 * i18n/messages_en.properties}, for code outside the views (reports of the REST API). A missing key
 * shows as {@code !key!} so it is noticed.
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final String BUNDLE = "i18n/messages";

    private Messages() {}

    /** The text in Bahasa Indonesia. */
    public static String indonesian(String key, Object... params) {
        return get(INDONESIAN, key, params);
    }

    /**
     * The text in Bahasa Indonesia, then on a new line "(English) " and the English text: for an
     * operator's console, who may read either (start-up failure reports).
     */
    public static String indonesianThenEnglish(String key, Object... params) {
        return indonesian(key, params) + System.lineSeparator() + "(English) " + get(Locale.ENGLISH, key, params);
    }

    public static String get(Locale locale, String key, Object... params) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            effective,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            if (params.length == 0) {
                return pattern;
            }
            Object[] args = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                // whole numbers (years, rows) as plain text: MessageFormat would print 2021 as "2.021"
                args[i] = params[i] instanceof Integer || params[i] instanceof Long
                        ? String.valueOf(params[i])
                        : params[i];
            }
            return new MessageFormat(pattern, effective).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
