import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * H2 alone, without the application: a kill -9 while H2 commits one large transaction (README "Crash
 * harness", cycle 18). Each round a child JVM inserts ROWS rows into a table shaped like
 * EVALUATION_VALUE (a four-column primary key and three more indexes) in one transaction on an H2 file
 * database with the application's settings, prints COMMITTING, commits, runs CHECKPOINT and prints DONE;
 * the first round is let finish to measure that commit, the others are killed a random 0-100 % of it
 * after COMMITTING. Then a copy of the files is opened and the table is counted through its scan and
 * through each index: a round is damaged when a count disagrees or a read fails; the database is then
 * made anew. Usage (the H2 jar to test on the class path):
 *
 * <pre>
 * java -Dh2commitkill.source=scripts/H2CommitKill.java -cp h2-2.5.252.jar scripts/H2CommitKill.java /tmp/h2kill 8 34000
 * </pre>
 */
public class H2CommitKill {

    static final String OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0;REUSE_SPACE=FALSE";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 4 ? args[4] : OPTIONS);
            return;
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        String options = args.length > 3 ? args[3] : OPTIONS;
        Random random = new Random(args.length > 4 ? Long.parseLong(args[4]) : 1);
        fresh(dir);
        long commitMillis = -1;
        int killed = 0, damaged = 0, whole = 0, nothing = 0, answered = 0;
        for (int round = 1; round <= rounds; round++) {
            Process child;
            child = new ProcessBuilder(command(round, rows, options, dir)).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            String line;
            long committing = 0;
            boolean done = false;
            long planned = -1;
            while ((line = out.readLine()) != null) {
                if (line.equals("COMMITTING")) {
                    committing = System.nanoTime();
                    if (commitMillis >= 0) {
                        planned = (long) (random.nextDouble() * commitMillis);
                        Thread.sleep(planned);
                        child.destroyForcibly();
                        break;
                    }
                } else if (line.equals("DONE")) {
                    done = true;
                    if (commitMillis < 0) {
                        commitMillis = (System.nanoTime() - committing) / 1_000_000;
                    }
                    break;
                } else {
                    System.out.println("  child: " + line);
                }
            }
            child.destroyForcibly();
            child.waitFor();
            String how = done ? "answered (commit and CHECKPOINT " + commitMillis + " ms)"
                    : committing == 0 ? "killed before COMMITTING" : "killed " + planned + " ms after COMMITTING";
            if (done) {
                answered++;
            } else if (committing != 0) {
                killed++;
            }
            String found = check(dir, round, rows);
            System.out.println("round " + round + ": " + how + "; " + found);
            if (found.startsWith("DAMAGED")) {
                damaged++;
                fresh(dir);
            } else if (!done && found.contains("cut round whole")) {
                whole++;
            } else if (!done && found.contains("cut round absent")) {
                nothing++;
            }
        }
        System.out.println("RESULT " + System.getProperty("java.class.path") + ": " + rounds + " rounds, " + answered
                + " answered, " + killed + " killed during the commit: " + damaged + " damaged, " + whole
                + " whole, " + nothing + " nothing");
    }

    static List<String> command(int round, int rows, String options, Path dir) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(System.getProperty("h2commitkill.source", "scripts/H2CommitKill.java"));
        c.add("child");
        c.add(dir.resolve("db").toString());
        c.add(Integer.toString(round));
        c.add(Integer.toString(rows));
        c.add(options);
        return c;
    }

    static void fresh(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + OPTIONS, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("create table v(code varchar(20) not null, yr int not null, stage varchar(10) not null,"
                    + " ind int not null, score decimal(5, 2), primary key (code, yr, stage, ind))");
            s.execute("create index v_code on v(code)");
            s.execute("create index v_ind on v(ind)");
            s.execute("create index v_yr on v(yr, code)");
        }
    }

    /** The child: one transaction of rows inserts, COMMITTING, commit, CHECKPOINT, DONE. */
    static void child(String db, int round, int rows, String options) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + options, "sa", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into v values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    p.setString(1, "R" + round + "-" + (i / 680));
                    p.setInt(2, 2018 + (i / 85) % 8);
                    p.setString(3, (i / 680) % 2 == 0 ? "MANDIRI" : "FINAL");
                    p.setInt(4, i % 85 + ((i / 85) % 8) * 1000 + ((i / 680) % 2) * 100000);
                    p.setBigDecimal(5, java.math.BigDecimal.valueOf(i % 500, 2));
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            System.out.println("COMMITTING");
            System.out.flush();
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }

    /** A copy of the files, counted through the scan and each index; the cut round whole, absent or damaged. */
    static String check(Path dir, int round, int rows) throws Exception {
        Path copy = dir.resolveSibling(dir.getFileName() + "-check");
        fresh(copy);
        Files.copy(dir.resolve("db.mv.db"), copy.resolve("db.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        StringBuilder text = new StringBuilder();
        boolean bad = false;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("db") + OPTIONS + ";LOCK_TIMEOUT=200", "sa", "");
                Statement s = c.createStatement()) {
            long scan = rows(s, "select * from v use index ()");
            text.append("scan ").append(scan);
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select i.index_name, c.column_name from information_schema.indexes i"
                    + " join information_schema.index_columns c on c.index_name = i.index_name"
                    + " and c.table_name = i.table_name where i.table_name = 'V' and c.ordinal_position = 1")) {
                while (r.next()) {
                    indexes.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] ix : indexes) {
                String index = ix[0];
                try {
                    long n = rows(s, "select * from v use index (\"" + index + "\") where \"" + ix[1]
                            + "\" >= (select min(\"" + ix[1] + "\") from v)");
                    text.append(", ").append(index).append(' ').append(n);
                    bad |= n != scan;
                } catch (SQLException e) {
                    text.append(", ").append(index).append(": ").append(e.getMessage().split("\n")[0]);
                    Throwable cause = e.getCause();
                    if (cause != null) {
                        text.append(" / ").append(cause.getMessage().split("\n")[0]);
                    }
                    bad = true;
                }
            }
            long cut = count(s, "select count(*) from v use index () where code like 'R" + round + "-%'");
            text.append(", cut round ").append(cut == rows ? "whole" : cut == 0 ? "absent" : "PARTIAL " + cut);
            bad |= cut != rows && cut != 0;
        } catch (SQLException e) {
            text.append("open/scan failed: ").append(e.getMessage().split("\n")[0]);
            bad = true;
        }
        return (bad ? "DAMAGED: " : "") + text;
    }

    static long rows(Statement s, String sql) throws SQLException {
        long n = 0;
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                n++;
            }
        }
        return n;
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
