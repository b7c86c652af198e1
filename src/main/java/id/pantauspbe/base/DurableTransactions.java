package id.pantauspbe.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transaction manager, which on an H2 file database makes every committed write transaction
 * durable before the caller is answered: after the commit it runs {@code CHECKPOINT}, which writes
 * the store and waits for it. H2's own commit with {@code WRITE_DELAY=0} only tries to write the store
 * and skips when another thread holds it; scripts/crash-harness.sh lost answered rows to a kill -9
 * right after a large import's answer without this (README, "Crash harness").
 */
@Configuration(proxyBeanMethods = false)
class DurableTransactions {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new CheckpointingTransactionManager(dataSource);
    }

    static final class CheckpointingTransactionManager extends JdbcTransactionManager {

        private volatile Boolean h2File;

        CheckpointingTransactionManager(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            if (status.isReadOnly()) {
                return;
            }
            ConnectionHolder holder =
                    (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
            if (holder == null) {
                return;
            }
            try {
                Connection connection = holder.getConnection();
                if (isH2File(connection)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CHECKPOINT");
                    }
                }
            } catch (SQLException e) {
                throw new TransactionSystemException("committed, but not written to disk", e);
            }
        }

        private boolean isH2File(Connection connection) throws SQLException {
            Boolean known = h2File;
            if (known == null) {
                known = connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
                h2File = known;
            }
            return known;
        }
    }
}
