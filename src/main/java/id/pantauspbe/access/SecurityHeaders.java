package id.pantauspbe.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of both security chains (pages and API): a Content Security Policy,
 * {@code nosniff}, a referrer policy, a permissions policy, frame protection, and HSTS on HTTPS
 * requests (also behind a proxy that sends {@code X-Forwarded-Proto}, see
 * {@code server.forward-headers-strategy}). Vaadin's pages get the same through
 * {@code access.ui.PageHeaders}.
 */
public final class SecurityHeaders {

    /**
     * The pages' policy. Vaadin Flow needs {@code 'unsafe-inline' 'unsafe-eval'} for scripts (its
     * bootstrap is inline, and the client engine builds functions from the expressions the server
     * sends) and {@code 'unsafe-inline'} for styles; everything else is limited to this origin.
     */
    /** Header names, for the places that write them by hand. */
    public static final String CSP = "Content-Security-Policy";

    public static final String NOSNIFF = "X-Content-Type-Options";
    public static final String REFERRER = "Referrer-Policy";
    public static final String PERMISSIONS = "Permissions-Policy";
    public static final String TRANSPORT_SECURITY = "Strict-Transport-Security";

    public static final String PAGE_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self' blob:; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    /** The API's policy: JSON and files, nothing to run or show. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    /** One year, subdomains included (as Spring Security writes it). */
    public static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private SecurityHeaders() {}

    /** The headers of a page served outside Spring Security's writer (Vaadin's pages). */
    public static java.util.Map<String, String> forPage(boolean secure) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Security-Policy", PAGE_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    public static void apply(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .contentTypeOptions(options -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
