package id.pantauspbe.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/**
 * The database side of backups, on connections of its own (never inside a caller's transaction): an
 * H2 {@code SCRIPT} of the whole database from one snapshot, and the integrity check that reads
 * every table through every index.
 */
@Repository
class BackupRepository {

    private final DataSource dataSource;

    BackupRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database is H2 (which this application can back up itself). */
    boolean isH2() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:");
        } catch (SQLException e) {
            throw new IllegalStateException("database unreachable", e);
        }
    }

    /**
     * Writes the whole H2 database as SQL to {@code target}, read from one snapshot (isolation
     * SNAPSHOT), so a backup taken while others write is consistent. Reading every row also proves
     * the database reads: a damaged one fails here instead of being copied.
     */
    void script(Path target) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            c.setAutoCommit(false);
            try {
                s.execute("SCRIPT TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
                c.commit();
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        }
    }

    /**
     * Reads every row of every table of the application's schema; on H2 also through each other
     * index (the rows fetched through it), whose count must agree. The problems found, empty when
     * everything read.
     */
    List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean h2 = c.getMetaData().getURL().startsWith("jdbc:h2:");
            Map<String, List<String[]>> tables = tables(c, h2);
            for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
                String name = quote(table.getKey());
                long rows;
                try {
                    rows = read(c, "select * from " + name);
                } catch (SQLException e) {
                    problems.add(table.getKey() + ": " + describe(e));
                    continue;
                }
                for (String[] index : table.getValue()) {
                    String column = quote(index[1]);
                    try {
                        long nulls = read(c, "select 1 from " + name + " where " + column + " is null");
                        long viaIndex = read(
                                c,
                                "select * from " + name + " use index (" + quote(index[0]) + ") where " + column
                                        + " >= (select min(" + column + ") from " + name + ")");
                        if (viaIndex + nulls != rows) {
                            problems.add(table.getKey() + ": index " + index[0] + " has " + (viaIndex + nulls)
                                    + " rows, the table " + rows);
                        }
                    } catch (SQLException e) {
                        problems.add(table.getKey() + ": index " + index[0] + ": " + describe(e));
                    }
                }
            }
        } catch (SQLException e) {
            problems.add(describe(e));
        }
        return problems;
    }

    /** Table name → its indexes on H2 (name and first column); the current schema's tables. */
    private static Map<String, List<String[]>> tables(Connection c, boolean h2) throws SQLException {
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        String schema = c.getSchema();
        try (ResultSet r = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (r.next()) {
                tables.put(r.getString("TABLE_NAME"), new ArrayList<>());
            }
        }
        if (!h2) {
            return tables;
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select i.table_name, i.index_name, c.column_name"
                        + " from information_schema.indexes i join information_schema.index_columns c"
                        + " on c.index_schema = i.index_schema and c.index_name = i.index_name"
                        + " and c.table_name = i.table_name"
                        + " where i.index_schema = '" + schema.replace("'", "''") + "' and c.ordinal_position = 1")) {
            while (r.next()) {
                List<String[]> indexes = tables.get(r.getString(1));
                if (indexes != null) {
                    indexes.add(new String[] {r.getString(2), r.getString(3)});
                }
            }
        }
        return tables;
    }

    /**
     * The message of an error and of each cause with another message. H2 retries a query that meets an
     * index entry whose row its primary index does not return (error 90143) until its lock timeout has
     * passed and then reports "Timeout trying to lock table" (50200, org.h2.command.Command): the cause
     * tells damage from a lock. No other transaction runs while the check at start reads.
     */
    static String describe(SQLException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable seen = e;
        for (Throwable t = e.getCause(); t != null && t != seen && text.length() < 1000; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !text.toString().contains(message)) {
                text.append(" (cause: ");
                if (t instanceof SQLException s) {
                    text.append(s.getErrorCode()).append(' ');
                }
                text.append(message).append(')');
            }
            seen = t;
        }
        return text.toString();
    }

    private static long read(Connection c, String sql) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
