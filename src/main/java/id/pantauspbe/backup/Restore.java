package id.pantauspbe.backup;

import id.pantauspbe.base.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code java -jar pantau-spbe.jar --pantau.pulihkan=FILE.zip}: restores a backup into an empty data
 * folder before anything else of the application runs (called from {@code main}, before Spring,
 * Flyway or the demo data), then the application starts on it. Every entry is checked against the
 * manifest's size and SHA-256 first; a non-empty data folder, a missing or damaged file are refused
 * with a message and exit code 2, leaving the data folder as it was.
 *
 * <p>The data folder is {@code --pantau.data-dir=…}, else the system property or environment
 * variable {@code PANTAU_DATA_DIR}, else {@code ./data}.
 */
public final class Restore {

    /** The exit code of a refused or failed restore. */
    public static final int REFUSED = 2;

    private static final String ARGUMENT = "--pantau.pulihkan=";

    private Restore() {}

    /** Restores when the arguments ask for it; exits the JVM with {@link #REFUSED} when refused. */
    public static void fromArguments(String[] args) {
        String file = null;
        String dataDir = System.getProperty("pantau.data-dir", System.getenv("PANTAU_DATA_DIR"));
        for (String arg : args) {
            if (arg.startsWith(ARGUMENT)) {
                file = arg.substring(ARGUMENT.length());
            } else if (arg.startsWith("--pantau.data-dir=")) {
                dataDir = arg.substring("--pantau.data-dir=".length());
            }
        }
        if (file == null) {
            return;
        }
        try {
            String summary = restore(Path.of(file), Path.of(dataDir == null || dataDir.isBlank() ? "./data" : dataDir));
            System.out.println(summary);
        } catch (RestoreException e) {
            System.err.println(e.getMessage());
            System.exit(REFUSED);
        }
    }

    /** A restore refused or failed; its message is for the operator (Bahasa Indonesia). */
    public static final class RestoreException extends Exception {
        RestoreException(String key, Object... params) {
            super(Messages.indonesian(key, params));
        }
    }

    /** Restores {@code zip} into the empty or absent folder {@code dataDir}; a summary for the operator. */
    public static String restore(Path zip, Path dataDir) throws RestoreException {
        Path target = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(zip)) {
            throw new RestoreException("restore.error.noFile", zip);
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new RestoreException("restore.error.notEmpty", target);
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Properties manifest = manifest(archive, zip);
            verify(archive, manifest, zip);
            Files.createDirectories(target);
            try {
                int files = 0;
                for (Enumeration<? extends ZipEntry> e = archive.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (entry.getName().startsWith(BackupArchive.EVIDENCE) && !entry.isDirectory()) {
                        Path out = target.resolve(entry.getName()).normalize();
                        if (!out.startsWith(target.resolve("evidence"))) {
                            throw new RestoreException("restore.error.damaged", zip, entry.getName());
                        }
                        Files.createDirectories(out.getParent());
                        try (InputStream in = archive.getInputStream(entry)) {
                            Files.copy(in, out);
                        }
                        files++;
                    }
                }
                ZipEntry database = archive.getEntry(BackupArchive.DATABASE);
                if (database != null) {
                    Path script = target.resolve("restore-database.sql");
                    try (InputStream in = archive.getInputStream(database)) {
                        Files.copy(in, script);
                    }
                    try {
                        runScript(target, script);
                    } finally {
                        Files.deleteIfExists(script);
                    }
                }
                return Messages.indonesian(
                        "restore.done",
                        zip,
                        target,
                        database != null ? 1 : 0,
                        files,
                        created(manifest.getProperty("created")));
            } catch (RestoreException | IOException | SQLException | RuntimeException e) {
                empty(target);
                if (e instanceof RestoreException refused) {
                    throw refused;
                }
                throw new RestoreException("restore.error.failed", zip, e.getMessage());
            }
        } catch (IOException e) {
            throw new RestoreException("restore.error.damaged", zip, e.getMessage());
        }
    }

    private static Properties manifest(ZipFile archive, Path zip) throws IOException, RestoreException {
        ZipEntry entry = archive.getEntry(BackupArchive.MANIFEST);
        if (entry == null) {
            throw new RestoreException("restore.error.damaged", zip, BackupArchive.MANIFEST);
        }
        Properties manifest = new Properties();
        try (InputStream in = archive.getInputStream(entry)) {
            manifest.load(in);
        }
        return manifest;
    }

    /** Every entry but the manifest is listed in it with its size and SHA-256, and matches. */
    private static void verify(ZipFile archive, Properties manifest, Path zip) throws IOException, RestoreException {
        for (Enumeration<? extends ZipEntry> e = archive.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            if (name.equals(BackupArchive.MANIFEST) || entry.isDirectory()) {
                continue;
            }
            String sha = manifest.getProperty("sha256." + name);
            if (sha == null || name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                throw new RestoreException("restore.error.damaged", zip, name);
            }
            MessageDigest digest = BackupArchive.sha256();
            long size;
            try (InputStream in = new DigestInputStream(archive.getInputStream(entry), digest)) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (!sha.equals(HexFormat.of().formatHex(digest.digest()))
                    || !Long.toString(size).equals(manifest.getProperty("size." + name))) {
                throw new RestoreException("restore.error.damaged", zip, name);
            }
        }
    }

    private static void runScript(Path dataDir, Path script) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("pantau").toString().replace('\\', '/');
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "'");
            s.execute("SHUTDOWN");
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what a failed restore wrote, so the folder is empty again for another try. */
    private static void empty(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // best effort: the operator is told the restore failed
        }
    }

    /** When the backup was made, as the rest of the app writes times ("1 Desember 2026, 07.22"). */
    private static String created(String instant) {
        try {
            return id.pantauspbe.base.TextFormat.dateTime(
                    java.time.Instant.parse(instant).atOffset(java.time.ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return String.valueOf(instant);
        }
    }
}
