package id.pantauspbe.crosswalk;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project's own crosswalk between consecutive frameworks (editable by ADMIN) and the comparable
 * index it gives ({@link ComparableIndex}): how an instansi did on the matters assessed in both
 * years across a framework change. Not an official mapping; every view using it says so.
 */
@Service
@Transactional(readOnly = true)
public class CrosswalkService {

    private final CrosswalkRepository repository;
    private final FrameworkService frameworks;
    private final EvaluationService evaluation;
    private final Clock clock;
    private final AuditService audit;

    CrosswalkService(
            CrosswalkRepository repository,
            FrameworkService frameworks,
            EvaluationService evaluation,
            Clock clock,
            AuditService audit) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.evaluation = evaluation;
        this.clock = clock;
        this.audit = audit;
    }

    /** A framework change: the last year of the earlier framework and the first of the later. */
    public record Boundary(String fromFramework, String toFramework, int lastYear, int firstYear) {}

    /** The framework changes of the year table, oldest first. */
    public List<Boundary> boundaries() {
        List<Boundary> result = new ArrayList<>();
        NavigableMap<Integer, String> years = frameworks.frameworkYears();
        Map.Entry<Integer, String> previous = null;
        for (Map.Entry<Integer, String> e : years.entrySet()) {
            if (previous != null
                    && previous.getKey() + 1 == e.getKey()
                    && !previous.getValue().equals(e.getValue())) {
                result.add(new Boundary(previous.getValue(), e.getValue(), previous.getKey(), e.getKey()));
            }
            previous = e;
        }
        return result;
    }

    public List<CrosswalkPair> pairs() {
        return repository.all();
    }

    /** Every pair with the regulations and indicator names, for the admin page. */
    public List<Setara.PairRow> pairRows() {
        return repository.all().stream()
                .map(p -> new Setara.PairRow(
                        p,
                        frameworks.regulationOf(p.fromFramework()),
                        frameworks.regulationOf(p.toFramework()),
                        indicatorName(p.fromFramework(), p.fromIndicator()),
                        indicatorName(p.toFramework(), p.toIndicator())))
                .toList();
    }

    /**
     * Adds a pair between the frameworks of a boundary (ADMIN), or changes the reason of an
     * existing one.
     *
     * @throws UserMessageException for an unknown indicator, a blank or over-long reason, or frameworks
     *     that are not consecutive
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CrosswalkPair savePair(CrosswalkPair pair) {
        String reason = pair.reason() == null ? "" : pair.reason().strip();
        if (reason.isEmpty()) {
            throw new UserMessageException("setara.admin.error.reason");
        }
        if (reason.length() > CrosswalkFiles.MAX_REASON) {
            throw new UserMessageException("setara.file.longReason", CrosswalkFiles.MAX_REASON);
        }
        if (pair.id() != null) {
            Optional<CrosswalkPair> before = repository.find(pair.id());
            if (before.isEmpty() || repository.updateReason(pair.id(), reason) == 0) {
                throw new UserMessageException("setara.admin.error.gone");
            }
            record(AuditAction.CROSSWALK_PAIR_SAVED, before.get(), before.get().reason(), reason);
            return new CrosswalkPair(
                    pair.id(),
                    pair.fromFramework(),
                    pair.fromIndicator(),
                    pair.toFramework(),
                    pair.toIndicator(),
                    reason);
        }
        boolean consecutive = boundaries().stream()
                .anyMatch(b -> b.fromFramework().equals(pair.fromFramework())
                        && b.toFramework().equals(pair.toFramework()));
        if (!consecutive) {
            throw new UserMessageException("setara.admin.error.frameworks");
        }
        String from = code(pair.fromIndicator());
        String to = code(pair.toIndicator());
        for (String[] side :
                List.of(new String[] {pair.fromFramework(), from}, new String[] {pair.toFramework(), to})) {
            if (frameworks.byCode(side[0]).flatMap(f -> f.indicator(side[1])).isEmpty()) {
                throw new UserMessageException(
                        "setara.file.unknownIndicator", side[1], frameworks.regulationOf(side[0]));
            }
        }
        CrosswalkPair stored = new CrosswalkPair(null, pair.fromFramework(), from, pair.toFramework(), to, reason);
        if (repository.exists(stored)) {
            throw new UserMessageException("setara.admin.error.exists", from, to);
        }
        if (!repository.loaded(pair.fromFramework(), pair.toFramework())) {
            repository.markLoaded(pair.fromFramework(), pair.toFramework(), OffsetDateTime.now(clock));
        }
        long id = repository.insert(stored);
        record(AuditAction.CROSSWALK_PAIR_SAVED, stored, null, reason);
        return new CrosswalkPair(id, stored.fromFramework(), from, stored.toFramework(), to, reason);
    }

    /** Removes a pair (ADMIN); it stays removed after a restart. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deletePair(long id) {
        Optional<CrosswalkPair> before = repository.find(id);
        if (before.isEmpty() || repository.delete(id) == 0) {
            throw new UserMessageException("setara.admin.error.gone");
        }
        record(AuditAction.CROSSWALK_PAIR_DELETED, before.get(), before.get().reason(), null);
    }

    /** Audit key "I21 → I24 (Perpres 95/2018 → PermenPANRB 59/2020)"; old and new are the reasons. */
    private void record(AuditAction action, CrosswalkPair pair, String oldReason, String newReason) {
        audit.record(
                action,
                pair.fromIndicator() + " → " + pair.toIndicator(),
                AuditService.Scope.NONE,
                oldReason,
                newReason,
                frameworks.regulationOf(pair.fromFramework()) + " → " + frameworks.regulationOf(pair.toFramework()));
    }

    /**
     * The comparable index of an instansi between two years of consecutive frameworks, from the
     * values of each year's most advanced stage, as stored.
     *
     * @throws UserMessageException when a year has no indicator values, both years share a framework,
     *     or the frameworks are not consecutive
     */
    public Setara.Bridge compare(String instansiCode, int fromYear, int toYear) {
        if (fromYear >= toYear) {
            throw new UserMessageException("setara.error.order");
        }
        Map<Integer, YearResult> history = detailed(instansiCode);
        YearResult before = history.get(fromYear);
        YearResult after = history.get(toYear);
        if (before == null) {
            throw new UserMessageException("setara.error.noValues", fromYear);
        }
        if (after == null) {
            throw new UserMessageException("setara.error.noValues", toYear);
        }
        if (before.frameworkCode().equals(after.frameworkCode())) {
            throw new UserMessageException(
                    "setara.error.sameFramework", frameworks.regulationOf(before.frameworkCode()));
        }
        boolean consecutive = boundaries().stream()
                .anyMatch(b -> b.fromFramework().equals(before.frameworkCode())
                        && b.toFramework().equals(after.frameworkCode()));
        if (!consecutive) {
            throw new UserMessageException(
                    "setara.error.notConsecutive",
                    frameworks.regulationOf(before.frameworkCode()),
                    frameworks.regulationOf(after.frameworkCode()));
        }
        return bridge(instansiCode, before, after);
    }

    /**
     * For every boundary the instansi's history crosses, the comparison of the last year with values
     * before it and the first year with values after it.
     */
    public Setara.Trend trend(String instansiCode) {
        Map<Integer, YearResult> history = detailed(instansiCode);
        List<Setara.Bridge> bridges = new ArrayList<>();
        for (Boundary b : boundaries()) {
            Optional<YearResult> before = history.values().stream()
                    .filter(r -> r.frameworkCode().equals(b.fromFramework()))
                    .reduce((x, y) -> y);
            Optional<YearResult> after = history.values().stream()
                    .filter(r -> r.frameworkCode().equals(b.toFramework()))
                    .findFirst();
            if (before.isPresent() && after.isPresent()) {
                bridges.add(bridge(instansiCode, before.get(), after.get()));
            }
        }
        return new Setara.Trend(bridges);
    }

    /**
     * The comparison ending in {@code year} when that year is the first with values under its
     * framework and the year with values before it is under the previous one; empty otherwise.
     */
    public Optional<Setara.Bridge> acrossBoundary(String instansiCode, int year) {
        return trend(instansiCode).bridges().stream()
                .filter(b -> b.toYear() == year)
                .findFirst();
    }

    /**
     * The indicators of the previous and next frameworks mapped to one indicator, with the
     * instansi's values of them by year (predecessors first).
     */
    public List<Setara.Counterpart> counterparts(String instansiCode, String frameworkCode, String indicatorCode) {
        Map<Integer, YearResult> history = instansiCode == null ? Map.of() : detailed(instansiCode);
        List<Setara.Counterpart> result = new ArrayList<>();
        for (CrosswalkPair p : repository.all()) {
            if (p.toFramework().equals(frameworkCode) && p.toIndicator().equals(indicatorCode)) {
                result.add(counterpart(p.fromFramework(), p.fromIndicator(), p.reason(), true, history));
            }
        }
        for (CrosswalkPair p : repository.all()) {
            if (p.fromFramework().equals(frameworkCode) && p.fromIndicator().equals(indicatorCode)) {
                result.add(counterpart(p.toFramework(), p.toIndicator(), p.reason(), false, history));
            }
        }
        return result;
    }

    private Setara.Counterpart counterpart(
            String framework, String code, String reason, boolean predecessor, Map<Integer, YearResult> history) {
        List<Setara.YearValue> values = new ArrayList<>();
        history.values().stream()
                .filter(r -> r.frameworkCode().equals(framework))
                .forEach(r -> valueOf(r, code)
                        .ifPresent(v -> values.add(new Setara.YearValue(
                                r.year(), r.stage() == null ? null : r.stage().code(), v))));
        return new Setara.Counterpart(
                framework,
                frameworks.regulationOf(framework),
                code,
                indicatorName(framework, code),
                reason,
                predecessor,
                values);
    }

    private Setara.Bridge bridge(String instansiCode, YearResult before, YearResult after) {
        Framework from = frameworks.byCode(before.frameworkCode()).orElseThrow();
        Framework to = frameworks.byCode(after.frameworkCode()).orElseThrow();
        ComparableIndex.Comparison comparison =
                ComparableIndex.compare(from, to, repository.all(), values(before), values(after));
        return new Setara.Bridge(
                instansiCode,
                before.year(),
                after.year(),
                frameworks.regulationOf(from.code()),
                frameworks.regulationOf(to.code()),
                before.value(),
                after.value(),
                before.settled(),
                after.settled(),
                comparison);
    }

    /** Years with indicator values (most advanced stage), ascending; published totals left out. */
    private Map<Integer, YearResult> detailed(String instansiCode) {
        Map<Integer, YearResult> byYear = new LinkedHashMap<>();
        evaluation.history(instansiCode).stream()
                .filter(r -> r.detail().isPresent() && !r.totalsOnly())
                .forEach(r -> byYear.put(r.year(), r));
        return byYear;
    }

    private static Map<String, BigDecimal> values(YearResult result) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        result.detail()
                .ifPresent(d -> d.indicators().stream()
                        .filter(IndicatorResult::hasValue)
                        .forEach(i -> values.put(i.code(), i.value())));
        return values;
    }

    private static Optional<BigDecimal> valueOf(YearResult result, String code) {
        return result.detail()
                .flatMap(d -> d.indicators().stream()
                        .filter(i -> i.code().equals(code) && i.hasValue())
                        .map(IndicatorResult::value)
                        .findFirst());
    }

    private String indicatorName(String framework, String code) {
        return frameworks
                .byCode(framework)
                .flatMap(f -> f.indicator(code))
                .map(Node::name)
                .orElse(code);
    }

    private static String code(String text) {
        String c = Objects.requireNonNullElse(text, "").strip().toUpperCase(java.util.Locale.ROOT);
        return c.matches("\\d+") ? "I" + c : c;
    }
}
