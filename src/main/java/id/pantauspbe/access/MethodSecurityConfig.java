package id.pantauspbe.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Roles are enforced on service methods ({@code @PreAuthorize}), not only by hiding buttons. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfig {}
