package id.pantauspbe.evaluation;

import id.pantauspbe.access.AuditService;
import id.pantauspbe.base.LongIntMap;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.Node;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores many indicator values at once (imports and loaders) in bounded memory: the stored values of
 * the batch's instansi and years are streamed into a primitive map, new values are inserted and
 * changed ones updated in JDBC batches, equal ones left alone. The write is recorded as one audit
 * entry (file, hash, counts and the changed values in a compact form) instead of one per value.
 */
@Service
public class BulkValueWriter {

    private static final Logger log = LoggerFactory.getLogger(BulkValueWriter.class);

    /** Rows a JDBC batch carries. */
    private static final int CHUNK = 1000;
    /** Instansi codes one read of stored values asks for. */
    private static final int CODES_PER_READ = 200;

    private final BulkValueRepository repository;
    private final FrameworkService frameworks;
    private final AuditService audit;
    private final Clock clock;
    private final ResultStore results;

    BulkValueWriter(
            BulkValueRepository repository,
            FrameworkService frameworks,
            AuditService audit,
            Clock clock,
            ResultStore results) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
        this.results = results;
    }

    /** Where the values come from: a file (its name and SHA-256), or a loader (file null). */
    public record Source(String fileName, String sha256) {

        public static final Source LOADER = new Source(null, null);
    }

    /** How many values were inserted, changed and found already equal. */
    public record Counts(int inserted, int updated, int unchanged) {}

    /** An indicator of a year: its database id, dense index and scale. */
    private record Known(long id, int dense, Node node) {}

    /**
     * Stores the batch: checks every value against its year's framework first (unknown year or
     * indicator, value off the scale), so nothing is written unless all of it can be.
     *
     * @throws IllegalArgumentException for a year without framework, an unknown indicator or a value off its scale
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Counts write(ValueBatch batch, Source source, String username) {
        if (batch.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        Map<Integer, Map<String, Known>> byYear = new HashMap<>();
        Map<Long, Integer> dense = new HashMap<>();
        Set<Integer> years = new LinkedHashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            int year = batch.year(i);
            years.add(year);
            Known known =
                    byYear.computeIfAbsent(year, y -> indicatorsOf(y, dense)).get(batch.indicator(i));
            if (known == null) {
                throw new IllegalArgumentException(
                        "unknown indicator " + batch.indicator(i) + " in " + year + " (" + batch.instansi(i) + ")");
            }
            if (!known.node().scale().accepts(batch.value(i))) {
                throw new IllegalArgumentException("value " + batch.value(i) + " is off the scale of "
                        + known.node().code() + " in " + year);
            }
        }

        long checked = System.nanoTime();
        // first the instansi rows: a single edit of one of them computes its result after this write
        results.lock(batch.instansiCodes());
        Set<Long> groups = new HashSet<>();
        LongIntMap stored = storedValues(batch, years, dense, groups);
        long loaded = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<BulkValueRepository.Row> inserts = new ArrayList<>(CHUNK);
        List<BulkValueRepository.Row> updates = new ArrayList<>(CHUNK);
        Changes changes = new Changes();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < batch.size(); i++) {
            Known known = byYear.get(batch.year(i)).get(batch.indicator(i));
            int before = stored.get(key(batch.instansiIndex(i), batch.year(i), batch.stage(i), known.dense()));
            int value = batch.hundredths(i);
            if (before == value) {
                unchanged++;
                continue;
            }
            BulkValueRepository.Row row = new BulkValueRepository.Row(
                    batch.instansi(i), batch.year(i), batch.stage(i), known.id(), batch.value(i));
            // stored becomes the values after this write, the source of the kept results below
            stored.put(key(batch.instansiIndex(i), batch.year(i), batch.stage(i), known.dense()), value);
            groups.add(key(batch.instansiIndex(i), batch.year(i), batch.stage(i), 0));
            if (before == LongIntMap.MISSING) {
                inserts.add(row);
                inserted++;
                if (inserts.size() == CHUNK) {
                    repository.insert(inserts, username, now);
                    inserts.clear();
                }
            } else {
                updates.add(row);
                updated++;
                changes.add(
                        batch.instansi(i),
                        batch.year(i),
                        batch.stage(i),
                        known.node().code(),
                        before,
                        value);
                if (updates.size() == CHUNK) {
                    repository.update(updates, username, now);
                    updates.clear();
                }
            }
        }
        repository.insert(inserts, username, now);
        repository.update(updates, username, now);
        if (inserted + updated > 0) {
            keepResults(batch, byYear, stored, groups, years);
        }
        long written = System.nanoTime();
        audit.recordImport(
                scope(batch),
                new AuditService.ImportEntry(
                        source.fileName(),
                        source.sha256(),
                        batch.size(),
                        inserted,
                        updated,
                        unchanged,
                        changes.text()));
        log.debug(
                "{} values: {} stored values read in {} ms, written and results kept in {} ms, audited in {} ms",
                batch.size(),
                stored.size(),
                (loaded - checked) / 1_000_000,
                (written - loaded) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return new Counts(inserted, updated, unchanged);
    }

    /**
     * Registers the instansi of a file that are not registered yet, as Pemda, in one statement.
     *
     * @param namesByCode code → name, in the order to report them
     * @return the codes registered now
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> registerInstansi(Map<String, String> namesByCode) {
        Set<String> registered = repository.instansiNames().keySet();
        List<Instansi> created = new ArrayList<>();
        namesByCode.forEach((code, name) -> {
            if (!registered.contains(code) && name != null && !name.isBlank()) {
                created.add(new Instansi(code, name, Instansi.Kind.PEMDA, null, false));
            }
        });
        repository.insertInstansi(created);
        return created.stream().map(Instansi::code).toList();
    }

    private Map<String, Known> indicatorsOf(int year, Map<Long, Integer> dense) {
        Framework framework = frameworks
                .forYear(year)
                .orElseThrow(() -> new IllegalArgumentException("no framework for year " + year));
        Map<String, Long> ids = repository.indicatorIds(framework.code());
        Map<String, Known> known = new HashMap<>();
        for (Node node : framework.indicators()) {
            Long id = ids.get(node.code());
            if (id != null) {
                int d = dense.computeIfAbsent(id, x -> dense.size());
                known.put(node.code(), new Known(id, d, node));
            }
        }
        return known;
    }

    /**
     * Computes the results of every stage with values of the batch's instansi and years from the
     * values after the write (held in {@code stored}), instead of reading them back, and keeps them.
     */
    private void keepResults(
            ValueBatch batch,
            Map<Integer, Map<String, Known>> byYear,
            LongIntMap stored,
            Set<Long> groups,
            Set<Integer> years) {
        List<String> codes = batch.instansiCodes();
        ResultStore.Replacement replacement = results.replacing(codes, years);
        for (long group : groups) {
            int instansi = (int) (group >>> 32);
            int year = (int) ((group >>> 16) & 0xFFFF);
            Stage stage = Stage.values()[(int) ((group >>> 13) & 0x7)];
            Map<String, BigDecimal> values = new HashMap<>();
            for (Known known : byYear.get(year).values()) {
                int v = stored.get(key(instansi, year, stage, known.dense()));
                if (v != LongIntMap.MISSING) {
                    values.put(known.node().code(), BigDecimal.valueOf(v, 2));
                }
            }
            frameworks.forYear(year).ifPresent(f -> replacement.add(f, codes.get(instansi), year, stage, values));
        }
        replacement.finish();
    }

    /** The stored values of the batch's instansi and years, by {@link #key}, in hundredths. */
    private LongIntMap storedValues(ValueBatch batch, Set<Integer> years, Map<Long, Integer> dense, Set<Long> groups) {
        LongIntMap stored = new LongIntMap(batch.size());
        List<String> codes = batch.instansiCodes();
        for (int from = 0; from < codes.size(); from += CODES_PER_READ) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CODES_PER_READ));
            repository.scores(chunk, years, (code, year, stage, indicatorId, score) -> {
                Integer d = dense.get(indicatorId);
                int instansi = batch.indexOfInstansi(code);
                if (d != null && instansi >= 0) {
                    groups.add(key(instansi, year, stage, 0));
                    stored.put(
                            key(instansi, year, stage, d),
                            score.movePointRight(2).intValueExact());
                }
            });
        }
        return stored;
    }

    /** Instansi (position in the batch), year, stage and indicator (dense index) in one long. */
    private static long key(int instansi, int year, Stage stage, int indicator) {
        return ((long) instansi << 32) | ((long) (year & 0xFFFF) << 16) | ((long) stage.ordinal() << 13) | indicator;
    }

    /** The one instansi, year and stage of the batch where there is only one of each. */
    private static AuditService.Scope scope(ValueBatch batch) {
        String instansi = batch.instansiCodes().size() == 1 ? batch.instansi(0) : null;
        Integer year = batch.year(0);
        Stage stage = batch.stage(0);
        for (int i = 1; i < batch.size() && (year != null || stage != null); i++) {
            if (year != null && batch.year(i) != year) {
                year = null;
            }
            if (stage != null && batch.stage(i) != stage) {
                stage = null;
            }
        }
        return new AuditService.Scope(instansi, year, stage == null ? null : stage.name());
    }

    /** The changed values, one line per instansi, year and stage: "CONTOH 2021 final: I7 3 → 4, I8 2 → 3". */
    private static final class Changes {

        private final StringBuilder text = new StringBuilder();
        private String group;

        void add(String instansi, int year, Stage stage, String indicator, int before, int after) {
            String current = instansi + " " + year + " " + stage.code();
            if (!current.equals(group)) {
                if (group != null) {
                    text.append('\n');
                }
                text.append(current).append(':');
                group = current;
            } else {
                text.append(',');
            }
            text.append(' ')
                    .append(indicator)
                    .append(' ')
                    .append(decimal(before))
                    .append(" → ")
                    .append(decimal(after));
        }

        String text() {
            return text.toString();
        }

        /** 325 → "3,25", 300 → "3". */
        private static String decimal(int hundredths) {
            BigDecimal value = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
            return (value.scale() < 0 ? value.setScale(0) : value)
                    .toPlainString()
                    .replace('.', ',');
        }
    }
}
