package id.pantauspbe.access;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.Messages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Security of the REST API ({@code /api/**}), ahead of the Vaadin chain: HTTP Basic with the
 * application accounts or a personal token ({@code Authorization: Bearer}, {@link ApiTokenFilter}), no session, no CSRF (no cookies are used), 401 without a login page for
 * unauthenticated calls and 403 for a missing role. Reading needs any role; importing needs ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http, ApiTokenService tokens, ObjectProvider<SecurityContextHolderStrategy> strategy)
            throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        ApiSecurityConfig::isApiErrorDispatch))
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/impor/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .hasAnyRole(roles()))
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiSecurityConfig::unauthorized))
                .addFilterBefore(
                        new ApiTokenFilter(
                                tokens, strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(ApiSecurityConfig::unauthorized)
                        .accessDeniedHandler((request, response, denied) ->
                                json(response, HttpServletResponse.SC_FORBIDDEN, "api.error.forbidden")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        SecurityHeaders.apply(http, SecurityHeaders.API_POLICY);
        return http.build();
    }

    /**
     * Tomcat passes an encoded slash ({@code %2F}) in a path on to the application instead of
     * answering its own HTML 400 page; Spring Security's firewall still refuses such a path
     * ({@link #rejectedRequests}), so no controller or view ever sees it.
     */
    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashToTheFirewall() {
        return factory ->
                factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    /**
     * A path the firewall refuses (an encoded slash, {@code ;}, {@code ..}, …): under {@code /api/}
     * a JSON 400 {@code {"pesan": …}} like every API error, elsewhere a plain-text 400 (written
     * here: an error page dispatch would go through the login redirect).
     */
    @Bean
    static RequestRejectedHandler rejectedRequests() {
        return (request, response, rejected) -> {
            if (ApiErrors.isApi(request)) {
                json(response, HttpServletResponse.SC_BAD_REQUEST, "api.error.rejectedPath", request.getRequestURI());
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("400 Bad Request");
            }
        };
    }

    /**
     * The error page of a failed API call (for example 415 for a body that is not multipart): it
     * stays with this chain, so the Vaadin chain's CSRF check and login page never answer for the
     * API.
     */
    private static boolean isApiErrorDispatch(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Pantau SPBE\", charset=\"UTF-8\"");
        json(response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.unauthorized");
    }

    static void json(HttpServletResponse response, int status, String key, Object... params) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String message = Messages.indonesian(key, params).replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"pesan\":\"" + message + "\"}");
    }

    private static String[] roles() {
        Role[] values = Role.values();
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }
}
