package id.pantauspbe.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Bahasa Indonesia first: every UI starts in id-ID, whatever the browser prefers. */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Translations.INDONESIAN));
    }
}
