package id.pantauspbe.exchange;

import id.pantauspbe.base.ExportFile;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.evaluation.BulkValueWriter;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.SafetyBackup;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.evaluation.ValueBatch;
import id.pantauspbe.framework.FrameworkService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import of evaluation values and targets from CSV/XLSX, export of values in the same format, and
 * the templates. An import reads the file as a stream and validates every row as it goes, keeping
 * only the valid values (compactly); it writes nothing unless every row is valid, and then upserts
 * in one transaction (values in JDBC batches, one audit entry for the file), leaving rows whose
 * value did not change untouched. Imports run one at a time: a second one while one runs is refused
 * with {@link ImportBusyException}.
 */
@Service
@Transactional(readOnly = true)
public class ExchangeService {

    private static final Logger log = LoggerFactory.getLogger(ExchangeService.class);
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final ExchangeRepository repository;
    private final EvaluationService evaluation;
    private final TargetService targetService;
    private final BulkValueWriter writer;
    private final FrameworkService frameworks;
    private final ImportLimits limits;
    private final TransactionTemplate transaction;
    private final ObjectProvider<SafetyBackup> backup;
    /** Held from reading the file until its transaction has committed. */
    private final ReentrantLock running = new ReentrantLock();

    ExchangeService(
            ExchangeRepository repository,
            EvaluationService evaluation,
            TargetService targetService,
            BulkValueWriter writer,
            FrameworkService frameworks,
            ImportLimits limits,
            PlatformTransactionManager transactions,
            ObjectProvider<SafetyBackup> backup) {
        this.backup = backup;
        this.repository = repository;
        this.evaluation = evaluation;
        this.targetService = targetService;
        this.writer = writer;
        this.frameworks = frameworks;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The limits an imported file must keep. */
    public ImportLimits limits() {
        return limits;
    }

    /** Validates a file of values or targets held in memory and, when all of it is valid, stores it. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importFile(ImportKind kind, String fileName, byte[] content, String username) {
        return importFile(kind, fileName, ImportSource.of(content), username);
    }

    /**
     * Validates a file of values or targets and, when all of it is valid, stores it in one
     * transaction of its own (committed before the next import may start).
     *
     * @throws ImportBusyException while another import runs
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importFile(ImportKind kind, String fileName, ImportSource source, String username) {
        if (!running.tryLock()) {
            throw new ImportBusyException();
        }
        try {
            return read(kind, fileName == null || fileName.isBlank() ? "-" : fileName.strip(), source, username);
        } finally {
            running.unlock();
        }
    }

    private ImportResult read(ImportKind kind, String file, ImportSource source, String username) {
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        String sha256 = source.size() <= limits.maxFileSize().toBytes() ? sha256(source) : null;
        Map<String, String> registered = repository.instansiNames();
        ImportValidator.Lookup lookup = new ImportValidator.Lookup() {
            @Override
            public Optional<Framework> frameworkFor(int year) {
                return frameworks.forYear(year);
            }

            @Override
            public Optional<String> instansiName(String code) {
                return Optional.ofNullable(registered.get(code));
            }
        };
        ValueBatch batch = new ValueBatch();
        ImportValidator validator = kind == ImportKind.HASIL
                ? ImportValidator.values(file, lookup, limits, batch)
                : ImportValidator.targets(file, lookup, limits);
        try {
            TableReader.read(file, source, limits, validator);
            validator.finish();
        } catch (UnreadableFileException e) {
            return ImportResult.invalid(file, kind, validator.rows(), List.of(e.problem(file)), 1);
        } catch (Table.Stop e) {
            // the header is wrong: its problems are the report
        }
        if (validator.problemCount() > 0) {
            return ImportResult.invalid(file, kind, validator.rows(), validator.problems(), validator.problemCount());
        }
        // a valid file changes many values at once: keep a copy of the state before it
        backup.ifAvailable(b -> b.before(SafetyBackup.Reason.IMPORT));
        long read = System.nanoTime();
        ImportResult result = transaction.execute(status -> kind == ImportKind.HASIL
                ? storeValues(file, sha256, validator, batch, username)
                : storeTargets(file, validator));
        log.info(
                "Imported {} ({} rows: {} new, {} changed, {} unchanged): read and checked in {} ms, stored in {} ms,"
                        + " {} ms of this thread's CPU",
                file,
                result.rows(),
                result.inserted(),
                result.updated(),
                result.unchanged(),
                (read - started) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        return result;
    }

    private ImportResult storeValues(
            String file, String sha256, ImportValidator validator, ValueBatch batch, String username) {
        Map<String, String> given = validator.names();
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : batch.instansiCodes()) {
            names.put(code, given.getOrDefault(code, ""));
        }
        List<String> created = writer.registerInstansi(names);
        BulkValueWriter.Counts counts = writer.write(batch, new BulkValueWriter.Source(file, sha256), username);
        return new ImportResult(
                file,
                ImportKind.HASIL,
                validator.rows(),
                counts.inserted(),
                counts.updated(),
                counts.unchanged(),
                created,
                List.of(),
                0,
                validator.notes());
    }

    private ImportResult storeTargets(String file, ImportValidator validator) {
        List<String> created = writer.registerInstansi(validator.names());
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportValidator.TargetRow row : validator.targetRows()) {
            Target target = new Target(row.year(), row.scope(), row.nodeCode(), row.value(), row.source(), row.note());
            EvaluationService.SaveCount saved = targetService.saveTarget(row.instansiCode(), target);
            inserted += saved.inserted();
            updated += saved.updated();
            unchanged += saved.unchanged();
        }
        return new ImportResult(
                file,
                ImportKind.TARGET,
                validator.rows(),
                inserted,
                updated,
                unchanged,
                created,
                List.of(),
                0,
                validator.notes());
    }

    private static String sha256(ImportSource source) {
        try (InputStream in = new DigestInputStream(source.open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mandiri and final values of an instansi, one year or all years, in the import format;
     * empty for an unknown instansi.
     */
    public Optional<ExportFile> exportValues(String instansiCode, Integer year, ExportFormat format) {
        Optional<Instansi> instansi = evaluation.find(instansiCode);
        if (instansi.isEmpty()) {
            return Optional.empty();
        }
        String code = instansi.get().code();
        List<List<Object>> rows = repository.values(code, year).stream()
                .sorted(Comparator.comparingInt(ExchangeRepository.StoredValue::year)
                        .thenComparing(ExchangeRepository.StoredValue::stage)
                        .thenComparingInt(ExchangeRepository.StoredValue::ordinal))
                .map(v -> List.<Object>of(
                        v.instansiCode(), v.instansiName(), v.year(), v.stage().code(), v.indicator(), v.value()))
                .toList();
        String name =
                "nilai-" + code.toLowerCase() + "-" + (year == null ? "semua-tahun" : year) + "." + format.extension();
        byte[] content = format == ExportFormat.CSV
                ? TableWriter.csv(ImportKind.HASIL.columns(), rows)
                : TableWriter.xlsx(ImportKind.HASIL, rows);
        return Optional.of(new ExportFile(name, format.contentType(), content));
    }

    /** The years of an instansi with mandiri or final values, ascending. */
    public List<Integer> exportYears(String instansiCode) {
        return repository.values(instansiCode, null).stream()
                .map(ExchangeRepository.StoredValue::year)
                .distinct()
                .sorted()
                .toList();
    }

    /** An empty XLSX template: the header, and a sheet explaining each column. */
    public ExportFile template(ImportKind kind) {
        return new ExportFile(
                "templat-" + kind.code() + ".xlsx", ExportFormat.XLSX.contentType(), TableWriter.xlsx(kind, List.of()));
    }
}
