package id.pantauspbe.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import id.pantauspbe.Application;
import id.pantauspbe.access.ApiTokenService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.PeersService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.exchange.ExchangeService;
import id.pantauspbe.exchange.ImportKind;
import id.pantauspbe.exchange.ImportResult;
import id.pantauspbe.exchange.ImportSource;
import id.pantauspbe.exchange.NationalFile;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The national-scale benchmark (issue 14): the whole application (profile demo, an H2 file database
 * in a fresh folder) loaded with a synthetic national file (615 instansi × 2018–2025 × mandiri and
 * final, 418,200 values, {@link NationalFile}, deterministic) through the import service; then the
 * ranking of a year as Pembanding asks for it, the index of one instansi as {@code GET
 * /api/v1/indeks} reads it (in the service and over HTTP with an API token), heap figures, and
 * DuckDB computing the same ranking from the same rows. Only APIs present before and after the
 * kept results are used, so the same class measures both. Run with {@code
 * scripts/national-benchmark.sh}.
 */
public final class NationalBenchmark {

    private static final int YEAR = 2024;

    private NationalBenchmark() {}

    /** Runs the measurements; the JVM ends with it (the application's threads would keep it alive after a failure). */
    public static void main(String[] args) {
        int status = 1;
        try {
            measure(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    private static void measure(String[] args) throws Exception {
        int instansi = args.length > 0 ? Integer.parseInt(args[0]) : 615;
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 2018;
        int last = args.length > 2 ? Integer.parseInt(args[2]) : 2025;
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 15;
        Path work = Files.createTempDirectory("pantau-national-bench");

        long startNanos = System.nanoTime();
        SpringApplication application = new SpringApplication(Application.class);
        ConfigurableApplicationContext context = application.run(
                "--spring.profiles.active=demo",
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--vaadin.productionMode=true",
                "--pantau.data-dir=" + work.resolve("data"),
                // the production URL (the test classpath's configuration would pick an in-memory database)
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("data") + "/pantau"
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0",
                "--pantau.import.max-file-size=256MB",
                "--logging.level.id.pantauspbe=warn",
                "--pantau.backup.before-import=false",
                "--pantau.backup.daily=false",
                "--pantau.clock.fixed-date=2026-11-23",
                "--logging.level.root=warn",
                "--logging.level.id.pantauspbe.exchange=info",
                "--logging.level.id.pantauspbe.evaluation=info");
        report("start", "%.1f s to a started context", (System.nanoTime() - startNanos) / 1e9);
        CurrentUser users = context.getBean(CurrentUser.class);
        EvaluationService evaluation = context.getBean(EvaluationService.class);
        PeersService analysis = context.getBean(PeersService.class);
        ExchangeService exchange = context.getBean(ExchangeService.class);

        // ---- import
        NationalFile national = new NationalFile(instansi, first, last, "NAS", 42);
        Path file = work.resolve("nasional.csv");
        long rows;
        try (OutputStream out = Files.newOutputStream(file)) {
            rows = national.write(out);
        }
        HeapWatch heap = new HeapWatch();
        long before = heap.afterFullGc();
        heap.start();
        long importStart = System.nanoTime();
        ImportResult imported = as(
                users,
                "koordinator",
                Role.ADMIN,
                () -> exchange.importFile(ImportKind.HASIL, "nasional.csv", ImportSource.of(file), "koordinator"));
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        long peak = heap.stop();
        if (!imported.valid()) {
            throw new IllegalStateException("the national file was refused: " + imported);
        }
        report(
                "import",
                "%,d rows (%d MB) in %.1f s: %,.0f rows/s",
                rows,
                Files.size(file) / 1024 / 1024,
                importSeconds,
                rows / importSeconds);
        report(
                "import heap",
                "%d MB after a full GC before; largest after a GC during the import %d MB; growth %d MB",
                before / 1024 / 1024,
                peak / 1024 / 1024,
                (peak - before) / 1024 / 1024);
        report("heap loaded", "%d MB live after a full GC", heap.afterFullGc() / 1024 / 1024);

        // ---- ranking of a year, as Pembanding asks for it
        Analysis.Peers peers = as(users, "kadis", Role.PIMPINAN, () -> analysis.peers(YEAR));
        long ranked = peers.ranking().stream().filter(Analysis.PeerRow::ranked).count();
        Timing ranking = time(seconds, () -> as(users, "kadis", Role.PIMPINAN, () -> analysis.peers(YEAR)));
        report(
                "ranking " + YEAR,
                "%s (%d rows, %d ranked)",
                ranking,
                peers.ranking().size(),
                ranked);

        // ---- the index of one instansi, as GET /api/v1/indeks reads it
        int[] next = {0};
        Timing indeks = time(
                seconds,
                () -> as(users, "kadis", Role.PIMPINAN, () -> {
                    String code = national.code(1 + (next[0]++ % instansi));
                    return evaluation.find(code).flatMap(i -> evaluation.result(i.code(), YEAR));
                }));
        report("indeks (service)", "%s", indeks);
        ApiTokenService tokens = context.getBean(ApiTokenService.class);
        String token = as(
                users, "kadis", Role.PIMPINAN, () -> tokens.create("benchmark").token());
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        Timing api = time(seconds, () -> {
            String code = national.code(1 + (next[0]++ % instansi));
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + "/api/v1/indeks?instansi=" + code + "&tahun=" + YEAR))
                    .header("Authorization", "Bearer " + token)
                    .build();
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                }
                return answer.body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        report("indeks (HTTP, token)", "%s", api);

        // ---- DuckDB: the same ranking from the same rows
        DataSource dataSource = context.getBean(DataSource.class);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            long copyStart = System.nanoTime();
            long copied = copyToDuckDb(dataSource, duck);
            report("duckdb load", "%,d values copied in %.1f s", copied, (System.nanoTime() - copyStart) / 1e9);
            String sql = "select instansi, idx, rank() over (order by idx desc) as peringkat from ("
                    + " select v.instansi, round(sum(w.weight * v.score)) / 100 as idx, count(*) as n"
                    + " from nilai v join bobot w on w.tahun = v.tahun and w.indikator = v.indikator"
                    + " where v.tahun = ? and v.tahap = 'FINAL' group by v.instansi)"
                    + " where n = (select count(*) from bobot where tahun = ?) order by peringkat, instansi";
            Map<String, BigDecimal> duckValues = new HashMap<>();
            try (PreparedStatement statement = duck.prepareStatement(sql)) {
                Timing duckTime = time(seconds, () -> {
                    try {
                        statement.setInt(1, YEAR);
                        statement.setInt(2, YEAR);
                        List<String> out = new ArrayList<>();
                        try (ResultSet rs = statement.executeQuery()) {
                            duckValues.clear();
                            while (rs.next()) {
                                out.add(rs.getString(1));
                                duckValues.put(rs.getString(1), rs.getBigDecimal(2));
                            }
                        }
                        return out;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                report("duckdb ranking " + YEAR, "%s (%d ranked)", duckTime, duckValues.size());
            }
            long differ = peers.ranking().stream()
                    .filter(Analysis.PeerRow::ranked)
                    .filter(r -> duckValues.containsKey(r.instansi().code()))
                    .filter(r -> duckValues.get(r.instansi().code()).compareTo(r.value()) != 0)
                    .count();
            long nationalRanked = peers.ranking().stream()
                    .filter(Analysis.PeerRow::ranked)
                    .filter(r -> r.instansi().code().startsWith("NAS-"))
                    .count();
            report(
                    "same figures",
                    "%d ranked by the application (%d synthetic), %d by DuckDB; %d figures differ",
                    ranked,
                    nationalRanked,
                    duckValues.size(),
                    differ);
        }
        context.close();
    }

    /** Copies the values and the weights of their years from the application's database into DuckDB. */
    private static long copyToDuckDb(DataSource dataSource, Connection duck) throws Exception {
        try (Statement ddl = duck.createStatement()) {
            ddl.execute("create table nilai (instansi varchar, tahun integer, tahap varchar, indikator varchar,"
                    + " score decimal(5,2))");
            ddl.execute("create table bobot (tahun integer, indikator varchar, weight decimal(9,4))");
        }
        long copied = 0;
        try (Connection h2 = dataSource.getConnection();
                Statement read = h2.createStatement()) {
            DuckDBConnection target = duck.unwrap(DuckDBConnection.class);
            try (ResultSet rs = read.executeQuery("select v.instansi_code, v.eval_year, v.stage, n.code, v.score"
                            + " from evaluation_value v join framework_node n on n.id = v.indicator_id");
                    DuckDBAppender appender = target.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "nilai")) {
                while (rs.next()) {
                    appender.beginRow();
                    appender.append(rs.getString(1));
                    appender.append(rs.getInt(2));
                    appender.append(rs.getString(3));
                    appender.append(rs.getString(4));
                    appender.append(rs.getBigDecimal(5));
                    appender.endRow();
                    copied++;
                }
            }
            try (ResultSet rs = read.executeQuery("select y.eval_year, n.code, n.weight from framework_year y"
                            + " join framework_node n on n.framework_code = y.framework_code"
                            + " where n.kind = 'INDICATOR'");
                    DuckDBAppender appender = target.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bobot")) {
                while (rs.next()) {
                    appender.beginRow();
                    appender.append(rs.getInt(1));
                    appender.append(rs.getString(2));
                    appender.append(rs.getBigDecimal(3).setScale(4));
                    appender.endRow();
                }
            }
        }
        return copied;
    }

    /** Calls {@code call} for about {@code seconds} after a warm-up of a third of that; median, p95, min. */
    private static Timing time(double seconds, Supplier<?> call) {
        long warmUntil = System.nanoTime() + (long) (seconds / 3 * 1e9);
        int warm = 0;
        while (System.nanoTime() < warmUntil || warm < 3) {
            call.get();
            warm++;
        }
        List<Long> times = new ArrayList<>();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while ((System.nanoTime() < until || times.size() < 5) && times.size() < 100_000) {
            long t = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - t);
        }
        times.sort(null);
        return new Timing(
                times.size(), times.get(times.size() / 2), times.get((int) (times.size() * 0.95)), times.getFirst());
    }

    private record Timing(int calls, long median, long p95, long min) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "median %s, p95 %s, min %s over %d calls", ms(median), ms(p95), ms(min), calls);
        }

        private static String ms(long nanos) {
            return String.format(Locale.ROOT, nanos < 10_000_000 ? "%.2f ms" : "%.0f ms", nanos / 1e6);
        }
    }

    private static <T> T as(CurrentUser users, String username, Role role, Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        users.runAs(username, role, () -> result.set(call.get()));
        return result.get();
    }

    private static void report(String what, String format, Object... args) {
        System.out.printf(Locale.ROOT, "%-22s %s%n", what + ":", String.format(Locale.ROOT, format, args));
    }

    /** Heap after full GCs, and the largest heap after any GC while watching (as the import script reads the GC log). */
    private static final class HeapWatch {

        private final AtomicLong peak = new AtomicLong();
        private volatile boolean watching;

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (!watching) {
                                        return;
                                    }
                                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    peak.accumulateAndGet(used, Math::max);
                                },
                                n -> n.getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
                                null);
            }
        }

        long afterFullGc() {
            System.gc();
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        void start() {
            peak.set(0);
            watching = true;
        }

        long stop() {
            watching = false;
            return peak.get();
        }
    }
}
