package id.pantauspbe.access;

import id.pantauspbe.base.Messages;
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
                Messages.indonesianThenEnglish("start.noAdmin.description", cause.username()),
                Messages.indonesianThenEnglish("start.noAdmin.action", cause.username()),
                cause);
    }
}
