package id.pantauspbe.evaluation;

import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instansi, their evaluation values and published totals, and the index they make (results and
 * history). Targets are in {@link TargetService}, notes in {@link NoteService}, entering values one
 * by one in {@link ValueEntryService}.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private final EvaluationRepository repository;
    private final FrameworkService frameworks;
    private final BulkValueWriter bulk;

    EvaluationService(EvaluationRepository repository, FrameworkService frameworks, BulkValueWriter bulk) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.bulk = bulk;
    }

    /** Home Pemda first, then other instansi by name, national averages last. */
    public List<Instansi> instansi() {
        return repository.findAllInstansi();
    }

    public Optional<Instansi> find(String code) {
        return instansi().stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Instansi> home() {
        return instansi().stream().filter(Instansi::home).findFirst();
    }

    /**
     * The result of every year that has indicator values or a published total, ascending. A year
     * with values shows its most advanced stage (final before the assessors' stages before
     * mandiri).
     */
    public List<YearResult> history(String instansiCode) {
        Map<Integer, YearResult> byYear = new TreeMap<>();
        repository
                .valuesOf(instansiCode)
                .forEach((year, stages) -> stages.keySet().stream()
                        .max(Comparator.naturalOrder())
                        .flatMap(stage -> compute(instansiCode, year, stage, stages.get(stage)))
                        .ifPresent(result -> byYear.put(year, result)));
        Map<Integer, List<PublishedTotal>> published = new TreeMap<>();
        for (PublishedTotal total : repository.publishedTotals(instansiCode)) {
            published.computeIfAbsent(total.year(), y -> new ArrayList<>()).add(total);
        }
        published.forEach((year, totals) -> {
            if (!byYear.containsKey(year)) {
                YearResults.fromPublished(frameworks.forYear(year), instansiCode, year, totals)
                        .ifPresent(r -> byYear.put(year, r));
            }
        });
        return List.copyOf(byYear.values());
    }

    /**
     * The years one works on (entry, stage schedule): those with results and the one after the
     * last, each only if a framework covers it.
     */
    public List<Integer> workingYears(String instansiCode) {
        TreeSet<Integer> years = new TreeSet<>();
        history(instansiCode).forEach(r -> years.add(r.year()));
        if (!years.isEmpty()) {
            years.add(years.last() + 1);
        }
        return years.stream().filter(y -> frameworks.forYear(y).isPresent()).toList();
    }

    public Optional<YearResult> result(String instansiCode, int year) {
        return history(instansiCode).stream().filter(r -> r.year() == year).findFirst();
    }

    /** The result of one stage of a year, computed from that stage's values. */
    public Optional<YearResult> result(String instansiCode, int year, Stage stage) {
        Map<String, BigDecimal> values =
                repository.valuesOf(instansiCode).getOrDefault(year, Map.of()).get(stage);
        return values == null ? Optional.empty() : compute(instansiCode, year, stage, values);
    }

    /** The results of one stage for every year that has values in it, by year. */
    public Map<Integer, YearResult> results(String instansiCode, Stage stage) {
        Map<Integer, YearResult> byYear = new TreeMap<>();
        repository.valuesOf(instansiCode).forEach((year, stages) -> {
            Map<String, BigDecimal> values = stages.get(stage);
            if (values != null) {
                compute(instansiCode, year, stage, values).ifPresent(r -> byYear.put(year, r));
            }
        });
        return byYear;
    }

    private Optional<YearResult> compute(String instansiCode, int year, Stage stage, Map<String, BigDecimal> values) {
        return frameworks.forYear(year).map(f -> YearResults.compute(f, instansiCode, year, stage, values));
    }

    /** The stored entries of one stage (indicator code → value with who, when, version). */
    public Map<String, ValueEntry> entries(String instansiCode, int year, Stage stage) {
        return repository.entries(instansiCode, year, stage);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void ensureInstansi(Instansi instansi) {
        if (!repository.instansiExists(instansi.code())) {
            repository.insertInstansi(instansi);
        }
    }

    /** How many values a save inserted, changed and found already equal. */
    public record SaveCount(int inserted, int updated, int unchanged) {

        public SaveCount plus(SaveCount other) {
            return new SaveCount(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
        }
    }

    /**
     * Stores the values of one instansi, year and stage (indicator code → value), checking each
     * against its framework's scale first: new values are inserted, changed ones updated (their
     * version raised), equal ones left alone, so saving the same values again changes nothing.
     * Written by {@link BulkValueWriter} (one audit entry for the whole save).
     *
     * @throws IllegalArgumentException for an unknown indicator or a value outside its scale
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SaveCount saveValues(
            String instansiCode, int year, Stage stage, Map<String, BigDecimal> values, String username) {
        ValueBatch batch = new ValueBatch();
        values.forEach((code, value) -> batch.add(instansiCode, year, stage, code, value));
        BulkValueWriter.Counts counts = bulk.write(batch, BulkValueWriter.Source.LOADER, username);
        return new SaveCount(counts.inserted(), counts.updated(), counts.unchanged());
    }

    /** Removes every value of an instansi's year (all stages); for tests and corrections. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteValues(String instansiCode, int year) {
        repository.deleteValues(instansiCode, year);
    }

    /** Removes the values of one stage of a year (ADMIN; for tests and corrections of a mistaken copy). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteStageValues(String instansiCode, int year, Stage stage) {
        repository.deleteStageValues(instansiCode, year, stage);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void insertPublishedTotal(String instansiCode, PublishedTotal total) {
        repository.insertPublishedTotal(instansiCode, total);
    }
}
