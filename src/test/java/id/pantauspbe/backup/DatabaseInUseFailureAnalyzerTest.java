package id.pantauspbe.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second start on a data folder in use is explained in Indonesian, other database failures are left alone. */
class DatabaseInUseFailureAnalyzerTest {

    private final DatabaseInUseFailureAnalyzer analyzer = new DatabaseInUseFailureAnalyzer();

    @Test
    void aDatabaseOpenInAnotherProcessIsExplained() {
        // the exception H2 itself builds for a file locked by another process, deep in the start's failure
        Throwable failure = new BeanCreationException(
                "flywayInitializer",
                "Unable to obtain connection from database",
                DbException.getJdbcSQLException(ErrorCode.DATABASE_ALREADY_OPEN_1, "/srv/pantau/data/pantau.mv.db"));

        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Basis data /srv/pantau/data/pantau.mv.db sedang dipakai oleh proses lain: Pantau SPBE"
                        + " sudah berjalan dengan folder data ini")
                .contains("(English) The database /srv/pantau/data/pantau.mv.db is in use by another process");
        assertThat(analysis.getAction()).startsWith("Hentikan aplikasi yang sedang berjalan lebih dulu");
    }

    @Test
    void otherDatabaseFailuresKeepSpringsReport() {
        Throwable failure = new BeanCreationException(
                "flywayInitializer", "failed", DbException.getJdbcSQLException(ErrorCode.WRONG_USER_OR_PASSWORD));

        assertThat(analyzer.analyze(failure)).isNull();
    }
}
