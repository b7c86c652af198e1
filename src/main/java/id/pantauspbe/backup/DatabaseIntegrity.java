package id.pantauspbe.backup;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, before reference or demo data are touched and before health says UP: every table is
 * read through every index. A damaged database is not served: the problems are logged with the
 * newest backup and how to restore it, health is DOWN and every page and API call answers 503
 * naming that backup ({@link DamagedDatabaseFilter}). The check is skipped when the H2 file is
 * unchanged since a clean stop of a run that found it sound ({@link CleanStop}); after a crash or
 * a kill it always runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseIntegrity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatabaseIntegrity.class);

    private final BackupRepository repository;
    private final BackupService backups;
    private final BackupSettings settings;
    private final CleanStop cleanStop;
    private volatile List<String> problems = List.of();

    DatabaseIntegrity(
            BackupRepository repository, BackupService backups, BackupSettings settings, CleanStop cleanStop) {
        this.repository = repository;
        this.backups = backups;
        this.settings = settings;
        this.cleanStop = cleanStop;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.checkAtStart()) {
            return;
        }
        if (cleanStop.databaseUnchangedSinceCleanStop()) {
            log.info("Database integrity check skipped: the database file is unchanged since a clean stop"
                    + " that found it sound (after a crash every table is read through every index)");
            cleanStop.sound(true);
            return;
        }
        long started = System.nanoTime();
        List<String> found = repository.integrityProblems();
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (found.isEmpty()) {
            log.info("Database integrity check: every table read through every index in {} ms", ms);
            cleanStop.sound(true);
            return;
        }
        found(found);
        log.error(
                "THE DATABASE IS DAMAGED and is not served ({} problems, checked in {} ms): {}. Newest backup: {}."
                        + " Stop the application, move the data folder aside and start with"
                        + " --pantau.pulihkan=<backup.zip> on an empty data folder.",
                found.size(),
                ms,
                String.join("; ", found.subList(0, Math.min(10, found.size()))),
                backups.latest()
                        .map(b -> backups.directory().resolve(b.name()).toString())
                        .orElse("none"));
    }

    /** Whether the check at start found damage. */
    public boolean damaged() {
        return !problems.isEmpty();
    }

    /** What the check at start found; empty for a sound database. */
    public List<String> problems() {
        return problems;
    }

    /** The file name of the newest backup (in the backup folder), for the messages about damage. */
    public Optional<String> latestBackup() {
        return backups.latest().map(BackupFile::name);
    }

    /** Marks the database damaged (or sound again with an empty list; for tests). */
    void found(List<String> damage) {
        problems = List.copyOf(damage);
        cleanStop.sound(damage.isEmpty());
    }
}
