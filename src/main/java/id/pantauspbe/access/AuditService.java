package id.pantauspbe.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Services record every change of values, evidence, stages and accounts in the
 * same transaction as the change; only a coordinator (ADMIN) reads it, and nobody can change it
 * (there is no update or delete).
 */
@Service
public class AuditService {

    /** The most events one search returns. */
    public static final int LIMIT = 1000;

    /** Who is recorded for changes made without a signed-in user (start-up loaders). */
    public static final String SYSTEM = "sistem";

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Where in the yearly cycle a change happened; all parts may be null. */
    public record Scope(String instansiCode, Integer year, String stage) {

        public static final Scope NONE = new Scope(null, null, null);
    }

    @Transactional
    public void record(AuditAction action, String key, Scope scope, String oldValue, String newValue, String detail) {
        recordAs(currentUser.username().orElse(SYSTEM), action, key, scope, oldValue, newValue, detail);
    }

    /** Records an event of a named user who is not signed in (failed logins). */
    @Transactional
    public void recordAs(
            String username,
            AuditAction action,
            String key,
            Scope scope,
            String oldValue,
            String newValue,
            String detail) {
        repository.insert(new AuditEvent(
                0,
                OffsetDateTime.now(clock),
                username,
                action,
                key,
                scope.instansiCode(),
                scope.year(),
                scope.stage(),
                cut(oldValue),
                cut(newValue),
                cut(detail)));
    }

    /** The matching events, newest first, at most {@link #LIMIT}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> search(AuditFilter filter) {
        return repository.find(filter, clock.getZone(), LIMIT);
    }

    /** Everyone who appears in the trail, for a filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> usernames() {
        return repository.usernames();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
