package id.pantauspbe;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Browserless view tests (Karibu) on the real application context and database. */
@AppTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.pantauspbe");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SecurityContextHolderStrategy strategy;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        strategy.clearContext();
        SecurityContextHolder.clearContext();
    }

    /** Signs a demo account in, for Spring Security and for Vaadin's view access checks. */
    protected void login(String username, String role) {
        var authentication = new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        // the strategy that method security uses (Vaadin's bean), and the static holder
        SecurityContext securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(authentication);
        strategy.setContext(securityContext);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, r) -> r.equals(role));
    }
}
