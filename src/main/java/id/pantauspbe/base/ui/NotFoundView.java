package id.pantauspbe.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * The page for an address that does not exist or that the signed-in role may not open (Vaadin
 * answers both with "not found", so a page's existence is not revealed): says so in the user's
 * language, inside the usual frame, with a way back. Replaces Vaadin's English "Could not navigate".
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Paragraph text = new Paragraph();

    public NotFoundView() {
        addClassNames("analysis", "not-found-view");
        text.addClassName("not-found-text");
        H2 heading = new H2(getTranslation("notFound.heading"));
        heading.addClassName("view-title");
        add(heading, text, new Anchor("./", getTranslation("notFound.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        text.setText(getTranslation("notFound.text", "/" + event.getLocation().getPath()));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.pageTitle");
    }
}
