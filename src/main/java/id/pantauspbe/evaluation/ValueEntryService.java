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
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.engine.NodeKind;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering values one by one: the entry sheet, what the signed-in user may edit ({@link EditPolicy}),
 * saving with the version check, the preview of an edit, and starting a stage from the earlier one.
 */
@Service
@Transactional(readOnly = true)
public class ValueEntryService {

    private final EvaluationRepository repository;
    private final EvaluationService evaluation;
    private final FrameworkService frameworks;
    private final CycleService cycle;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ObjectProvider<IndicatorOwners> leads;
    private final Clock clock;
    private final ResultStore results;

    ValueEntryService(
            EvaluationRepository repository,
            EvaluationService evaluation,
            FrameworkService frameworks,
            CycleService cycle,
            AuditService audit,
            CurrentUser currentUser,
            UserService users,
            ObjectProvider<IndicatorOwners> leads,
            Clock clock,
            ResultStore results) {
        this.repository = repository;
        this.evaluation = evaluation;
        this.frameworks = frameworks;
        this.cycle = cycle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.leads = leads;
        this.clock = clock;
        this.results = results;
    }

    /**
     * What the signed-in user may edit in a stage: ADMIN and ASESOR every indicator of the open
     * stage; an OPD operator the indicators their OPD leads, in the open self-assessment (mandiri)
     * stage; PIMPINAN nothing. Final values, once entered, change only by an ADMIN correction.
     */
    public EditScope editScope(String instansiCode, int year, Stage stage) {
        return editScope(editor(), instansiCode, year, stage);
    }

    private EditScope editScope(EditPolicy.Editor editor, String instansiCode, int year, Stage stage) {
        if (!editor.admin() && !editor.asesor() && !editor.operator()) {
            return EditPolicy.scope(editor, stage, false, opd -> Set.of());
        }
        boolean open = cycle.stage(instansiCode, year, stage).open();
        return EditPolicy.scope(editor, stage, open, opd -> leads.getObject().ledBy(instansiCode, year, opd));
    }

    private EditPolicy.Editor editor() {
        boolean operator = currentUser.hasRole(Role.OPERATOR_OPD);
        Long opdId = operator
                ? currentUser
                        .username()
                        .flatMap(users::find)
                        .map(AppUser::opdId)
                        .orElse(null)
                : null;
        return new EditPolicy.Editor(
                currentUser.hasRole(Role.ADMIN), currentUser.hasRole(Role.ASESOR), operator, opdId);
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
                .orElseThrow(() -> new UserMessageException("value.error.noFramework", String.valueOf(edit.year())));
        Node indicator = framework
                .indicator(edit.indicatorCode())
                .orElseThrow(() -> new UserMessageException(
                        "value.error.unknownIndicator", edit.indicatorCode(), framework.code()));
        EditPolicy.Editor editor = editor();
        EditScope scope = editScope(editor, edit.instansiCode(), edit.year(), edit.stage());
        Map<String, ValueEntry> entries = repository.entries(edit.instansiCode(), edit.year(), edit.stage());
        ValueEntry before = entries.get(indicator.code());
        boolean correction = EditPolicy.isCorrection(edit.stage(), before != null);
        String reason = blankToNull(edit.correctionReason());
        EditPolicy.refusal(editor, scope, edit.stage(), indicator.code(), before != null, reason)
                .ifPresent(refusal -> {
                    throw switch (refusal) {
                        case OUTSIDE_SCOPE ->
                            new AccessDeniedException(currentUser.username().orElse("?") + " may not edit "
                                    + indicator.code() + " in " + edit.stage() + " " + edit.year() + " ("
                                    + scope.access() + ")");
                        case CORRECTION_REASON_MISSING ->
                            new UserMessageException("value.error.correctionReason", indicator.code());
                        case CORRECTION_NOT_ADMIN ->
                            new AccessDeniedException("final values are corrected by a coordinator only");
                    };
                });
        BigDecimal value = checkedValue(indicator, edit.value());
        String justification = blankToNull(edit.justification());
        if (justification != null && justification.length() > 4000) {
            throw new UserMessageException("value.error.justificationLength", indicator.code());
        }
        if (before != null && !Objects.equals(edit.expectedVersion(), before.version())) {
            throw new StaleValueException(before, value);
        }
        if (EditPolicy.closedForNewValues(scope, before != null)) {
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
                before == null ? null : YearResults.plain(before.value()),
                YearResults.plain(value),
                correction ? reason : justification);
        results.refresh(edit.instansiCode(), edit.year(), edit.stage());
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
                    "value.error.range",
                    indicator.code(),
                    YearResults.plain(value),
                    YearResults.plain(scale.min()),
                    YearResults.plain(scale.max()));
        }
        if (!scale.accepts(value)) {
            throw new UserMessageException(
                    scale.decimals() ? "value.error.decimals" : "value.error.whole",
                    indicator.code(),
                    YearResults.plain(value));
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
                .map(f -> YearResults.compute(f, instansiCode, year, stage, values));
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
        EditPolicy.Editor editor = editor();
        EditScope scope = editScope(editor, instansiCode, year, stage);
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
                            EditPolicy.rowEditable(editor, scope, stage, n.code(), entries.containsKey(n.code())),
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
                evaluation.result(instansiCode, year, stage)));
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
        if (!EditPolicy.mayCopy(scope)) {
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
                    YearResults.plain(row.reference().value()),
                    Messages.indonesian(
                            "audit.detail.copied",
                            Messages.indonesian("stage." + row.referenceStage().name())));
            copied++;
        }
        if (copied > 0) {
            results.refresh(instansiCode, year, stage);
        }
        return copied;
    }

    /** The effect of one edit on the stage's index (empty for a value off the scale). */
    public Optional<ValuePreview> previewEdit(
            String instansiCode, int year, Stage stage, String indicatorCode, BigDecimal value) {
        Optional<YearResult> before = evaluation.result(instansiCode, year, stage);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
