package id.pantauspbe.backup;

import id.pantauspbe.base.Messages;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start refused because the embedded H2 database is open in another process (a second
 * {@code java -jar} on the same data folder): in Bahasa Indonesia first, then in English, instead of
 * a stack trace ending in H2's "Database may be already in use". Registered in
 * {@code META-INF/spring.factories}.
 */
public class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's DATABASE_ALREADY_OPEN_1. */
    static final int DATABASE_ALREADY_OPEN = 90020;

    private static final Pattern FILE = Pattern.compile("in use: \"([^\"]+)\"");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != DATABASE_ALREADY_OPEN) {
            return null;
        }
        Matcher file = FILE.matcher(String.valueOf(cause.getMessage()));
        String where = file.find() ? file.group(1) : "?";
        return new FailureAnalysis(
                Messages.indonesianThenEnglish("start.databaseInUse.description", where),
                Messages.indonesianThenEnglish("start.databaseInUse.action", where),
                cause);
    }
}
