package id.pantauspbe.bench;

import id.pantauspbe.Application;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.OverviewService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.rakor.RakorService;
import id.pantauspbe.rakor.RakorSnapshot;
import id.pantauspbe.rakor.ReportService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The services behind the dashboard, the rakor and the Laporan SPBE, on the whole application
 * (profile demo, in-memory H2 with the demo data, the web server on a free port but never called),
 * started once per fork; each benchmark method runs in a fork of its own. Calls run as {@code
 * kadis} (PIMPINAN), like a Kepala Dinas opening the dashboard.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ServiceBenchmark {

    private static final String INSTANSI = "CONTOH";
    private static final int YEAR = 2021;

    private ConfigurableApplicationContext context;
    private CurrentUser currentUser;
    private EvaluationService evaluation;
    private OverviewService overviews;
    private RakorService rakor;
    private ReportService reports;
    private RakorSnapshot snapshot;

    @Setup
    public void start() {
        SpringApplication application = new SpringApplication(Application.class);
        // Command-line arguments outrank every application.properties on the classpath. The web
        // server stays, on a free port: Vaadin's security configuration needs a servlet context.
        // Production mode: on the test classpath Vaadin would pick development mode and fail
        // without its dev server.
        context = application.run(
                "--spring.profiles.active=demo",
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--vaadin.productionMode=true",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                "--pantau.data-dir=target/bench-data",
                "--pantau.clock.fixed-date=2026-11-23",
                "--logging.level.root=warn");
        currentUser = context.getBean(CurrentUser.class);
        evaluation = context.getBean(EvaluationService.class);
        overviews = context.getBean(OverviewService.class);
        rakor = context.getBean(RakorService.class);
        reports = context.getBean(ReportService.class);
        snapshot = asKadis(() -> rakor.snapshot(INSTANSI, YEAR, false).orElseThrow());
    }

    @TearDown
    public void stop() {
        context.close();
    }

    /** Every year of the demo Pemda (2018–2026) read with one query and computed by the engine. */
    @Benchmark
    public List<YearResult> history() {
        return asKadis(() -> evaluation.history(INSTANSI));
    }

    /** The Ringkasan page's data: history, change, target gap, breakdown, weakest indicators. */
    @Benchmark
    public Overview overview() {
        return asKadis(() -> overviews.overview(INSTANSI, YEAR).orElseThrow());
    }

    /** Everything the rakor shows: overview, change explained, OPD ranking, evidence, actions. */
    @Benchmark
    public RakorSnapshot rakorSnapshot() {
        return asKadis(() -> rakor.snapshot(INSTANSI, YEAR, false).orElseThrow());
    }

    /** The Laporan SPBE as an A4 PDF (charts drawn with Java2D) from a snapshot taken once. */
    @Benchmark
    public ExportFile reportPdf() {
        return reports.render(snapshot, ReportService.ReportFormat.PDF, Messages.INDONESIAN);
    }

    /** The tables of the Laporan SPBE as XLSX from a snapshot taken once. */
    @Benchmark
    public ExportFile reportXlsx() {
        return reports.render(snapshot, ReportService.ReportFormat.XLSX, Messages.INDONESIAN);
    }

    private <T> T asKadis(Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        currentUser.runAs("kadis", Role.PIMPINAN, () -> result.set(call.get()));
        return result.get();
    }
}
