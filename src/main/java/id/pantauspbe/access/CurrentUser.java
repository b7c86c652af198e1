package id.pantauspbe.access;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in user, read through the same {@link SecurityContextHolderStrategy} that method
 * security uses (Vaadin registers its own as a bean; the static holder may belong to another
 * application context, for example in tests).
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<String> username() {
        Authentication authentication = strategy.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                ? Optional.empty()
                : Optional.of(authentication.getName());
    }

    /** Whether the signed-in user has the role. */
    public boolean hasRole(Role role) {
        Authentication authentication = strategy.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }

    /** Runs a task as the given user and role (for system work such as loading demo data). */
    public void runAs(String username, Role role, Runnable task) {
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        strategy.setContext(context);
        try {
            task.run();
        } finally {
            strategy.setContext(previous);
        }
    }
}
