package id.pantauspbe.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

/**
 * The integrity check's report names the cause H2 hides behind "Timeout trying to lock table": an index
 * entry whose row the primary index does not return (the crash harness's cycle 18, README "Crash harness").
 */
class IntegrityProblemTextTest {

    @Test
    void aLockTimeoutCausedByAMissingRowNamesTheMissingRow() {
        // as org.h2.command.Command builds it once a query has met error 90143 for the whole lock timeout
        DbException missingRow =
                DbException.get(ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX, "PUBLIC.EVALUATION_VALUE.tableScan", "20917");
        SQLException reported =
                DbException.get(ErrorCode.LOCK_TIMEOUT_1, missingRow).getSQLException();

        String text = BackupRepository.describe(reported);

        assertThat(text)
                .startsWith("Timeout trying to lock table")
                .contains("(cause: Row \"20917\" not found in primary index \"PUBLIC.EVALUATION_VALUE.tableScan\""
                        + " [90143-");
    }

    @Test
    void anErrorWithoutCauseKeepsItsMessage() {
        SQLException plain = DbException.getJdbcSQLException(ErrorCode.FILE_CORRUPTED_1, "pantau.mv.db");

        assertThat(BackupRepository.describe(plain)).isEqualTo(plain.getMessage());
    }
}
