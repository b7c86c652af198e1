import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a stopped application's H2 database whole, for scripts/crash-harness.sh: every row of every
 * table through its primary (scan) index, then through each other index (rows fetched through the
 * index, so an index entry without its row fails), and the counts must agree. Prints one line per
 * table and, with a prefix argument, the evaluation values of the instansi whose code starts with it
 * ("V code,year,stage,indicator,score"), and with {@code -Dedits=INSTANSI,YEAR,STAGE} the values of that stage
 * ("E indicator,score", the harness's single-value edits). Exit code 0 when everything read and agreed, 2 otherwise. The
 * harness runs it on a copy of the files, so the application opens them as the crash left them.
 *
 * <pre>
 * java -cp h2.jar scripts/DbCheck.java jdbc:h2:file:DATA/pantau [PREFIX] [halt]
 * java -cp postgresql.jar -Duser=U -Dpassword=P scripts/DbCheck.java jdbc:postgresql://HOST/DB [PREFIX]
 * </pre>
 *
 * <p>On PostgreSQL (the application killed, the database server running) every table is read whole
 * with a sequential scan and counted again through an index on each indexed column.
 */
public class DbCheck {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String prefix = args.length > 1 && !args[1].isEmpty() ? args[1] : null;
        boolean halt = args.length > 2 && args[2].equals("halt");
        List<String> problems = new ArrayList<>();
        boolean postgres = url.startsWith("jdbc:postgresql:");
        try (Connection c = postgres
                ? DriverManager.getConnection(url, System.getProperty("user"), System.getProperty("password"))
                : DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "")) {
            if (postgres) {
                postgresTables(c, problems);
            } else {
                h2Tables(c, problems);
            }
            if (prefix != null) {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("select v.instansi_code, v.eval_year, v.stage, n.code, v.score"
                                + " from evaluation_value v join framework_node n on n.id = v.indicator_id"
                                + " where v.instansi_code like '" + prefix.replace("'", "") + "%'")) {
                    while (r.next()) {
                        System.out.println("V " + r.getString(1) + "," + r.getInt(2) + "," + r.getString(3) + ","
                                + r.getString(4) + "," + r.getBigDecimal(5).toPlainString());
                    }
                } catch (SQLException e) {
                    problems.add("values: " + causes(e));
                }
            }
            String edits = System.getProperty("edits");
            if (edits != null) {
                // the single-value edits of the harness: "E indicator,score" of one instansi, year and stage
                String[] e = edits.split(",");
                try (java.sql.PreparedStatement s = c.prepareStatement("select n.code, v.score"
                        + " from evaluation_value v join framework_node n on n.id = v.indicator_id"
                        + " where v.instansi_code = ? and v.eval_year = ? and v.stage = ?")) {
                    s.setString(1, e[0]);
                    s.setInt(2, Integer.parseInt(e[1]));
                    s.setString(3, e[2]);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            System.out.println("E " + r.getString(1) + "," + r.getBigDecimal(2).toPlainString());
                        }
                    }
                } catch (SQLException ex) {
                    problems.add("edited values: " + causes(ex));
                }
            }
        } catch (SQLException e) {
            problems.add("open: " + causes(e));
        }
        for (String problem : problems) {
            System.out.println("PROBLEM " + problem);
        }
        System.out.flush();
        if (halt) {
            // "halt": a crash right after the recovery of a crashed database and a full read
            Runtime.getRuntime().halt(problems.isEmpty() ? 0 : 2);
        }
        System.exit(problems.isEmpty() ? 0 : 2);
    }

    /** H2: every table read through its scan index, then through each other index; the counts must agree. */
    private static void h2Tables(Connection c, List<String> problems) throws SQLException {
        Map<String, List<String[]>> indexes = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select t.table_name from information_schema.tables t"
                        + " where t.table_schema = 'PUBLIC' and t.table_type = 'BASE TABLE' order by 1")) {
            while (r.next()) {
                indexes.put(r.getString(1), new ArrayList<>());
            }
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select i.table_name, i.index_name, c.column_name"
                        + " from information_schema.indexes i join information_schema.index_columns c"
                        + " on c.index_schema = i.index_schema and c.index_name = i.index_name"
                        + " where i.index_schema = 'PUBLIC' and c.ordinal_position = 1")) {
            while (r.next()) {
                indexes.get(r.getString(1)).add(new String[] {r.getString(2), r.getString(3)});
            }
        }
        for (Map.Entry<String, List<String[]>> table : indexes.entrySet()) {
            String name = '"' + table.getKey() + '"';
            long scanned;
            try {
                scanned = count(c, "select * from " + name);
            } catch (SQLException e) {
                problems.add(table.getKey() + ": scan failed: " + causes(e));
                continue;
            }
            StringBuilder line = new StringBuilder("T " + table.getKey() + " rows=" + scanned);
            for (String[] index : table.getValue()) {
                String column = '"' + index[1] + '"';
                try {
                    long nulls = single(c, "select count(*) from " + name + " where " + column + " is null");
                    long viaIndex = count(c, "select * from " + name + " use index (\"" + index[0] + "\") where "
                            + column + " >= (select min(" + column + ") from " + name + ")");
                    line.append(' ').append(index[0]).append('=').append(viaIndex + nulls);
                    if (viaIndex + nulls != scanned) {
                        problems.add(table.getKey() + ": index " + index[0] + " has " + (viaIndex + nulls)
                                + " rows, the table " + scanned);
                    }
                } catch (SQLException e) {
                    problems.add(table.getKey() + ": index " + index[0] + " failed: " + causes(e));
                }
            }
            System.out.println(line);
        }
    }

    /**
     * PostgreSQL (the application killed, PostgreSQL running): every table read whole with a sequential
     * scan, then counted through an index on each indexed first column (sequential scans off); the
     * counts must agree.
     */
    private static void postgresTables(Connection c, List<String> problems) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select t.relname, a.attname from pg_class t"
                        + " join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()"
                        + " left join pg_index x on x.indrelid = t.oid"
                        + " left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0] and a.attnum > 0"
                        + " where t.relkind = 'r' order by 1, 2")) {
            while (r.next()) {
                List<String> cols = columns.computeIfAbsent(r.getString(1), k -> new ArrayList<>());
                if (r.getString(2) != null && !cols.contains(r.getString(2))) {
                    cols.add(r.getString(2));
                }
            }
        }
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            String name = '"' + table.getKey() + '"';
            long scanned;
            try {
                planner(c, "on", "off");
                scanned = count(c, "select * from " + name);
            } catch (SQLException e) {
                problems.add(table.getKey() + ": scan failed: " + causes(e));
                continue;
            }
            StringBuilder line = new StringBuilder("T " + table.getKey() + " rows=" + scanned);
            for (String col : table.getValue()) {
                String column = '"' + col + '"';
                try {
                    planner(c, "off", "on");
                    long nulls = single(c, "select count(*) from " + name + " where " + column + " is null");
                    long viaIndex = single(c, "select count(*) from " + name + " where " + column + " is not null");
                    line.append(' ').append(col).append('=').append(viaIndex + nulls);
                    if (viaIndex + nulls != scanned) {
                        problems.add(table.getKey() + ": through an index on " + col + " " + (viaIndex + nulls)
                                + " rows, the table " + scanned);
                    }
                } catch (SQLException e) {
                    problems.add(table.getKey() + ": index on " + col + " failed: " + causes(e));
                }
            }
            System.out.println(line);
        }
        planner(c, "on", "on");
    }

    /**
     * The message of an error with each cause's, on one line. H2 reports a query that keeps meeting an
     * index entry whose row its primary index does not return (90143, ROW_NOT_FOUND_IN_PRIMARY_INDEX)
     * as "Timeout trying to lock table" (50200) once its lock timeout has passed (org.h2.command.Command
     * retries such a query): the cause tells that from a real lock held by another transaction.
     */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) {
                text.append(" | caused by ");
            }
            text.append(t instanceof SQLException s ? "[" + s.getErrorCode() + "] " : t.getClass().getSimpleName() + ": ")
                    .append(String.valueOf(t.getMessage()).replace('\n', ' '));
        }
        return text.toString();
    }

    private static void planner(Connection c, String seqscan, String indexes) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = " + seqscan);
            s.execute("set enable_indexscan = " + indexes);
            s.execute("set enable_indexonlyscan = " + indexes);
            s.execute("set enable_bitmapscan = " + indexes);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
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

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
