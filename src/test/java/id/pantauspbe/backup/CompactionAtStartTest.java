package id.pantauspbe.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.backup.CompactionAtStart.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The compaction at start shrinks a grown H2 file (REUSE_SPACE=FALSE) and keeps every row. */
class CompactionAtStartTest {

    /** The application's own settings (application.properties). */
    private static final String OPTIONS =
            ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0;REUSE_SPACE=FALSE";

    private static final int ROWS = 5_000;

    @TempDir
    Path folder;

    private String url;
    private final CompactionAtStart step = new CompactionAtStart(supplier -> supplier.get());

    @BeforeEach
    void grownDatabase() throws SQLException {
        url = "jdbc:h2:file:" + folder.resolve("pantau") + OPTIONS;
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept(id INT PRIMARY KEY, text VARCHAR(300))");
            s.execute("CREATE TABLE churn(id INT PRIMARY KEY, text VARCHAR(300))");
            s.execute("INSERT INTO kept SELECT X, REPEAT('k', 200) || X FROM SYSTEM_RANGE(1, " + ROWS + ")");
            s.execute("CHECKPOINT");
            // written and deleted again: with REUSE_SPACE=FALSE every round is appended to the file
            for (int round = 0; round < 3; round++) {
                s.execute("INSERT INTO churn SELECT X, REPEAT('c', 250) FROM SYSTEM_RANGE(1, 5000)");
                s.execute("CHECKPOINT");
                s.execute("DELETE FROM churn");
                s.execute("CHECKPOINT");
            }
        }
    }

    @Test
    void aGrownFileShrinksAndKeepsEveryRow() throws Exception {
        Path file = folder.resolve("pantau.mv.db");
        long before = Files.size(file);
        assertThat(before).isGreaterThan(3_000_000L);

        markCleanStop();
        assertThat(step.compact(url, "sa", "", 1_000_000, 50)).isEqualTo(Outcome.COMPACTED);

        long after = Files.size(file);
        assertThat(after).isLessThan(before / 5);
        assertThat(Files.exists(folder.resolve("pantau.mv.db.tempFile"))).isFalse();
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(id), SUM(LENGTH(text)),"
                        + " COUNT(CASE WHEN text = REPEAT('k', 200) || id THEN 1 END) FROM kept")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(ROWS);
            assertThat(r.getLong(2)).isEqualTo((long) ROWS * (ROWS + 1) / 2);
            assertThat(r.getLong(4)).isEqualTo(ROWS);
            try (ResultSet churn = s.executeQuery("SELECT COUNT(*) FROM churn")) {
                churn.next();
                assertThat(churn.getLong(1)).isZero();
            }
        }
    }

    @Test
    void runsFromTheEnvironmentBeforeTheApplicationStarts() throws Exception {
        Path file = folder.resolve("pantau.mv.db");
        long before = Files.size(file);
        MockEnvironment environment = new MockEnvironment()
                .withProperty("pantau.data-dir", folder.toString())
                .withProperty("spring.datasource.url", "jdbc:h2:file:${pantau.data-dir}/pantau" + OPTIONS)
                .withProperty("spring.datasource.username", "sa")
                .withProperty("pantau.h2.compact-min-size", "1MB");

        markCleanStop();
        step.postProcessEnvironment(environment, new SpringApplication());

        assertThat(Files.size(file)).isLessThan(before / 5);
    }

    @Test
    void leavesASmallFileOrAFullOneOrOnlyWhenAsked() throws Exception {
        Path file = folder.resolve("pantau.mv.db");
        long before = Files.size(file);

        assertThat(step.compact(url, "sa", "", before + 1, 50)).isEqualTo(Outcome.SMALL);
        markCleanStop();
        assertThat(step.compact(url, "sa", "", 0, 0)).isEqualTo(Outcome.FULL);
        MockEnvironment off = new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty("pantau.h2.compact-min-size", "0B")
                .withProperty("pantau.h2.compact-at-start", "false");
        step.postProcessEnvironment(off, new SpringApplication());
        MockEnvironment notAFile = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:mem:test")
                .withProperty("pantau.h2.compact-min-size", "0B");
        step.postProcessEnvironment(notAFile, new SpringApplication());

        // opened and closed (H2 appends a chunk then), never compacted
        assertThat(Files.size(file)).isBetween(before, before + 1_000_000);
        assertThat(step.compact("jdbc:h2:file:" + folder.resolve("absent"), "sa", "", 0, 50))
                .isEqualTo(Outcome.NO_FILE);
    }

    @Test
    void aFailureDoesNotStopTheStart() throws Exception {
        Path file = folder.resolve("pantau.mv.db");
        long before = Files.size(file);
        // a database that does not open (here: a wrong password) is left as it is
        markCleanStop();
        assertThat(step.compact(url, "sa", "wrong", 0, 50)).isEqualTo(Outcome.FAILED);
        assertThat(Files.size(file)).isBetween(before, before + 1_000_000);
    }

    @Test
    void aFileLeftByACrashIsNotCompacted() throws Exception {
        Path file = folder.resolve("pantau.mv.db");
        long before = Files.size(file);
        // no clean-stop marker: the last run was killed (or the file changed since its clean stop)
        assertThat(step.compact(url, "sa", "", 1_000_000, 50)).isEqualTo(Outcome.NOT_AFTER_CRASH);
        assertThat(Files.size(file)).isEqualTo(before);
        markCleanStop();
        Files.writeString(folder.resolve("pantau.mv.db"), "x", java.nio.file.StandardOpenOption.APPEND);
        assertThat(step.compact(url, "sa", "", 1_000_000, 50)).isEqualTo(Outcome.NOT_AFTER_CRASH);
    }

    /** The marker a clean stop of a sound run writes (CleanStop). */
    private void markCleanStop() throws Exception {
        Path database = folder.resolve("pantau.mv.db");
        Files.writeString(folder.resolve("pantau.clean-stop"), CleanStop.fingerprint(database));
    }
}
