package id.pantauspbe;

import id.pantauspbe.access.Role;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Signs a user in for service tests, through the strategy method security uses. */
public final class SignIn {

    private SignIn() {}

    public static void as(SecurityContextHolderStrategy strategy, String username, Role role) {
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        strategy.setContext(context);
    }
}
