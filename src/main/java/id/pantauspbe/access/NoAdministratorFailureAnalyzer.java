package id.pantauspbe.access;

import id.pantauspbe.base.Messages;
import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a refused production start (no administrator) in Spring Boot's "APPLICATION FAILED TO
 * START" report instead of a stack trace: in Bahasa Indonesia first, then in English (the operator
 * may read either). Registered in {@code META-INF/spring.factories}.
 */
public class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
        return new FailureAnalysis(
                both("start.noAdmin.description", cause.username()),
                both("start.noAdmin.action", cause.username()),
                cause);
    }

    private static String both(String key, String username) {
        return Messages.indonesian(key, username) + System.lineSeparator() + "(English) "
                + Messages.get(Locale.ENGLISH, key, username);
    }
}
