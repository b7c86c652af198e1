package id.pantauspbe.opd;

import id.pantauspbe.access.AppUser;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence (data dukung) per indicator and the stage deadlines of a year. Everyone signed in reads;
 * ADMIN and ASESOR edit every item, an OPD operator only the items of their own OPD; PIMPINAN reads only.
 * Only ADMIN carries last year's checklist forward. Documents are links (URL) here; uploaded files
 * are handled by {@link EvidenceFileService}.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    /** The longest title of a document (column {@code evidence.title}). */
    static final int MAX_TITLE = 300;

    private final EvidenceRepository repository;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final CycleService cycle;
    private final AuditService audit;
    private final EvaluationService evaluation;
    private final FrameworkService frameworks;
    private final EvidenceFileRepository files;
    private final EvidenceStorage storage;
    private final ApplicationEventPublisher events;

    EvidenceService(
            EvidenceRepository repository,
            EvidenceFileRepository files,
            EvidenceStorage storage,
            CurrentUser currentUser,
            UserService users,
            Clock clock,
            EvaluationService evaluation,
            FrameworkService frameworks,
            CycleService cycle,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cycle = cycle;
        this.audit = audit;
        this.repository = repository;
        this.files = files;
        this.storage = storage;
        this.evaluation = evaluation;
        this.frameworks = frameworks;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The years that have evidence items or stage deadlines, ascending. */
    public List<Integer> years(String instansiCode) {
        return repository.years(instansiCode);
    }

    /** The indicators of the framework a year uses (code to name, in framework order). */
    public Map<String, String> indicators(int year) {
        Map<String, String> indicators = new LinkedHashMap<>();
        frameworks.forYear(year).ifPresent(f -> f.indicators().forEach(n -> indicators.put(n.code(), n.name())));
        return indicators;
    }

    /** The checklist of a year, in framework order. */
    public List<EvidenceItem> items(String instansiCode, int year) {
        return repository.items(instansiCode, year);
    }

    public List<EvidenceItem> forIndicator(String instansiCode, int year, String indicatorCode) {
        return items(instansiCode, year).stream()
                .filter(i -> i.indicatorCode().equals(indicatorCode))
                .toList();
    }

    /** What the next level needs: the items of level floor(value) + 1 not verified yet. */
    public List<EvidenceItem> nextLevelNeeds(
            String instansiCode, int year, String indicatorCode, BigDecimal currentValue) {
        return EvidenceRules.nextLevelNeeds(forIndicator(instansiCode, year, indicatorCode), currentValue);
    }

    /**
     * For every indicator with evidence, what the next level still needs, judged on the indicator's
     * value of the year's most advanced stage; indicators that need nothing more are left out.
     */
    public List<NextLevelNeed> nextLevelNeeds(String instansiCode, int year) {
        Map<String, BigDecimal> values = new HashMap<>();
        evaluation
                .result(instansiCode, year)
                .flatMap(r -> r.detail())
                .ifPresent(d -> d.indicators().stream()
                        .filter(i -> i.value() != null)
                        .forEach(i -> values.put(i.code(), i.value())));
        Map<String, List<EvidenceItem>> byIndicator = new LinkedHashMap<>();
        for (EvidenceItem item : items(instansiCode, year)) {
            byIndicator
                    .computeIfAbsent(item.indicatorCode(), k -> new ArrayList<>())
                    .add(item);
        }
        List<NextLevelNeed> needs = new ArrayList<>();
        byIndicator.forEach((code, items) -> {
            BigDecimal value = values.get(code);
            List<EvidenceItem> missing = EvidenceRules.nextLevelNeeds(items, value);
            if (!missing.isEmpty()) {
                needs.add(new NextLevelNeed(
                        code, items.getFirst().indicatorName(), value, EvidenceRules.nextLevel(value), missing));
            }
        });
        return needs;
    }

    /** {@link #nextLevelNeeds(String, int)} of one indicator, or of all when indicatorCode is null. */
    public List<NextLevelNeed> nextLevelNeeds(String instansiCode, int year, String indicatorCode) {
        return nextLevelNeeds(instansiCode, year).stream()
                .filter(n -> indicatorCode == null || n.indicatorCode().equals(indicatorCode))
                .toList();
    }

    /** Items due before today and not verified. */
    public List<EvidenceItem> overdue(String instansiCode, int year) {
        LocalDate today = today();
        return items(instansiCode, year).stream()
                .filter(i -> EvidenceRules.overdue(i, today))
                .toList();
    }

    /** Counts per responsible OPD (by OPD id). */
    public Map<Long, EvidenceSummary> summaryByOpd(String instansiCode, int year) {
        return EvidenceRules.summaryByOpd(items(instansiCode, year), today());
    }

    /** The OPDs with overdue items, least complete first, then most overdue. */
    public List<EvidenceSummary> overdueByOpd(String instansiCode, int year) {
        return EvidenceRules.overdueFirst(summaryByOpd(instansiCode, year).values());
    }

    /** The stage deadlines of a year with the days left, earliest first. */
    public List<DeadlineCountdown> deadlines(String instansiCode, int year) {
        LocalDate today = today();
        return repository.deadlines(instansiCode, year).stream()
                .map(d -> new DeadlineCountdown(d, EvidenceRules.daysRemaining(d.dueDate(), today)))
                .toList();
    }

    /** Whether the signed-in user may edit the item. */
    public boolean canEdit(EvidenceItem item) {
        return editable().test(item);
    }

    /**
     * What the signed-in user may edit, decided once (for a whole grid): every item for ADMIN and
     * ASESOR; for an OPD operator the items of their own OPD that are not verified yet, while a stage
     * of the item's year is open; nothing otherwise.
     */
    public java.util.function.Predicate<EvidenceItem> editable() {
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASESOR)) {
            return item -> true;
        }
        if (currentUser.hasRole(Role.OPERATOR_OPD)) {
            Long own = currentUser
                    .username()
                    .flatMap(users::find)
                    .map(AppUser::opdId)
                    .orElse(null);
            // an operator works on their OPD's evidence only while a stage of that year is open
            Map<Integer, Boolean> open = new HashMap<>();
            // and a verified document stays as the assessors verified it
            return item -> own != null
                    && own.equals(item.opdId())
                    && item.status() != EvidenceStatus.DIVERIFIKASI
                    && open.computeIfAbsent(
                            item.year(),
                            y -> cycle.openStage(item.instansiCode(), y).isPresent());
        }
        return item -> false;
    }

    /** Whether the signed-in user may add items and carry a checklist forward. */
    public boolean canManage() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASESOR);
    }

    public boolean canCarryForward() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /**
     * Saves the edited fields of an item.
     *
     * @throws StaleEvidenceException if someone changed the item after {@code update.version()}
     * @throws AccessDeniedException for a user who may not edit this item
     * @throws UserMessageException for an item removed meanwhile, an empty or too long title, a rejection
     *     without a reason or a link that is no URL
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR', 'OPERATOR_OPD')")
    public EvidenceItem update(EvidenceUpdate update) {
        EvidenceItem item = repository.item(update.id()).orElseThrow(() -> new UserMessageException("evidence.gone"));
        if (!canEdit(item)) {
            throw new AccessDeniedException("evidence item " + item.id() + " belongs to another OPD");
        }
        if (item.version() != update.version()) {
            throw new StaleEvidenceException(item.updatedBy(), item.updatedAt());
        }
        EvidenceUpdate clean = validate(update);
        // a carried item stays flagged until someone sets its status again
        boolean reconfirm = item.needsReconfirmation() && clean.status() == item.status();
        String user = currentUser.username().orElse("?");
        if (!repository.update(clean, reconfirm, user, OffsetDateTime.now(clock))) {
            EvidenceItem now = repository.item(update.id()).orElseThrow();
            throw new StaleEvidenceException(now.updatedBy(), now.updatedAt());
        }
        EvidenceItem saved = repository.item(update.id()).orElseThrow();
        audit.record(
                AuditAction.EVIDENCE_CHANGED,
                auditKey(saved),
                auditScope(saved),
                describe(item),
                describe(saved),
                saved.status() == EvidenceStatus.DITOLAK ? saved.reason() : saved.note());
        boolean newlyRejected = saved.status() == EvidenceStatus.DITOLAK
                && (item.status() != EvidenceStatus.DITOLAK || !Objects.equals(item.reason(), saved.reason()));
        if (newlyRejected) {
            events.publishEvent(new EvidenceRejected(saved, user));
        }
        return saved;
    }

    private static EvidenceUpdate validate(EvidenceUpdate u) {
        String title = blankToNull(u.title());
        if (title == null) {
            throw new UserMessageException("evidence.invalid.title");
        }
        if (title.length() > MAX_TITLE) {
            throw new UserMessageException("evidence.invalid.titleLength", MAX_TITLE);
        }
        EvidenceStatus status = Objects.requireNonNull(u.status(), "status");
        String reason = blankToNull(u.reason());
        if (status == EvidenceStatus.DITOLAK && reason == null) {
            throw new UserMessageException("evidence.invalid.reason");
        }
        if (status != EvidenceStatus.DITOLAK) {
            reason = null;
        }
        String link = blankToNull(u.link());
        if (link != null && !validLink(link)) {
            throw new UserMessageException("evidence.invalid.link");
        }
        return new EvidenceUpdate(u.id(), u.version(), title, status, reason, u.dueDate(), link, blankToNull(u.note()));
    }

    /** An http or https URL of at most 1000 characters. */
    public static boolean validLink(String link) {
        if (link.length() > 1000) {
            return false;
        }
        try {
            var uri = new java.net.URI(link.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Adds a document to the checklist of an indicator (ADMIN, ASESOR). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public EvidenceItem add(
            String instansiCode,
            int year,
            String indicatorCode,
            BigDecimal targetLevel,
            String title,
            Long opdId,
            EvidenceStatus status,
            LocalDate dueDate) {
        long indicatorId = repository
                .indicatorId(year, indicatorCode)
                .orElseThrow(() -> new IllegalArgumentException(indicatorCode + " is not an indicator of " + year));
        String clean = blankToNull(title);
        if (clean == null) {
            throw new UserMessageException("evidence.invalid.title");
        }
        if (clean.length() > MAX_TITLE) {
            throw new UserMessageException("evidence.invalid.titleLength", MAX_TITLE);
        }
        long id = repository.insert(
                instansiCode,
                year,
                indicatorId,
                targetLevel,
                clean,
                opdId,
                status == null ? EvidenceStatus.BELUM : status,
                dueDate,
                null,
                false,
                currentUser.username().orElse("?"),
                OffsetDateTime.now(clock));
        EvidenceItem added = repository.item(id).orElseThrow();
        audit.record(AuditAction.EVIDENCE_ADDED, auditKey(added), auditScope(added), null, describe(added), null);
        return added;
    }

    /** How an audit event names an item: indicator and title. */
    static String auditKey(EvidenceItem item) {
        return item.indicatorCode() + " · " + item.title();
    }

    static AuditService.Scope auditScope(EvidenceItem item) {
        return new AuditService.Scope(item.instansiCode(), item.year(), null);
    }

    /** Status (in Bahasa Indonesia) and link of an item, as the audit trail shows them. */
    private static String describe(EvidenceItem item) {
        String status = Messages.indonesian("evidence.status." + item.status().name());
        return item.link() == null ? status : status + " · " + item.link();
    }

    /**
     * Copies the checklist of {@code fromYear} into {@code toYear} (ADMIN): items whose indicator code
     * exists in the new year's framework, status BELUM, flagged for re-confirmation, linked to their
     * origin; the due date moves by the years between. Running it again copies nothing twice.
     *
     * @return the number of items copied
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int carryForward(String instansiCode, int fromYear, int toYear) {
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("carry forward goes to a later year");
        }
        String user = currentUser.username().orElse("?");
        OffsetDateTime now = OffsetDateTime.now(clock);
        int copied = 0;
        for (EvidenceItem item : repository.items(instansiCode, fromYear)) {
            if (repository.carriedExists(instansiCode, toYear, item.id())) {
                continue;
            }
            var indicatorId = repository.indicatorId(toYear, item.indicatorCode());
            if (indicatorId.isEmpty()) {
                continue;
            }
            repository.insert(
                    instansiCode,
                    toYear,
                    indicatorId.get(),
                    item.targetLevel(),
                    item.title(),
                    item.opdId(),
                    EvidenceStatus.BELUM,
                    item.dueDate() == null ? null : item.dueDate().plusYears(toYear - fromYear),
                    item.id(),
                    true,
                    user,
                    now);
            copied++;
        }
        return copied;
    }

    /** Sets (adds or replaces) a stage deadline (ADMIN). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveDeadline(StageDeadline deadline) {
        repository.saveDeadline(deadline);
        audit.record(
                AuditAction.EVIDENCE_DEADLINE,
                deadline.stage() + " · " + deadline.name(),
                new AuditService.Scope(deadline.instansiCode(), deadline.year(), null),
                null,
                deadline.dueDate().toString(),
                null);
    }

    /**
     * Removes the checklist and deadlines of a year with its uploaded files (ADMIN; for tests and
     * clean-ups).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteYear(String instansiCode, int year) {
        storage.deleteAfterCommit(files.storageKeysOfYear(instansiCode, year));
        files.deleteYear(instansiCode, year);
        repository.deleteYear(instansiCode, year);
    }
}
