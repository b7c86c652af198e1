package id.pantauspbe.evaluation;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexMath;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.NodeResult;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Instansi, their evaluation values, published totals and targets, and the index they make. */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private final EvaluationRepository repository;
    private final FrameworkService frameworks;

    EvaluationService(EvaluationRepository repository, FrameworkService frameworks) {
        this.repository = repository;
        this.frameworks = frameworks;
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
                fromPublished(instansiCode, year, totals).ifPresent(r -> byYear.put(year, r));
            }
        });
        return List.copyOf(byYear.values());
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

    public List<Target> targets(String instansiCode) {
        return repository.targets(instansiCode);
    }

    public Optional<Target> indexTarget(String instansiCode, int year) {
        return targets(instansiCode).stream()
                .filter(t -> t.year() == year && t.scope() == Target.Scope.INDEX)
                .findFirst();
    }

    /** The timeline notes of an instansi, oldest year first. */
    public List<TimelineNote> notes(String instansiCode) {
        return repository.notes(instansiCode).stream().map(this::named).toList();
    }

    private TimelineNote named(TimelineNote note) {
        if (note.onYear()) {
            return note;
        }
        String name = frameworks
                .forYear(note.year())
                .flatMap(f -> f.roots().stream()
                        .flatMap(n -> n.flatten())
                        .filter(n -> n.code().equals(note.nodeCode()))
                        .findFirst())
                .map(n -> n.name())
                .orElse(null);
        return new TimelineNote(
                note.id(), note.year(), note.nodeCode(), name, note.text(), note.author(), note.createdAt());
    }

    /**
     * Adds a note to a year, or to a domain, aspect or indicator code of that year's framework;
     * only a coordinator (ADMIN) may.
     *
     * @throws IllegalArgumentException for an empty or over-long text or a code the year's framework lacks
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimelineNote addNote(String instansiCode, int year, String nodeCode, String text, String author) {
        String code = nodeCode == null ? "" : nodeCode.strip().toUpperCase();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 1000) {
            throw new IllegalArgumentException("note text must have 1 to 1000 characters");
        }
        if (!code.isEmpty()) {
            Framework framework = frameworks
                    .forYear(year)
                    .orElseThrow(() -> new IllegalArgumentException("no framework for year " + year));
            boolean known = framework.roots().stream()
                    .flatMap(n -> n.flatten())
                    .anyMatch(n -> n.code().equals(code));
            if (!known) {
                throw new IllegalArgumentException(code + " is not part of " + framework.code());
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        long id = repository.insertNote(instansiCode, year, code, body, author, now);
        return named(new TimelineNote(id, year, code, null, body, author, now));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteNote(String instansiCode, long id) {
        repository.deleteNote(instansiCode, id);
    }

    @Transactional
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
     *
     * @throws IllegalArgumentException for an unknown indicator or a value outside its scale
     */
    @Transactional
    public SaveCount saveValues(
            String instansiCode, int year, Stage stage, Map<String, BigDecimal> values, String username) {
        Framework framework = frameworks
                .forYear(year)
                .orElseThrow(() -> new IllegalArgumentException("no framework for year " + year));
        IndexEngine.compute(framework, values);
        Map<String, Long> ids = repository.indicatorIds(framework.code());
        Map<Long, BigDecimal> stored = repository.scores(instansiCode, year, stage);
        OffsetDateTime now = OffsetDateTime.now();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            long id = ids.get(e.getKey());
            BigDecimal before = stored.get(id);
            if (before == null) {
                repository.insertValue(instansiCode, year, stage, id, e.getValue(), username, now);
                inserted++;
            } else if (before.compareTo(e.getValue()) != 0) {
                repository.updateValue(instansiCode, year, stage, id, e.getValue(), username, now);
                updated++;
            } else {
                unchanged++;
            }
        }
        return new SaveCount(inserted, updated, unchanged);
    }

    /** Removes every value of an instansi's year (all stages); for tests and corrections. */
    @Transactional
    public void deleteValues(String instansiCode, int year) {
        repository.deleteValues(instansiCode, year);
    }

    @Transactional
    public void insertPublishedTotal(String instansiCode, PublishedTotal total) {
        repository.insertPublishedTotal(instansiCode, total);
    }

    @Transactional
    public void insertTarget(String instansiCode, Target target) {
        repository.insertTarget(instansiCode, target);
    }

    /**
     * Stores a target (one per instansi, year, scope and node): inserted when new, updated when its
     * value, source or note differ, left alone when equal.
     *
     * @return the count of this one save
     */
    @Transactional
    public SaveCount saveTarget(String instansiCode, Target target) {
        Optional<Target> before = repository.targets(instansiCode).stream()
                .filter(t -> t.year() == target.year()
                        && t.scope() == target.scope()
                        && t.nodeCode().equals(target.nodeCode()))
                .findFirst();
        if (before.isEmpty()) {
            repository.insertTarget(instansiCode, target);
            return new SaveCount(1, 0, 0);
        }
        Target t = before.get();
        boolean same = t.value().compareTo(target.value()) == 0
                && t.source() == target.source()
                && java.util.Objects.equals(t.note(), target.note());
        if (same) {
            return new SaveCount(0, 0, 1);
        }
        repository.updateTarget(instansiCode, target);
        return new SaveCount(0, 1, 0);
    }

    private Optional<YearResult> compute(String instansiCode, int year, Stage stage, Map<String, BigDecimal> values) {
        return frameworks.forYear(year).map(framework -> {
            IndexResult result = IndexEngine.compute(framework, values);
            return new YearResult(
                    instansiCode,
                    year,
                    framework.code(),
                    stage,
                    Provenance.of(stage, result.complete()),
                    result.exact(),
                    result.published(),
                    result.predikat(),
                    result.complete(),
                    result.index().valuedIndicators(),
                    result.index().totalIndicators(),
                    false,
                    result.domains().stream().map(EvaluationService::figure).toList(),
                    result.aspects().stream().map(EvaluationService::figure).toList(),
                    Optional.of(result));
        });
    }

    private Optional<YearResult> fromPublished(String instansiCode, int year, List<PublishedTotal> totals) {
        Optional<PublishedTotal> index =
                totals.stream().filter(t -> t.scope() == Target.Scope.INDEX).findFirst();
        if (index.isEmpty()) {
            return Optional.empty();
        }
        Optional<Framework> framework = frameworks.forYear(year);
        BigDecimal value = IndexMath.display(index.get().value());
        return Optional.of(new YearResult(
                instansiCode,
                year,
                framework.map(Framework::code).orElse(null),
                null,
                Provenance.RESMI,
                index.get().value(),
                value,
                framework.flatMap(f -> f.predikatOf(value)),
                true,
                0,
                0,
                true,
                published(totals, Target.Scope.DOMAIN),
                published(totals, Target.Scope.ASPECT),
                Optional.empty()));
    }

    private static List<Figure> published(List<PublishedTotal> totals, Target.Scope scope) {
        return totals.stream()
                .filter(t -> t.scope() == scope)
                .map(t -> new Figure("", t.nodeName(), null, t.value(), IndexMath.display(t.value()), true))
                .toList();
    }

    private static Figure figure(NodeResult node) {
        return new Figure(node.code(), node.name(), node.weight(), node.exact(), node.rounded(), node.complete());
    }
}
