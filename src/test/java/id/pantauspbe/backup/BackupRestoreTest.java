package id.pantauspbe.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A backup of the running application restored into an empty folder holds the same rows and files. */
@AppTest
class BackupRestoreTest {

    @Autowired
    BackupService backups;

    @Autowired
    BackupRepository repository;

    @Autowired
    DataSource dataSource;

    @Autowired
    CurrentUser currentUser;

    @TempDir
    Path temp;

    @Test
    void aBackupRestoredIntoAnEmptyFolderHasEveryRowAndEvidenceFile() throws Exception {
        Path evidence = Path.of("target/test-data/evidence");
        Path mine = evidence.resolve("2099").resolve("backup-test-" + System.nanoTime());
        Files.createDirectories(mine.getParent());
        Files.write(mine, new byte[] {0x25, 0x50, 0x44, 0x46, 1, 2, 3});
        try {
            String name = asAdmin(backups::createNow);
            Path zip = asAdmin(() -> backups.file(name)).orElseThrow();
            Path restored = temp.resolve("data");

            String summary = Restore.restore(zip, restored);

            assertThat(summary).contains("Dipulihkan dari").contains(restored.toString());
            Map<String, List<String>> live;
            try (Connection c = dataSource.getConnection()) {
                live = everyRow(c);
            }
            Map<String, List<String>> copy;
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("pantau"), "sa", "")) {
                copy = everyRow(c);
            }
            assertThat(copy.keySet()).isEqualTo(live.keySet()).contains("EVALUATION_VALUE", "APP_USER");
            assertThat(copy.get("EVALUATION_VALUE")).hasSizeGreaterThan(100);
            assertThat(copy).isEqualTo(live);
            assertThat(files(restored.resolve("evidence"))).isEqualTo(files(evidence));
            assertThat(restored.resolve("evidence/2099").resolve(mine.getFileName()))
                    .hasSameBinaryContentAs(mine);
        } finally {
            Files.deleteIfExists(mine);
        }
    }

    @Test
    void aRestoreRefusesAFolderThatIsNotEmptyAndADamagedFile() throws Exception {
        String name = asAdmin(backups::createNow);
        Path zip = asAdmin(() -> backups.file(name)).orElseThrow();
        Path used = temp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("pantau.mv.db"), "x");
        assertThatThrownBy(() -> Restore.restore(zip, used))
                .isInstanceOf(Restore.RestoreException.class)
                .hasMessageContaining("tidak kosong");
        assertThat(used.resolve("pantau.mv.db")).hasContent("x");

        Path tampered = temp.resolve("tampered.zip");
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("database.sql")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            .replaceFirst("'koordinator'", "'penyusup'")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        Path empty = temp.resolve("empty");
        assertThatThrownBy(() -> Restore.restore(tampered, empty))
                .isInstanceOf(Restore.RestoreException.class)
                .hasMessageContaining("rusak");
        assertThat(empty).doesNotExist();
        assertThatThrownBy(() -> Restore.restore(temp.resolve("none.zip"), empty))
                .hasMessageContaining("tidak ditemukan");
    }

    @Test
    void theDatabaseReadsWholeThroughEveryIndex() {
        assertThat(repository.integrityProblems()).isEmpty();
    }

    @Test
    void retentionKeepsTheNewestAndDropsTheOld() throws IOException {
        Path dir = temp.resolve("backup");
        Files.createDirectories(dir);
        BackupService service = new BackupService(
                repository,
                new BackupSettings(false, java.time.LocalTime.of(2, 0), 3, 30, dir.toString(), true, true, true),
                temp.toString());
        long now = System.currentTimeMillis();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "pantau-cadangan-2026010" + (i + 1) + "-020000-harian.zip";
            Path file = dir.resolve(name);
            Files.write(file, new byte[] {1});
            // 0 is the oldest (45 days), 5 the newest (an hour)
            long age = i == 0 ? 45L * 24 * 3_600_000 : (6 - i) * 3_600_000L;
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(now - age));
            names.add(name);
        }
        Files.writeString(dir.resolve("notes.txt"), "not a backup");

        service.applyRetention();

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(names.get(5), names.get(4), names.get(3), "notes.txt");
        }

        // older than keepDays: gone; the newest (by time) is always kept
        Files.setLastModifiedTime(
                dir.resolve(names.get(5)), java.nio.file.attribute.FileTime.fromMillis(now - 40L * 24 * 3_600_000));
        Files.setLastModifiedTime(
                dir.resolve(names.get(4)), java.nio.file.attribute.FileTime.fromMillis(now - 41L * 24 * 3_600_000));
        service.applyRetention();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names.get(3), "notes.txt");
        }
    }

    @Test
    void theDailyBackupRunsAtTheConfiguredTime() {
        var evening = java.time.LocalDateTime.of(2026, 12, 1, 22, 30);
        assertThat(id.pantauspbe.base.DailyTime.untilNext(evening, java.time.LocalTime.of(2, 0)))
                .isEqualTo(java.time.Duration.ofMinutes(210));
        assertThat(id.pantauspbe.base.DailyTime.untilNext(evening, java.time.LocalTime.of(23, 0)))
                .isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(id.pantauspbe.base.DailyTime.untilNext(evening, java.time.LocalTime.of(22, 30)))
                .isEqualTo(java.time.Duration.ofDays(1));
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        currentUser.runAs("koordinator", Role.ADMIN, () -> result.set(action.get()));
        return result.get();
    }

    /** Table → its rows as text, sorted; the application's tables. */
    private static Map<String, List<String>> everyRow(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"BASE TABLE", "TABLE"})) {
            while (r.next()) {
                names.add(r.getString("TABLE_NAME"));
            }
        }
        for (String table : names) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select * from \"" + table + "\"")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(r.getString(i)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }

    /** Relative path → bytes' hash of every file under a folder (temporary uploads aside). */
    private static Map<String, Integer> files(Path root) throws IOException {
        Map<String, Integer> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                if (!name.startsWith("tmp")) {
                    files.put(name, java.util.Arrays.hashCode(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }
}
