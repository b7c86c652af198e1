package id.pantauspbe.exchange;

import id.pantauspbe.base.ExportFile;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of evaluation values and targets from CSV/XLSX, export of values in the same format, and
 * the templates. An import validates the whole file first and writes nothing unless every row is
 * valid; it then upserts in one transaction, leaving rows whose value did not change untouched.
 */
@Service
@Transactional(readOnly = true)
public class ExchangeService {

    private final ExchangeRepository repository;
    private final EvaluationService evaluation;
    private final FrameworkService frameworks;

    ExchangeService(ExchangeRepository repository, EvaluationService evaluation, FrameworkService frameworks) {
        this.repository = repository;
        this.evaluation = evaluation;
        this.frameworks = frameworks;
    }

    /** Validates a file of values or targets and, when all of it is valid, stores it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importFile(ImportKind kind, String fileName, byte[] content, String username) {
        String file = fileName == null || fileName.isBlank() ? "-" : fileName;
        Table table;
        try {
            table = TableReader.read(file, content);
        } catch (UnreadableFileException e) {
            return ImportResult.invalid(
                    file, kind, 0, List.of(ImportProblem.of(file, null, null, e.key(), e.params())));
        }
        ImportValidator.Lookup lookup = new ImportValidator.Lookup() {
            @Override
            public Optional<Framework> frameworkFor(int year) {
                return frameworks.forYear(year);
            }

            @Override
            public Optional<String> instansiName(String code) {
                return repository.instansiName(code);
            }
        };
        return switch (kind) {
            case HASIL -> storeValues(file, table, ImportValidator.values(table, lookup), username);
            case TARGET -> storeTargets(file, table, ImportValidator.targets(table, lookup));
        };
    }

    private ImportResult storeValues(
            String file, Table table, ImportValidator.Outcome<ImportValidator.ValueRow> outcome, String username) {
        if (!outcome.problems().isEmpty()) {
            return ImportResult.invalid(file, ImportKind.HASIL, table.rows().size(), outcome.problems());
        }
        Map<String, String> names = new LinkedHashMap<>();
        outcome.rows().forEach(r -> names.putIfAbsent(r.instansiCode(), r.instansiName()));
        List<String> created = createInstansi(names);
        // one save per instansi, year and stage; the rows were validated above
        Map<String, Map<String, BigDecimal>> groups = new LinkedHashMap<>();
        Map<String, ImportValidator.ValueRow> firstOfGroup = new LinkedHashMap<>();
        for (ImportValidator.ValueRow row : outcome.rows()) {
            String key = row.instansiCode() + "|" + row.year() + "|" + row.stage();
            groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(row.indicatorCode(), row.value());
            firstOfGroup.putIfAbsent(key, row);
        }
        EvaluationService.SaveCount count = new EvaluationService.SaveCount(0, 0, 0);
        for (Map.Entry<String, Map<String, BigDecimal>> group : groups.entrySet()) {
            ImportValidator.ValueRow first = firstOfGroup.get(group.getKey());
            count = count.plus(evaluation.saveValues(
                    first.instansiCode(), first.year(), first.stage(), group.getValue(), username));
        }
        int inserted = count.inserted();
        int updated = count.updated();
        int unchanged = count.unchanged();
        return new ImportResult(
                file,
                ImportKind.HASIL,
                outcome.rows().size(),
                inserted,
                updated,
                unchanged,
                created,
                List.of(),
                outcome.notes());
    }

    private ImportResult storeTargets(
            String file, Table table, ImportValidator.Outcome<ImportValidator.TargetRow> outcome) {
        if (!outcome.problems().isEmpty()) {
            return ImportResult.invalid(file, ImportKind.TARGET, table.rows().size(), outcome.problems());
        }
        Map<String, String> names = new LinkedHashMap<>();
        outcome.rows().stream()
                .filter(r -> !r.instansiName().isEmpty())
                .forEach(r -> names.putIfAbsent(r.instansiCode(), r.instansiName()));
        List<String> created = createInstansi(names);
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (ImportValidator.TargetRow row : outcome.rows()) {
            Target target = new Target(row.year(), row.scope(), row.nodeCode(), row.value(), row.source(), row.note());
            EvaluationService.SaveCount saved = evaluation.saveTarget(row.instansiCode(), target);
            inserted += saved.inserted();
            updated += saved.updated();
            unchanged += saved.unchanged();
        }
        return new ImportResult(
                file,
                ImportKind.TARGET,
                outcome.rows().size(),
                inserted,
                updated,
                unchanged,
                created,
                List.of(),
                outcome.notes());
    }

    /** Creates the instansi the file names that are not registered yet (as Pemda); their codes. */
    private List<String> createInstansi(Map<String, String> namesByCode) {
        List<String> created = new ArrayList<>();
        namesByCode.forEach((code, name) -> {
            if (repository.instansiName(code).isEmpty()) {
                evaluation.ensureInstansi(new Instansi(code, name, Instansi.Kind.PEMDA, null, false));
                created.add(code);
            }
        });
        return created;
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
