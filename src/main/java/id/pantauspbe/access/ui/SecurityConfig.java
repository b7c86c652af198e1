package id.pantauspbe.access.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.pantauspbe.access.PageNotFoundHandler;
import id.pantauspbe.access.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: the Vaadin views and evidence file downloads ({@code /berkas/**}) behind the login
 * view; health, static files and (when enabled) the API description open. The REST API has its own chain ({@code access.ApiSecurityConfig}). (It lives
 * in a ui package because it wires the login view.)
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** The OpenAPI description and Swagger UI: open when enabled (pantau.api-docs), else not served. */
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private final boolean apiDocs;

    SecurityConfig(@Value("${pantau.api-docs:false}") boolean apiDocs) {
        this.apiDocs = apiDocs;
    }

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http) throws Exception {
        if (apiDocs) {
            // the OpenAPI description of the REST API (no data; the API itself needs a login)
            http.authorizeHttpRequests(auth -> auth.requestMatchers(API_DOCS).permitAll());
        }
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/images/**", "/styles.css", "/favicon.ico")
                .permitAll()
                // evidence file downloads (opd.EvidenceFileController): signed-in users; the service
                // checks who may read which file. Vaadin denies every path not allowed explicitly.
                .requestMatchers("/berkas/**")
                .authenticated()
                // the Laporan SPBE download of the views (rakor.ReportController); any signed-in user
                .requestMatchers("/laporan")
                .authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // a signed-in user asking for a path that is no view: an Indonesian page, not an empty 403
        http.exceptionHandling(e -> e.accessDeniedHandler(new PageNotFoundHandler()));
        SecurityHeaders.apply(http, SecurityHeaders.PAGE_POLICY);
        return http.build();
    }
}
