package id.pantauspbe.access;

import id.pantauspbe.base.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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

    /**
     * What one bulk write of values did: the file (null for a loader) and its SHA-256, the rows, the
     * counts, and the changed values as text, one line per instansi, year and stage
     * ("CONTOH 2021 final: I7 3 → 4, I8 2 → 3").
     */
    public record ImportEntry(
            String fileName, String sha256, int rows, int inserted, int updated, int unchanged, String changes) {}

    /**
     * Records a bulk write of values as one event, in words: the file as its key, the counts as
     * its new value, the hash and the first changes as its detail; the whole list of changes is
     * kept compressed beside it ({@link #importChanges}).
     *
     * @return the event's id
     */
    @Transactional
    public long recordImport(Scope scope, ImportEntry entry) {
        String key = entry.fileName() == null ? Messages.indonesian("audit.detail.bulk") : entry.fileName();
        String counts = Messages.indonesian(
                "audit.import.counts", entry.rows(), entry.inserted(), entry.updated(), entry.unchanged());
        String detail = (entry.sha256() == null ? "" : "SHA-256 " + entry.sha256() + ". ")
                + (entry.changes().isEmpty()
                        ? Messages.indonesian("audit.import.noChanges")
                        : Messages.indonesian("audit.import.changes") + " "
                                + cut(entry.changes(), 1000).replace('\n', ';'));
        long id = repository.insert(new AuditEvent(
                0,
                OffsetDateTime.now(clock),
                currentUser.username().orElse(SYSTEM),
                AuditAction.VALUES_IMPORTED,
                cut(key, 200),
                scope.instansiCode(),
                scope.year(),
                scope.stage(),
                null,
                cut(counts),
                cut(detail)));
        repository.insertImport(id, entry, entry.changes().isEmpty() ? null : gzip(entry.changes()));
        return id;
    }

    /** The full list of values an import changed (see {@link ImportEntry#changes}); empty for other events. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> importChanges(long eventId) {
        return repository.importChanges(eventId).map(AuditService::gunzip);
    }

    /** The matching events, newest first, at most {@link #LIMIT}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> search(AuditFilter filter) {
        return repository.find(filter, clock.getZone(), 0, LIMIT);
    }

    /** One page of the matching events, newest first (the trail is read lazily, page by page). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, clock.getZone(), offset, limit);
    }

    /** How many events match a filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int count(AuditFilter filter) {
        return repository.count(filter, clock.getZone());
    }

    /** Everyone who appears in the trail, for a filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> usernames() {
        return repository.usernames();
    }

    private static String cut(String text) {
        return cut(text, 1000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
