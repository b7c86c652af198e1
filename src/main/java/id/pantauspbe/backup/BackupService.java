package id.pantauspbe.backup;

import id.pantauspbe.evaluation.SafetyBackup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the database and the evidence files in one zip ({@link BackupArchive}): taken now by an
 * ADMIN, daily ({@link BackupSchedule}), before every import and before a stage is closed
 * ({@link SafetyBackup}); kept under {@code pantau.backup.directory} with the retention of
 * {@link BackupSettings}. One backup is written at a time.
 */
@Service
public class BackupService implements SafetyBackup {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    /** What a backup's name looks like; anything else (a path, "..") is refused. */
    static final Pattern NAME = Pattern.compile("pantau-cadangan-\\d{8}-\\d{6}-[a-z-]+(-\\d+)?\\.zip");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupRepository repository;
    private final BackupSettings settings;
    private final Path dataDir;
    private final Path directory;
    private final Clock clock = Clock.systemDefaultZone();
    private final Object writing = new Object();
    /** Set on a thread inside {@link #withoutSafetyBackups}. */
    private static final ThreadLocal<Boolean> SAFETY_OFF = ThreadLocal.withInitial(() -> false);

    BackupService(
            BackupRepository repository, BackupSettings settings, @Value("${pantau.data-dir:./data}") String dataDir) {
        this.repository = repository;
        this.settings = settings;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.directory = settings.directory().isBlank()
                ? this.dataDir.resolve("backup")
                : Path.of(settings.directory()).toAbsolutePath().normalize();
    }

    /** Takes a backup now (ADMIN); its file name. */
    @PreAuthorize("hasRole('ADMIN')")
    public String createNow() {
        return take("manual").name();
    }

    /** The backups kept, newest first (ADMIN). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BackupFile> list() {
        return backups();
    }

    /** The file of a backup by its name (ADMIN); empty for a name that is not a backup kept here. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Path> file(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).normalize();
        return file.getParent().equals(directory) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Whether a name has the form of a backup's name. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The newest backup, for messages about a damaged database; no role needed. */
    public Optional<BackupFile> latest() {
        return backups().stream().findFirst();
    }

    /** The folder backups are written to. */
    public Path directory() {
        return directory;
    }

    /**
     * Runs {@code work} on this thread without the safety backups before imports and stage closings
     * ({@link #before}): for loading the demo data into an empty database, where there is nothing to
     * save yet and every one of its 35 stage closings would otherwise write a backup. Other threads,
     * and backups taken now or daily, are not affected.
     */
    public void withoutSafetyBackups(Runnable work) {
        boolean was = SAFETY_OFF.get();
        SAFETY_OFF.set(true);
        try {
            work.run();
        } finally {
            SAFETY_OFF.set(was);
        }
    }

    @Override
    public void before(Reason reason) {
        if (SAFETY_OFF.get()) {
            return;
        }
        boolean wanted = switch (reason) {
            case IMPORT -> settings.beforeImport();
            case STAGE_CLOSE -> settings.beforeStageClose();
        };
        if (wanted) {
            take(reason.tag());
        }
    }

    /** Writes a backup tagged {@code tag}, then applies the retention. */
    BackupFile take(String tag) {
        synchronized (writing) {
            long started = System.nanoTime();
            try {
                Files.createDirectories(directory);
                Path target = freeName(tag);
                Path part = directory.resolve(target.getFileName() + ".part");
                Path script = Files.createTempFile(directory, "database-", ".sql.part");
                try {
                    boolean h2 = repository.isH2();
                    if (h2) {
                        repository.script(script);
                    }
                    try (OutputStream out = Files.newOutputStream(part)) {
                        BackupArchive.write(out, h2 ? script : null, dataDir.resolve("evidence"), tag, now());
                    }
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(script);
                    Files.deleteIfExists(part);
                }
                BackupFile file = describe(target);
                log.info(
                        "Backup {} written ({} bytes) in {} ms",
                        file.name(),
                        file.size(),
                        (System.nanoTime() - started) / 1_000_000);
                applyRetention();
                return file;
            } catch (IOException e) {
                log.error("Backup ({}) failed", tag, e);
                throw new UncheckedIOException("backup failed: " + e.getMessage(), e);
            } catch (SQLException e) {
                log.error("Backup ({}) failed: the database could not be read whole", tag, e);
                throw new IllegalStateException("backup failed: " + e.getMessage(), e);
            }
        }
    }

    /** Deletes backups past the newest {@code keep} and those older than {@code keepDays}; never the newest. */
    void applyRetention() {
        List<BackupFile> kept = backups();
        OffsetDateTime oldest = now().minus(Duration.ofDays(settings.keepDays()));
        for (int i = 1; i < kept.size(); i++) {
            BackupFile backup = kept.get(i);
            if (i >= Math.max(1, settings.keep()) || backup.created().isBefore(oldest)) {
                try {
                    Files.deleteIfExists(directory.resolve(backup.name()));
                    log.info("Backup {} deleted (retention)", backup.name());
                } catch (IOException e) {
                    log.warn("Backup {} could not be deleted", backup.name(), e);
                }
            }
        }
    }

    private List<BackupFile> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (NAME.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
                    found.add(describe(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(BackupFile::created)
                .thenComparing(BackupFile::name)
                .reversed());
        return found;
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(
                    file.getFileName().toString(),
                    Files.size(file),
                    Files.getLastModifiedTime(file)
                            .toInstant()
                            .atZone(ZoneId.systemDefault())
                            .toOffsetDateTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path freeName(String tag) {
        String base = "pantau-cadangan-" + LocalDateTime.now(clock).format(STAMP) + "-" + tag;
        Path file = directory.resolve(base + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve(base + "-" + n + ".zip");
        }
        return file;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
