package id.pantauspbe.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: a known token of an enabled account signs the
 * request in as that account; an unknown or revoked token is answered 401 at once. Requests
 * without a bearer token pass on to HTTP Basic. (Not a bean, so it runs only in the API chain.)
 */
class ApiTokenFilter extends OncePerRequestFilter {

    /** A request signed in with a personal token (not with the password). */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final String username;

        TokenAuthentication(String username, Role role) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
            this.username = username;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return username;
        }
    }

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy strategy;

    ApiTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenService.TokenUser> user =
                tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Pantau SPBE\", error=\"invalid_token\"");
            ApiSecurityConfig.json(response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.token");
            return;
        }
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(
                new TokenAuthentication(user.get().username(), user.get().role()));
        strategy.setContext(context);
        chain.doFilter(request, response);
    }
}
