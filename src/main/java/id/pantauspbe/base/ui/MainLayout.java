package id.pantauspbe.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pantauspbe.base.PemdaSettings;
import jakarta.annotation.security.PermitAll;
import java.io.File;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of every view: the home Pemda's logo and name, the navigation (from {@code @Menu}
 * views the user may open) and the {@link HeaderItem}s of the features (the signed-in user, …).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(PemdaSettings pemda, List<HeaderItem> headerItems) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(toggle, createBrand(pemda), createHeaderItems(headerItems));
        addToDrawer(createNavigation());
    }

    private Div createBrand(PemdaSettings pemda) {
        Image logo = pemda.logo().isEmpty()
                ? new Image("images/logo-pemda.svg", getTranslation("layout.logo", pemda.nama()))
                : new Image(
                        DownloadHandler.forFile(new File(pemda.logo())), getTranslation("layout.logo", pemda.nama()));
        logo.addClassName("brand-logo");
        Span name = new Span(pemda.nama());
        name.addClassName("brand-name");
        Span app = new Span(getTranslation("app.name"));
        app.addClassName("brand-app");
        Div text = new Div(name, app);
        text.addClassName("brand-text");
        Div brand = new Div(logo, text);
        brand.addClassName("brand");
        return brand;
    }

    private HorizontalLayout createHeaderItems(List<HeaderItem> items) {
        HorizontalLayout box = new HorizontalLayout();
        items.stream()
                .sorted(Comparator.comparingInt(HeaderItem::order))
                .map(HeaderItem::create)
                .forEach(box::add);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("user-box");
        return box;
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        });
        return nav;
    }
}
