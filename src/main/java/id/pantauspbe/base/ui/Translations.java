package id.pantauspbe.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * User text from {@code i18n/messages.properties} (Bahasa Indonesia, the default) and {@code
 * i18n/messages_en.properties}. A missing key shows as {@code !key!} so it is noticed.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
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
                // whole numbers (years, counts) as plain text: MessageFormat would print 2021 as "2.021"
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
