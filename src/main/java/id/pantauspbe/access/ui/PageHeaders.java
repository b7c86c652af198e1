package id.pantauspbe.access.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.pantauspbe.access.SecurityHeaders;
import org.springframework.stereotype.Component;

/**
 * The security headers of Vaadin's pages (the login page and every view's first load). Spring
 * Security writes them for every other response, but Vaadin serves its pages through a servlet
 * forward whose response does not keep them, so they are set again where Vaadin writes the page.
 */
@Component
class PageHeaders implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            VaadinResponse response = page.getVaadinResponse();
            SecurityHeaders.forPage(page.getVaadinRequest().isSecure()).forEach(response::setHeader);
        });
    }
}
