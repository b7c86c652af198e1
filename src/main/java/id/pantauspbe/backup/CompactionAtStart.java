package id.pantauspbe.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * Compacts the embedded H2 database file before the application opens it. With {@code
 * REUSE_SPACE=FALSE} (chosen for crash safety, README "Crash harness") H2 appends every write to the end
 * of the file and never reclaims space while it runs, so the file only grows. At start, before the
 * DataSource and Flyway (an {@link EnvironmentPostProcessor}, after the configuration is read and after
 * a restore of {@code --pantau.pulihkan}, which runs in {@code main}), for an embedded H2 file URL
 * whose {@code .mv.db} file is at least {@code pantau.h2.compact-min-size} (128MB): the database is
 * opened with plain JDBC and the configured URL, and when its live share (H2's {@code info.FILL_RATE}
 * × {@code info.CHUNKS_FILL_RATE}) is below {@code pantau.h2.compact-fill-rate} (50 %) it is closed
 * with {@code SHUTDOWN COMPACT}: H2 copies the live data into {@code <file>.tempFile} and renames it over
 * the old file, so a crash during it keeps the old file. Off with {@code pantau.h2.compact-at-start=false}.
 *
 * <p>Compaction never stops the start: any error is logged (WARN; ERROR for a damaged database, which
 * is left untouched for the integrity check at start, {@link DatabaseIntegrity}) and the application
 * starts on the file as it is.
 */
public class CompactionAtStart implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "pantau.h2.compact-at-start";
    static final String MIN_SIZE = "pantau.h2.compact-min-size";
    static final String FILL_RATE = "pantau.h2.compact-fill-rate";
    static final DataSize DEFAULT_MIN_SIZE = DataSize.ofMegabytes(128);
    static final int DEFAULT_FILL_RATE = 50;

    /** H2's error code of a corrupted file (ErrorCode.FILE_CORRUPTED_1). */
    private static final int FILE_CORRUPTED = 90030;

    private final Log log;

    public CompactionAtStart(DeferredLogFactory logs) {
        this.log = logs.getLog(CompactionAtStart.class);
    }

    @Override
    public int getOrder() {
        // after the configuration files are read (ConfigDataEnvironmentPostProcessor) and everything else
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url;
        try {
            if (!environment.getProperty(ENABLED, Boolean.class, true)) {
                return;
            }
            url = environment.getProperty("spring.datasource.url");
        } catch (RuntimeException e) {
            log.warn("H2 compaction at start skipped: " + e.getMessage());
            return;
        }
        if (CleanStop.h2FileBase(url).isEmpty()) {
            return;
        }
        try {
            String minSize = environment.getProperty(MIN_SIZE);
            Integer fillRate = environment.getProperty(FILL_RATE, Integer.class);
            compact(
                    url,
                    environment.getProperty("spring.datasource.username", "sa"),
                    environment.getProperty("spring.datasource.password", ""),
                    minSize == null || minSize.isBlank()
                            ? DEFAULT_MIN_SIZE.toBytes()
                            : DataSize.parse(minSize).toBytes(),
                    fillRate == null ? DEFAULT_FILL_RATE : fillRate);
        } catch (RuntimeException e) {
            log.warn("H2 compaction at start skipped: " + e);
        }
    }

    /** What {@link #compact} did. */
    enum Outcome {
        NO_FILE,
        SMALL,
        NOT_AFTER_CRASH,
        FULL,
        COMPACTED,
        DAMAGED,
        FAILED
    }

    /**
     * Compacts the H2 file database of {@code url} when its file has at least {@code minSize} bytes and
     * less than {@code fillRate} % of it is live; never throws.
     */
    Outcome compact(String url, String user, String password, long minSize, int fillRate) {
        Path file = CleanStop.h2FileBase(url).map(CleanStop::databaseFile).orElse(null);
        long before;
        try {
            if (file == null || !Files.isRegularFile(file)) {
                return Outcome.NO_FILE;
            }
            before = Files.size(file);
        } catch (IOException e) {
            log.warn("H2 compaction at start skipped: " + e);
            return Outcome.FAILED;
        }
        if (before < minSize) {
            return Outcome.SMALL;
        }
        // Only a file a clean stop left after a sound run: the first open after a crash is H2's
        // recovery, and the 30-cycle harness run saw a start fail when it was compacted right then.
        if (!CleanStop.stoppedCleanly(url)) {
            log.info("H2 compaction at start: not after a crash or kill (no clean-stop marker for " + file
                    + "); the next start after a clean stop compacts it");
            return Outcome.NOT_AFTER_CRASH;
        }
        long started = System.nanoTime();
        int live;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            live = liveShare(connection);
            if (live >= fillRate) {
                log.info(String.format(
                        Locale.ROOT,
                        "H2 compaction at start: not needed, %s is %s with %d %% live (compacted below %d %%)",
                        file,
                        megabytes(before),
                        live,
                        fillRate));
                return Outcome.FULL;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            if (damaged(e)) {
                log.error("H2 compaction at start: the database " + file
                        + " could not be read and was left untouched (the integrity check at start reports it): " + e);
                return Outcome.DAMAGED;
            }
            log.warn("H2 compaction at start failed, the database is used as it is: " + e);
            return Outcome.FAILED;
        }
        long after;
        try {
            after = Files.size(file);
        } catch (IOException e) {
            log.warn("H2 compaction at start: compacted, but the new size could not be read: " + e);
            return Outcome.COMPACTED;
        }
        log.info(String.format(
                Locale.ROOT,
                "H2 compaction at start: %s from %s to %s (%d %% live before) in %d ms",
                file,
                megabytes(before),
                megabytes(after),
                live,
                (System.nanoTime() - started) / 1_000_000));
        return Outcome.COMPACTED;
    }

    /** The live share of the file in percent: the share of the file in chunks × the live share of those. */
    static int liveShare(Connection connection) throws SQLException {
        Map<String, String> info = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE"
                        + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN"
                        + " ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                info.put(rows.getString(1), rows.getString(2));
            }
        }
        try {
            return Integer.parseInt(info.get("info.FILL_RATE").trim())
                    * Integer.parseInt(info.get("info.CHUNKS_FILL_RATE").trim())
                    / 100;
        } catch (RuntimeException e) {
            // unknown to this H2 version: compact (the file is large)
            return 0;
        }
    }

    private static boolean damaged(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == FILE_CORRUPTED) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("corrupt")) {
                return true;
            }
        }
        return false;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
