package id.pantauspbe.access.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: the Vaadin views and evidence file downloads ({@code /berkas/**}) behind the login
 * view; health, static files and the API description open. The REST API has its own chain ({@code access.ApiSecurityConfig}). (It lives
 * in a ui package because it wires the login view.)
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/images/**",
                        "/styles.css",
                        "/favicon.ico",
                        // the OpenAPI description of the REST API (no data; the API itself needs HTTP Basic)
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                .permitAll()
                // evidence file downloads (opd.EvidenceFileController): signed-in users; the service
                // checks who may read which file. Vaadin denies every path not allowed explicitly.
                .requestMatchers("/berkas/**")
                .authenticated()
                // the Laporan SPBE download of the views (rakor.ReportController); any signed-in user
                .requestMatchers("/laporan")
                .authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
