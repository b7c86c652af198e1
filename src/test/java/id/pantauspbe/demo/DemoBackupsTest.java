package id.pantauspbe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.backup.BackupService;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.StageSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A fresh demo start (empty database, empty data folder) closes the 35 stages of 2019-2025 without
 * writing a safety backup for each; outside the demo loading, closing a stage still takes one.
 */
@AppTest
// a database and data folder of its own: the demo is loaded fresh here, whatever other tests did
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-backups;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jooq.sql-dialect=H2",
            "pantau.data-dir=target/test-demo-backups/${random.uuid}"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoBackupsTest {

    @Autowired
    BackupService backups;

    @Autowired
    CycleService cycle;

    @Autowired
    CurrentUser currentUser;

    @Test
    void loadingTheDemoTakesNoSafetyBackupsClosingAStageLaterDoes() throws IOException {
        // the demo did close the stages of 2019-2025
        assertThat(cycle.stage("CONTOH", 2019, Stage.MANDIRI).state()).isEqualTo(StageSchedule.State.CLOSED);
        assertThat(cycle.stage("CONTOH", 2025, Stage.FINAL).state()).isEqualTo(StageSchedule.State.CLOSED);
        assertThat(files()).noneMatch(name -> name.contains("tutup-tahap"));

        // inside the scope (as the demo loader) closing takes none
        currentUser.runAs(
                "koordinator",
                Role.ADMIN,
                () -> backups.withoutSafetyBackups(() -> cycle.close("CONTOH", 2026, Stage.MANDIRI)));
        assertThat(cycle.stage("CONTOH", 2026, Stage.MANDIRI).state()).isEqualTo(StageSchedule.State.CLOSED);
        assertThat(files()).noneMatch(name -> name.contains("tutup-tahap"));

        // after it, closing a stage is preceded by a backup again
        currentUser.runAs("koordinator", Role.ADMIN, () -> cycle.close("CONTOH", 2026, Stage.DOKUMEN));
        assertThat(files()).filteredOn(name -> name.contains("tutup-tahap")).hasSize(1);
    }

    private List<String> files() throws IOException {
        Path directory = backups.directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
