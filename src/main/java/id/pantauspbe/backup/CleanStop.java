package id.pantauspbe.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Whether the H2 database file is, at this start, exactly as a clean stop left it after a run that
 * found it sound; then {@link DatabaseIntegrity} need not read every table through every index again
 * before the application is served.
 *
 * <p>The marker {@code <database>.clean-stop} (next to {@code <database>.mv.db}) holds the size and
 * modification time of the database file. It is read and deleted before the database is opened (the
 * data sources depend on this bean), and written again only after they are closed (H2 has written
 * and closed the file, and it is flushed to disk), and only when this run found the database sound.
 * After a crash, a kill or a power loss there is no marker (it was deleted at start), and a database
 * file changed or replaced while the application was stopped no longer matches it: both get the
 * full check. Only for an H2 file database; any other database is checked in full at every start.
 */
@Component(CleanStop.BEAN)
public class CleanStop implements DisposableBean {

    static final String BEAN = "cleanStop";
    private static final Logger log = LoggerFactory.getLogger(CleanStop.class);

    private final Path database;
    private final Path marker;
    private final boolean unchanged;
    private volatile boolean sound;

    CleanStop(@Value("${spring.datasource.url:}") String url) {
        Optional<Path> base = h2FileBase(url);
        this.database = base.map(CleanStop::databaseFile).orElse(null);
        this.marker = base.map(CleanStop::markerFile).orElse(null);
        this.unchanged = marker != null && consume(marker, database);
    }

    /**
     * Whether the last run stopped cleanly with the database found sound, and the database file is
     * unchanged since then.
     */
    public boolean databaseUnchangedSinceCleanStop() {
        return unchanged;
    }

    /** Called by the integrity check: whether this run found (or, unchanged, kept) a sound database. */
    void sound(boolean sound) {
        this.sound = sound;
    }

    /** After the data sources are closed: writes the marker when this run found the database sound. */
    @Override
    public void destroy() {
        if (marker == null || !sound || !Files.isRegularFile(database)) {
            return;
        }
        try {
            try (FileChannel file = FileChannel.open(database, StandardOpenOption.READ)) {
                file.force(true);
            }
            Path temp = marker.resolveSibling(marker.getFileName() + ".tmp");
            try (FileChannel out = FileChannel.open(
                    temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                out.write(StandardCharsets.UTF_8.encode(fingerprint(database)));
                out.force(true);
            }
            Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write {} (the next start checks the database in full): {}", marker, e.toString());
        }
    }

    /**
     * Whether the database file of an H2 file URL is as a clean stop of a sound run left it (the
     * marker matches), without consuming the marker; false for any other URL or on any doubt.
     */
    static boolean stoppedCleanly(String url) {
        Optional<Path> base = h2FileBase(url);
        if (base.isEmpty()) {
            return false;
        }
        Path marker = markerFile(base.get());
        Path database = databaseFile(base.get());
        try {
            return Files.isRegularFile(marker)
                    && Files.isRegularFile(database)
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(fingerprint(database));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads and deletes the marker; whether it matched the database file. */
    private static boolean consume(Path marker, Path database) {
        if (!Files.exists(marker)) {
            return false;
        }
        try {
            String found = Files.readString(marker, StandardCharsets.UTF_8);
            Files.delete(marker);
            return Files.isRegularFile(database) && found.equals(fingerprint(database));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read and delete {}: {}; the database is checked in full", marker, e.toString());
            return false;
        }
    }

    static String fingerprint(Path database) throws IOException {
        return "# Pantau SPBE stopped cleanly with the database found sound; the next start skips the full"
                + " integrity check while " + database.getFileName() + " is unchanged. Delete this file to check.\n"
                + "size=" + Files.size(database) + "\n"
                + "modified=" + Files.getLastModifiedTime(database).toInstant() + "\n";
    }

    /** The H2 file of a database path without its ending ({@link #h2FileBase}). */
    static Path databaseFile(Path base) {
        return Path.of(base + ".mv.db");
    }

    private static Path markerFile(Path base) {
        return Path.of(base + ".clean-stop");
    }

    /** The database path without {@code .mv.db} for an embedded H2 file URL; empty for any other. */
    static Optional<Path> h2FileBase(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (!(rest.startsWith("/") || rest.startsWith("./") || rest.startsWith("~"))) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio... are not a plain local file
        }
        if (rest.isBlank()) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest).toAbsolutePath().normalize());
    }

    /** Makes every data source depend on this bean: created after it, closed before it. */
    @Configuration(proxyBeanMethods = false)
    static class DataSourcesAfterCleanStop {

        @Bean
        static BeanFactoryPostProcessor dataSourcesDependOnCleanStop() {
            return DataSourcesAfterCleanStop::dependOnCleanStop;
        }

        static void dependOnCleanStop(ConfigurableListableBeanFactory factory) {
            for (String name : factory.getBeanNamesForType(DataSource.class, true, false)) {
                if (!factory.containsBeanDefinition(name)) {
                    continue;
                }
                BeanDefinition definition = factory.getBeanDefinition(name);
                String[] before = definition.getDependsOn();
                String[] after = before == null ? new String[1] : java.util.Arrays.copyOf(before, before.length + 1);
                after[after.length - 1] = BEAN;
                definition.setDependsOn(after);
            }
        }
    }
}
