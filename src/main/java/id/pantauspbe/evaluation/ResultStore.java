package id.pantauspbe.evaluation;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexMath;
import id.pantauspbe.engine.Node;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The results kept: one row per instansi, year and stage (and one per published index total),
 * computed by {@link IndexEngine} through {@link YearResults} and written in the transaction of the
 * write that changed its values. Every write of values or published totals calls one of the
 * {@code refresh} methods; {@link #rebuild()} computes them all again (at start when the frameworks
 * changed or the table is empty, and on demand).
 */
@Component
class ResultStore {

    private static final Logger log = LoggerFactory.getLogger(ResultStore.class);

    /** Raised whenever the way results are computed or kept changes: every kept result is then computed again. */
    static final int FORMAT = 1;

    /** Instansi codes one streamed read asks for. */
    private static final int CODES_PER_READ = 200;
    /** Rows a JDBC batch of kept results carries. */
    private static final int CHUNK = 1000;

    private final ResultRepository repository;
    private final FrameworkService frameworks;
    private final Clock clock;

    ResultStore(ResultRepository repository, FrameworkService frameworks, Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- writing

    /** Computes again the kept result of one instansi, year and stage from its stored values. */
    void refresh(String instansiCode, int year, Stage stage) {
        repository.lock(List.of(instansiCode));
        repository.delete(instansiCode, year, stage.name());
        Map<String, BigDecimal> values = repository.values(instansiCode, year, stage);
        Optional<Framework> framework = frameworks.forYear(year);
        if (!values.isEmpty() && framework.isPresent()) {
            repository.insert(List.of(row(YearResults.compute(framework.get(), instansiCode, year, stage, values))));
        }
    }

    /** Computes again the kept results of every stage of an instansi's year. */
    void refresh(String instansiCode, int year) {
        for (Stage stage : Stage.values()) {
            refresh(instansiCode, year, stage);
        }
    }

    /** Computes again the kept result made from an instansi's published totals of a year. */
    void refreshPublished(String instansiCode, int year) {
        repository.lock(List.of(instansiCode));
        repository.delete(instansiCode, year, ResultRepository.PUBLISHED);
        YearResults.fromPublished(
                        frameworks.forYear(year), instansiCode, year, repository.publishedTotals(instansiCode, year))
                .ifPresent(r -> repository.insert(List.of(row(r))));
    }

    /** Locks the rows of some instansi (in chunks), before reading values to compute their results from. */
    void lock(List<String> instansiCodes) {
        for (int from = 0; from < instansiCodes.size(); from += CODES_PER_READ) {
            repository.lock(instansiCodes.subList(from, Math.min(instansiCodes.size(), from + CODES_PER_READ)));
        }
    }

    /**
     * Replaces the kept results made from values of some instansi and years with results computed
     * by the caller from values it holds (a bulk write that read and wrote them itself): the old
     * rows are removed now, the new ones written in batches as they are added.
     */
    Replacement replacing(List<String> instansiCodes, Collection<Integer> years) {
        for (int from = 0; from < instansiCodes.size(); from += CODES_PER_READ) {
            repository.deleteValueRows(
                    instansiCodes.subList(from, Math.min(instansiCodes.size(), from + CODES_PER_READ)), years);
        }
        return new Replacement();
    }

    /** Results added one stage at a time, written in batches. */
    final class Replacement {

        private final List<ResultRepository.Row> batch = new ArrayList<>(CHUNK);

        void add(Framework framework, String instansiCode, int year, Stage stage, Map<String, BigDecimal> values) {
            if (values.isEmpty()) {
                return;
            }
            batch.add(row(YearResults.compute(framework, instansiCode, year, stage, values)));
            if (batch.size() >= CHUNK) {
                repository.insert(batch);
                batch.clear();
            }
        }

        void finish() {
            repository.insert(batch);
            batch.clear();
        }
    }

    /** Computes every kept result again from the stored values and published totals. */
    int rebuild() {
        long start = System.nanoTime();
        repository.deleteAll();
        int rows = computeFromValues(null, null);
        List<YearResult> published = new ArrayList<>();
        Map<String, Map<Integer, List<PublishedTotal>>> totals = new TreeMap<>();
        repository.allPublishedTotals(e -> totals.computeIfAbsent(e.getKey(), c -> new TreeMap<>())
                .computeIfAbsent(e.getValue().year(), y -> new ArrayList<>())
                .add(e.getValue()));
        totals.forEach((code, byYear) ->
                byYear.forEach((year, list) -> YearResults.fromPublished(frameworks.forYear(year), code, year, list)
                        .ifPresent(published::add)));
        repository.insert(published.stream().map(ResultStore::row).toList());
        repository.saveFingerprint(fingerprint(), OffsetDateTime.now(clock));
        log.info(
                "Computed {} kept results ({} from published totals) in {} ms",
                rows + published.size(),
                published.size(),
                (System.nanoTime() - start) / 1_000_000);
        return rows + published.size();
    }

    /** Whether the kept results must be computed again: none kept while values exist, or other frameworks. */
    boolean outdated() {
        Optional<String> stored = repository.fingerprint();
        if (stored.isEmpty()) {
            return repository.anyValueOrTotal() || repository.count() > 0;
        }
        return !stored.get().equals(fingerprint());
    }

    boolean fingerprintMissing() {
        return repository.fingerprint().isEmpty();
    }

    /** Records the current fingerprint without computing (nothing kept yet and nothing to keep). */
    void markCurrent() {
        repository.saveFingerprint(fingerprint(), OffsetDateTime.now(clock));
    }

    /** A SHA-256 of the frameworks in use (every node, weight, scale and band) and of {@link #FORMAT}. */
    String fingerprint() {
        StringBuilder text = new StringBuilder("format ").append(FORMAT).append('\n');
        Map<Integer, String> years = frameworks.frameworkYears();
        text.append(years).append('\n');
        new java.util.TreeSet<>(years.values())
                .forEach(code ->
                        frameworks.byCode(code).ifPresent(f -> text.append(f).append('\n')));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams values (ordered by instansi, year, stage), computes each stage when complete, writes in batches. */
    private int computeFromValues(Collection<String> codes, Collection<Integer> years) {
        List<ResultRepository.Row> batch = new ArrayList<>(CHUNK);
        Map<Integer, Optional<Framework>> byYear = new HashMap<>();
        Group group = new Group();
        int[] written = {0};
        Runnable flushGroup = () -> {
            if (group.code != null && !group.values.isEmpty()) {
                Optional<Framework> framework = byYear.computeIfAbsent(group.year, frameworks::forYear);
                if (framework.isPresent()) {
                    batch.add(row(
                            YearResults.compute(framework.get(), group.code, group.year, group.stage, group.values)));
                    written[0]++;
                }
                if (batch.size() >= CHUNK) {
                    repository.insert(batch);
                    batch.clear();
                }
            }
            group.values = new HashMap<>();
        };
        repository.streamValues(codes, years, (code, year, stage, indicator, score) -> {
            if (!code.equals(group.code) || year != group.year || stage != group.stage) {
                flushGroup.run();
                group.code = code;
                group.year = year;
                group.stage = stage;
            }
            group.values.put(indicator, score);
        });
        flushGroup.run();
        repository.insert(batch);
        return written[0];
    }

    private static final class Group {
        String code;
        int year;
        Stage stage;
        Map<String, BigDecimal> values = new HashMap<>();
    }

    // ---------------------------------------------------------------- reading

    /** The kept results of one instansi: year → stage (null for published totals) → result. */
    Map<Integer, Map<Stage, YearResult>> resultsOf(String instansiCode) {
        Map<Integer, Map<Stage, YearResult>> byYear = new TreeMap<>();
        Detail details = new Detail(instansiCode);
        for (ResultRepository.Row row : repository.rowsOf(instansiCode)) {
            byYear.computeIfAbsent(row.year(), y -> new java.util.LinkedHashMap<>())
                    .put(stageOf(row), result(row, details));
        }
        return byYear;
    }

    Optional<YearResult> result(String instansiCode, int year, Stage stage) {
        return repository
                .row(instansiCode, year, stage.name())
                .map(row -> result(
                        row,
                        YearResult.Detail.lazy(() -> frameworks
                                .forYear(year)
                                .filter(f -> f.code().equals(row.frameworkCode()))
                                .map(f -> IndexEngine.compute(f, repository.values(instansiCode, year, stage))))));
    }

    /** The kept rows of one year, without engine detail: the figures of every instansi in one query. */
    List<YearResult> resultsOfYear(int year) {
        return repository.rowsOfYear(year).stream()
                .map(row -> result(row, YearResult.Detail.NONE))
                .toList();
    }

    /** The kept rows of one year without domains, aspects or engine detail: the figures a ranking needs. */
    List<YearResult> figuresOfYear(int year) {
        return repository.figuresOfYear(year).stream()
                .map(row -> result(row, YearResult.Detail.NONE))
                .toList();
    }

    Map<Integer, Integer> rankableCounts() {
        return repository.rankableCounts();
    }

    /** The kept results of some instansi without engine detail, by instansi code, year and stage. */
    Map<String, List<YearResult>> resultsOf(Collection<String> instansiCodes) {
        Map<String, List<YearResult>> byCode = new HashMap<>();
        if (instansiCodes.isEmpty()) {
            return byCode;
        }
        for (ResultRepository.Row row : repository.rowsOf(instansiCodes)) {
            byCode.computeIfAbsent(row.instansiCode(), c -> new ArrayList<>()).add(result(row, YearResult.Detail.NONE));
        }
        return byCode;
    }

    /** Instansi, year, stage (null: published), completeness and value of every kept row. */
    List<ResultRepository.Row> keys() {
        return repository.keys();
    }

    static Stage stageOf(ResultRepository.Row row) {
        return ResultRepository.PUBLISHED.equals(row.stage()) ? null : Stage.valueOf(row.stage());
    }

    /** Loads an instansi's values once, on the first detail asked of its results. */
    private final class Detail {

        private final String instansiCode;
        private Map<Integer, Map<Stage, Map<String, BigDecimal>>> values;

        Detail(String instansiCode) {
            this.instansiCode = instansiCode;
        }

        synchronized Map<String, BigDecimal> of(int year, Stage stage) {
            if (values == null) {
                values = new HashMap<>();
                repository.streamValues(
                        List.of(instansiCode),
                        null,
                        (code, y, s, indicator, score) -> values.computeIfAbsent(y, k -> new HashMap<>())
                                .computeIfAbsent(s, k -> new HashMap<>())
                                .put(indicator, score));
            }
            return values.getOrDefault(year, Map.of()).getOrDefault(stage, Map.of());
        }
    }

    private YearResult result(ResultRepository.Row row, Detail details) {
        Stage stage = stageOf(row);
        if (stage == null) {
            return result(row, YearResult.Detail.NONE);
        }
        return result(
                row,
                YearResult.Detail.lazy(() -> frameworks
                        .byCode(row.frameworkCode())
                        .map(f -> IndexEngine.compute(f, details.of(row.year(), stage)))));
    }

    /** A kept row as the result it was made from. */
    private YearResult result(ResultRepository.Row row, YearResult.Detail detail) {
        Stage stage = stageOf(row);
        Optional<Framework> framework =
                row.frameworkCode() == null ? Optional.empty() : frameworks.byCode(row.frameworkCode());
        BigDecimal exact = row.exact() == null ? null : new BigDecimal(row.exact());
        BigDecimal value = row.value();
        List<Figure> domains = new ArrayList<>();
        List<Figure> aspects = new ArrayList<>();
        decodeNodes(row.nodes(), stage == null ? Map.of() : nodesOf(framework), domains, aspects);
        return new YearResult(
                row.instansiCode(),
                row.year(),
                row.frameworkCode(),
                stage,
                stage == null ? Provenance.RESMI : Provenance.of(stage, row.complete()),
                exact,
                value,
                value == null || (stage != null && exact == null)
                        ? Optional.empty()
                        : framework.flatMap(f -> f.predikatOf(value)),
                row.complete(),
                row.valued(),
                row.total(),
                stage == null,
                domains,
                aspects,
                detail);
    }

    private final Map<String, Map<String, Node>> nodeCache = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, Node> nodesOf(Optional<Framework> framework) {
        return framework
                .map(f -> nodeCache.computeIfAbsent(f.code() + "@" + System.identityHashCode(f), k -> {
                    Map<String, Node> nodes = new HashMap<>();
                    f.roots().forEach(root -> root.flatten().forEach(n -> nodes.put(n.code(), n)));
                    return nodes;
                }))
                .orElse(Map.of());
    }

    // ---------------------------------------------------------------- encoding

    /** A result as the row kept for it. */
    static ResultRepository.Row row(YearResult r) {
        StringBuilder nodes = new StringBuilder();
        encode(nodes, 'D', r.domains(), r.totalsOnly());
        encode(nodes, 'A', r.aspects(), r.totalsOnly());
        return new ResultRepository.Row(
                r.instansiCode(),
                r.year(),
                r.stage() == null ? ResultRepository.PUBLISHED : r.stage().name(),
                r.frameworkCode(),
                r.exact() == null ? null : r.exact().toString(),
                r.value(),
                r.complete(),
                r.valuedIndicators(),
                r.totalIndicators(),
                nodes.isEmpty() ? null : nodes.toString());
    }

    private static void encode(StringBuilder out, char kind, List<Figure> figures, boolean withName) {
        for (Figure f : figures) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(kind)
                    .append('\t')
                    .append(f.code())
                    .append('\t')
                    .append(withName ? clean(f.name()) : "")
                    .append('\t')
                    .append(f.exact() == null ? "" : f.exact().toString())
                    .append('\t')
                    .append(f.complete() ? '1' : '0');
        }
    }

    private static String clean(String name) {
        return name == null ? "" : name.replace('\t', ' ').replace('\n', ' ');
    }

    private static void decodeNodes(
            String nodes, Map<String, Node> frameworkNodes, List<Figure> domains, List<Figure> aspects) {
        if (nodes == null || nodes.isEmpty()) {
            return;
        }
        for (String line : nodes.split("\n", -1)) {
            String[] f = line.split("\t", -1);
            BigDecimal exact = f[3].isEmpty() ? null : new BigDecimal(f[3]);
            Node node = frameworkNodes.get(f[1]);
            Figure figure = node == null
                    ? new Figure(f[1], f[2], null, exact, IndexMath.display(exact), f[4].equals("1"))
                    : new Figure(f[1], node.name(), node.weight(), exact, IndexMath.display(exact), f[4].equals("1"));
            (f[0].equals("D") ? domains : aspects).add(figure);
        }
    }
}
