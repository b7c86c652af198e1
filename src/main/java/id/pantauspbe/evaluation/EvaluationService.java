package id.pantauspbe.evaluation;

import id.pantauspbe.access.AppUser;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexMath;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.NodeKind;
import id.pantauspbe.engine.NodeResult;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Instansi, their evaluation values, published totals and targets, and the index they make. */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private final EvaluationRepository repository;
    private final FrameworkService frameworks;
    private final CycleService cycle;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ObjectProvider<IndicatorOwners> leads;
    private final Clock clock;
    private final BulkValueWriter bulk;

    EvaluationService(
            EvaluationRepository repository,
            FrameworkService frameworks,
            CycleService cycle,
            AuditService audit,
            CurrentUser currentUser,
            UserService users,
            ObjectProvider<IndicatorOwners> leads,
            Clock clock,
            BulkValueWriter bulk) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.cycle = cycle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.leads = leads;
        this.clock = clock;
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
                fromPublished(instansiCode, year, totals).ifPresent(r -> byYear.put(year, r));
            }
        });
        return List.copyOf(byYear.values());
    }

    /**
     * The years one works on (entry, stage schedule): those with results and the one after the
     * last, each only if a framework covers it.
     */
    public List<Integer> workingYears(String instansiCode) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insertNote(instansiCode, year, code, body, author, now);
        return named(new TimelineNote(id, year, code, null, body, author, now));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteNote(String instansiCode, long id) {
        repository.deleteNote(instansiCode, id);
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

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void insertPublishedTotal(String instansiCode, PublishedTotal total) {
        repository.insertPublishedTotal(instansiCode, total);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void insertTarget(String instansiCode, Target target) {
        repository.insertTarget(instansiCode, target);
        auditTarget(instansiCode, target, null);
    }

    /**
     * Stores a target (one per instansi, year, scope and node): inserted when new, updated when its
     * value, source or note differ, left alone when equal.
     *
     * @return the count of this one save
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SaveCount saveTarget(String instansiCode, Target target) {
        Optional<Target> before = repository.targets(instansiCode).stream()
                .filter(t -> t.year() == target.year()
                        && t.scope() == target.scope()
                        && t.nodeCode().equals(target.nodeCode()))
                .findFirst();
        if (before.isEmpty()) {
            repository.insertTarget(instansiCode, target);
            auditTarget(instansiCode, target, null);
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
        auditTarget(instansiCode, target, t);
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

    private void auditTarget(String instansiCode, Target target, Target before) {
        audit.record(
                AuditAction.TARGET_SET,
                target.scope() == Target.Scope.INDEX ? target.scope().name() : target.nodeCode(),
                new AuditService.Scope(instansiCode, target.year(), null),
                before == null ? null : plain(before.value()) + " (" + before.source() + ")",
                plain(target.value()) + " (" + target.source() + ")",
                target.note());
    }

    /** The stored entries of one stage (indicator code → value with who, when, version). */
    public Map<String, ValueEntry> entries(String instansiCode, int year, Stage stage) {
        return repository.entries(instansiCode, year, stage);
    }

    /**
     * What the signed-in user may edit in a stage: ADMIN and ASESOR every indicator of the open
     * stage; an OPD operator the indicators their OPD leads, in the open self-assessment (mandiri)
     * stage; PIMPINAN nothing. Final values, once entered, change only by an ADMIN correction.
     */
    public EditScope editScope(String instansiCode, int year, Stage stage) {
        boolean admin = currentUser.hasRole(Role.ADMIN);
        boolean asesor = currentUser.hasRole(Role.ASESOR);
        boolean operator = currentUser.hasRole(Role.OPERATOR_OPD);
        if (!admin && !asesor && !operator) {
            return new EditScope(EditScope.Access.READ_ONLY_ROLE, Set.of());
        }
        boolean open = cycle.stage(instansiCode, year, stage).open();
        if (admin && stage == Stage.FINAL) {
            return new EditScope(open ? EditScope.Access.EDIT : EditScope.Access.CORRECTION, null);
        }
        if (!open) {
            return new EditScope(EditScope.Access.STAGE_CLOSED, Set.of());
        }
        if (admin || asesor) {
            return new EditScope(EditScope.Access.EDIT, null);
        }
        if (stage != Stage.MANDIRI) {
            return new EditScope(EditScope.Access.STAGE_NOT_FOR_ROLE, Set.of());
        }
        Long opdId =
                currentUser.username().flatMap(users::find).map(AppUser::opdId).orElse(null);
        if (opdId == null) {
            return new EditScope(EditScope.Access.NO_OPD, Set.of());
        }
        return new EditScope(EditScope.Access.EDIT, leads.getObject().ledBy(instansiCode, year, opdId));
    }

    /**
     * Saves one indicator value of a stage with its justification, after checking who may, whether
     * the stage is open, the scale, and that nobody changed it since the editor read it; the change
     * goes into the audit trail.
     *
     * @return the stored entry
     * @throws AccessDeniedException outside the user's {@link #editScope}
     * @throws UserMessageException for a value off the scale, a missing value or correction reason
     * @throws StaleValueException when someone else changed the value after {@code expectedVersion}
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR', 'OPERATOR_OPD')")
    public ValueEntry saveEntry(ValueEdit edit) {
        Framework framework = frameworks
                .forYear(edit.year())
                .orElseThrow(() -> new UserMessageException("value.error.noFramework", edit.year()));
        Node indicator = framework
                .indicator(edit.indicatorCode())
                .orElseThrow(() -> new UserMessageException(
                        "value.error.unknownIndicator", edit.indicatorCode(), framework.code()));
        EditScope scope = editScope(edit.instansiCode(), edit.year(), edit.stage());
        if (!scope.allows(indicator.code())) {
            throw new AccessDeniedException(currentUser.username().orElse("?") + " may not edit " + indicator.code()
                    + " in " + edit.stage() + " " + edit.year() + " (" + scope.access() + ")");
        }
        Map<String, ValueEntry> entries = repository.entries(edit.instansiCode(), edit.year(), edit.stage());
        ValueEntry before = entries.get(indicator.code());
        boolean correction = edit.stage() == Stage.FINAL && before != null;
        String reason = blankToNull(edit.correctionReason());
        if (correction && reason == null) {
            throw new UserMessageException("value.error.correctionReason", indicator.code());
        }
        if (correction && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("final values are corrected by a coordinator only");
        }
        BigDecimal value = checkedValue(indicator, edit.value());
        String justification = blankToNull(edit.justification());
        if (justification != null && justification.length() > 4000) {
            throw new UserMessageException("value.error.justificationLength", indicator.code());
        }
        if (before != null && !Objects.equals(edit.expectedVersion(), before.version())) {
            throw new StaleValueException(before, value);
        }
        if (before == null && scope.access() == EditScope.Access.CORRECTION) {
            throw new UserMessageException("value.error.finalClosed", indicator.code());
        }
        if (before != null
                && before.value().compareTo(value) == 0
                && Objects.equals(before.justification(), justification)) {
            return before;
        }
        String user = currentUser.username().orElse(AuditService.SYSTEM);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.indicatorIds(framework.code()).get(indicator.code());
        if (before == null) {
            repository.insertEntry(edit.instansiCode(), edit.year(), edit.stage(), id, value, justification, user, now);
        } else if (!repository.updateEntry(
                edit.instansiCode(),
                edit.year(),
                edit.stage(),
                id,
                before.version(),
                value,
                justification,
                user,
                now)) {
            throw new StaleValueException(
                    repository
                            .entries(edit.instansiCode(), edit.year(), edit.stage())
                            .get(indicator.code()),
                    value);
        }
        audit.record(
                before == null
                        ? AuditAction.VALUE_SET
                        : correction ? AuditAction.VALUE_CORRECTED : AuditAction.VALUE_CHANGED,
                indicator.code(),
                new AuditService.Scope(
                        edit.instansiCode(), edit.year(), edit.stage().name()),
                before == null ? null : plain(before.value()),
                plain(value),
                correction ? reason : justification);
        return repository
                .entries(edit.instansiCode(), edit.year(), edit.stage())
                .get(indicator.code());
    }

    private static BigDecimal checkedValue(Node indicator, BigDecimal value) {
        LevelScale scale = indicator.scale();
        if (value == null) {
            throw new UserMessageException("value.error.empty", indicator.code());
        }
        if (value.compareTo(scale.min()) < 0 || value.compareTo(scale.max()) > 0) {
            throw new UserMessageException(
                    "value.error.range", indicator.code(), plain(value), plain(scale.min()), plain(scale.max()));
        }
        if (!scale.accepts(value)) {
            throw new UserMessageException(
                    scale.decimals() ? "value.error.decimals" : "value.error.whole", indicator.code(), plain(value));
        }
        return value;
    }

    /**
     * The result of a stage if one indicator had the given value (null: no value): the effect of
     * an edit on the index before it is saved.
     */
    public Optional<YearResult> preview(
            String instansiCode, int year, Stage stage, String indicatorCode, BigDecimal value) {
        Map<String, BigDecimal> values = new HashMap<>(
                repository.valuesOf(instansiCode).getOrDefault(year, Map.of()).getOrDefault(stage, Map.of()));
        if (value == null) {
            values.remove(indicatorCode);
        } else {
            values.put(indicatorCode, value);
        }
        return frameworks
                .forYear(year)
                .filter(f -> f.indicator(indicatorCode).isPresent()
                        && (value == null
                                || f.indicator(indicatorCode).get().scale().accepts(value)))
                .flatMap(f -> compute(instansiCode, year, stage, values));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The entry screen's data: every indicator of the year's framework for ADMIN, ASESOR and
     * PIMPINAN; only the indicators their OPD leads for an OPD operator.
     */
    public Optional<EntrySheet> sheet(String instansiCode, int year, Stage stage) {
        Optional<Framework> found = frameworks.forYear(year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Framework framework = found.get();
        EditScope scope = editScope(instansiCode, year, stage);
        Set<String> visible = currentUser.hasRole(Role.OPERATOR_OPD) ? operatorIndicators(instansiCode, year) : null;
        Map<String, ValueEntry> entries = repository.entries(instansiCode, year, stage);
        // earlier stages, nearest first: what the reviewer compares with
        List<Map.Entry<Stage, Map<String, ValueEntry>>> earlier = new ArrayList<>();
        for (int i = stage.ordinal() - 1; i >= 0; i--) {
            Stage before = Stage.values()[i];
            earlier.add(Map.entry(before, repository.entries(instansiCode, year, before)));
        }
        List<EntrySheet.Row> rows = framework.indicators().stream()
                .filter(n -> visible == null || visible.contains(n.code()))
                .map(n -> {
                    Map.Entry<Stage, ValueEntry> reference = earlier.stream()
                            .filter(e -> e.getValue().containsKey(n.code()))
                            .map(e -> Map.entry(e.getKey(), e.getValue().get(n.code())))
                            .findFirst()
                            .orElse(null);
                    return new EntrySheet.Row(
                            n.code(),
                            n.name(),
                            groupName(framework, n.code()),
                            n.weight(),
                            n.scale(),
                            entries.get(n.code()),
                            // a final value once entered changes only by a coordinator's correction
                            scope.allows(n.code())
                                    && (stage != Stage.FINAL
                                            || !entries.containsKey(n.code())
                                            || currentUser.hasRole(Role.ADMIN)),
                            reference == null ? null : reference.getValue(),
                            reference == null ? null : reference.getKey());
                })
                .toList();
        return Optional.of(new EntrySheet(
                instansiCode,
                year,
                stage,
                framework.code(),
                framework.name(),
                cycle.stage(instansiCode, year, stage),
                scope,
                rows,
                result(instansiCode, year, stage)));
    }

    private Set<String> operatorIndicators(String instansiCode, int year) {
        return currentUser
                .username()
                .flatMap(users::find)
                .map(AppUser::opdId)
                .map(opd -> leads.getObject().ledBy(instansiCode, year, opd))
                .orElse(Set.of());
    }

    private static String groupName(Framework framework, String indicatorCode) {
        NodeKind kind = framework.hasDomains() ? NodeKind.DOMAIN : NodeKind.ASPECT;
        return framework.ancestorOf(indicatorCode, kind).map(Node::name).orElse("");
    }

    /**
     * Starts an assessors' stage from the work before it: every indicator without a value in this
     * stage takes the value (and justification) of the nearest earlier stage that has one. Values
     * already entered are left alone. Needs the stage open; not for the self-assessment, where
     * nothing comes before, nor for the final result, which is KemenPAN-RB's.
     *
     * @return how many values were copied
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public int copyFromEarlierStage(String instansiCode, int year, Stage stage) {
        if (stage == Stage.MANDIRI || stage == Stage.FINAL) {
            throw new UserMessageException("value.error.copyStage");
        }
        EditScope scope = editScope(instansiCode, year, stage);
        if (scope.access() != EditScope.Access.EDIT || scope.indicators() != null) {
            throw new AccessDeniedException("copying needs the open stage and every indicator");
        }
        EntrySheet sheet = sheet(instansiCode, year, stage).orElseThrow();
        Map<String, Long> ids = repository.indicatorIds(sheet.frameworkCode());
        String user = currentUser.username().orElse(AuditService.SYSTEM);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int copied = 0;
        for (EntrySheet.Row row : sheet.rows()) {
            if (row.entry() != null || row.reference() == null) {
                continue;
            }
            repository.insertEntry(
                    instansiCode,
                    year,
                    stage,
                    ids.get(row.code()),
                    row.reference().value(),
                    row.reference().justification(),
                    user,
                    now);
            audit.record(
                    AuditAction.VALUE_SET,
                    row.code(),
                    new AuditService.Scope(instansiCode, year, stage.name()),
                    null,
                    plain(row.reference().value()),
                    Messages.indonesian(
                            "audit.detail.copied",
                            Messages.indonesian("stage." + row.referenceStage().name())));
            copied++;
        }
        return copied;
    }

    /** Removes the values of one stage of a year (ADMIN; for tests and corrections of a mistaken copy). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteStageValues(String instansiCode, int year, Stage stage) {
        repository.deleteStageValues(instansiCode, year, stage);
    }

    /** The effect of one edit on the stage's index (empty for a value off the scale). */
    public Optional<ValuePreview> previewEdit(
            String instansiCode, int year, Stage stage, String indicatorCode, BigDecimal value) {
        Optional<YearResult> before = result(instansiCode, year, stage);
        return preview(instansiCode, year, stage, indicatorCode, value).map(after -> {
            BigDecimal was = before.map(YearResult::value).orElse(null);
            return new ValuePreview(
                    was,
                    after.value(),
                    was == null || after.value() == null ? null : after.value().subtract(was),
                    // the presentation rule: an incomplete stage gets no predikat
                    after.predikatShown() ? after.predikat() : Optional.empty(),
                    after.valuedIndicators(),
                    after.totalIndicators());
        });
    }
}
