package id.pantauspbe.access;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a refused production start (no administrator) in Spring Boot's "APPLICATION FAILED TO
 * START" report instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
        return new FailureAnalysis(
                "Pantau SPBE was started outside the demo profile (a production start: no demo data, no"
                        + " demo accounts), and the database has no active administrator account (ADMIN).",
                "Set the first administrator's password, for example PANTAU_ADMIN_PASSWORD='...' (property"
                        + " pantau.admin.password; the account is '" + cause.username()
                        + "', property pantau.admin.username), or start the demo with"
                        + " --spring.profiles.active=demo.",
                cause);
    }
}
