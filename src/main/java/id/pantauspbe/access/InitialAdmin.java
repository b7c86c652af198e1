package id.pantauspbe.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile no account is created, except the first administrator, whose password
 * comes from configuration ({@code pantau.admin.password}, env {@code PANTAU_ADMIN_PASSWORD}).
 * Without an active administrator and without that password the application refuses to start
 * ({@link NoAdministratorException}, explained by {@link NoAdministratorFailureAnalyzer}).
 */
@Component
@Profile("!demo")
@Order(5)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserService users;
    private final CurrentUser currentUser;
    private final String username;
    private final String password;

    InitialAdmin(
            UserService users,
            CurrentUser currentUser,
            @Value("${pantau.admin.username:admin}") String username,
            @Value("${pantau.admin.password:}") String password) {
        this.users = users;
        this.currentUser = currentUser;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasActiveAdmin()) {
            return;
        }
        if (password.isBlank()) {
            throw new NoAdministratorException(username);
        }
        if (users.find(username).isPresent()) {
            // an account of that name exists but is no active administrator: it is not overwritten
            throw new NoAdministratorException(username);
        }
        currentUser.runAs(
                AuditService.SYSTEM,
                Role.ADMIN,
                () -> users.create(username, "Administrator", password, Role.ADMIN, null));
        log.info("Created the first administrator account '{}'", username);
    }
}
