package id.pantauspbe.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import id.pantauspbe.base.Messages;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * User text from {@code i18n/messages.properties} (Bahasa Indonesia, the default) and {@code
 * i18n/messages_en.properties}, through {@link Messages}. A missing key shows as {@code !key!} so it
 * is noticed.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale INDONESIAN = Messages.INDONESIAN;
    public static final String BUNDLE = Messages.BUNDLE;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
