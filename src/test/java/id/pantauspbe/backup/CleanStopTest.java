package id.pantauspbe.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/** The clean-stop marker that lets a start skip the full integrity check, and only then. */
class CleanStopTest {

    @TempDir
    Path temp;

    @Test
    void onlyAnEmbeddedH2FileHasAMarker() {
        assertThat(CleanStop.h2FileBase("jdbc:h2:file:" + temp + "/pantau;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .contains(temp.resolve("pantau"));
        assertThat(CleanStop.h2FileBase("jdbc:h2:" + temp + "/pantau")).contains(temp.resolve("pantau"));
        assertThat(CleanStop.h2FileBase("jdbc:h2:file:./data/pantau"))
                .contains(Path.of("data/pantau").toAbsolutePath());
        assertThat(CleanStop.h2FileBase("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(CleanStop.h2FileBase("jdbc:h2:tcp://localhost/~/pantau")).isEmpty();
        assertThat(CleanStop.h2FileBase("jdbc:postgresql://localhost/pantau")).isEmpty();
        assertThat(CleanStop.h2FileBase("")).isEmpty();
    }

    @Test
    void aCleanStopOfASoundRunLetsTheNextStartSkipTheCheckOnce() throws Exception {
        Path database = Files.writeString(temp.resolve("pantau.mv.db"), "chunks");
        String url = "jdbc:h2:file:" + temp.resolve("pantau") + ";WRITE_DELAY=0";

        CleanStop first = new CleanStop(url);
        assertThat(first.databaseUnchangedSinceCleanStop()).isFalse();
        first.sound(true);
        first.destroy();
        assertThat(temp.resolve("pantau.clean-stop")).exists();

        CleanStop second = new CleanStop(url);
        assertThat(second.databaseUnchangedSinceCleanStop()).isTrue();
        assertThat(temp.resolve("pantau.clean-stop")).doesNotExist(); // a crash now leaves no marker

        CleanStop afterCrash = new CleanStop(url);
        assertThat(afterCrash.databaseUnchangedSinceCleanStop()).isFalse();
        assertThat(Files.readString(database)).isEqualTo("chunks");
    }

    @Test
    void aDamagedOrUncheckedRunWritesNoMarker() throws Exception {
        Path database = temp.resolve("pantau.mv.db");
        String url = "jdbc:h2:file:" + temp.resolve("pantau");
        CleanStop unchecked = new CleanStop(url);
        unchecked.destroy(); // no database file yet
        assertThat(temp.resolve("pantau.clean-stop")).doesNotExist();

        Files.writeString(database, "chunks");
        CleanStop damaged = new CleanStop(url);
        damaged.sound(true);
        damaged.sound(false);
        damaged.destroy();
        assertThat(temp.resolve("pantau.clean-stop")).doesNotExist();
    }

    @Test
    void aDatabaseFileChangedWhileStoppedIsCheckedInFull() throws Exception {
        Path database = Files.writeString(temp.resolve("pantau.mv.db"), "chunks");
        String url = "jdbc:h2:file:" + temp.resolve("pantau");
        CleanStop run = new CleanStop(url);
        run.sound(true);
        run.destroy();
        Files.writeString(database, "more", StandardOpenOption.APPEND);
        assertThat(new CleanStop(url).databaseUnchangedSinceCleanStop()).isFalse();

        run = new CleanStop(url);
        run.sound(true);
        run.destroy();
        Files.setLastModifiedTime(database, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(new CleanStop(url).databaseUnchangedSinceCleanStop()).isFalse();
    }

    @Test
    void dataSourcesAreOpenedAfterTheMarkerIsReadAndClosedBeforeItIsWritten() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        RootBeanDefinition dataSource = new RootBeanDefinition(JdbcDataSource.class);
        dataSource.setDependsOn("flywayConfig");
        factory.registerBeanDefinition("dataSource", dataSource);
        factory.registerBeanDefinition("other", new RootBeanDefinition(String.class));

        CleanStop.DataSourcesAfterCleanStop.dependOnCleanStop(factory);

        assertThat(factory.getBeanDefinition("dataSource").getDependsOn()).containsExactly("flywayConfig", "cleanStop");
        assertThat(factory.getBeanDefinition("other").getDependsOn()).isNull();
    }
}
