package id.pantauspbe.rakor;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.PemdaSettings;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.dashboard.OverviewService;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.StageSchedule;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.EvidenceSummary;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdActions;
import id.pantauspbe.opd.OpdRankingService;
import id.pantauspbe.opd.OpdReport;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.plan.ForecastService;
import id.pantauspbe.plan.PlanProgress;
import id.pantauspbe.plan.SavedPlan;
import id.pantauspbe.plan.SavedPlanService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rakor (coordination meeting): one snapshot of everything it shows, assembled from the
 * dashboard, analysis, OPD and evidence services, and what the meeting agrees (closing text and
 * action items per OPD). Writing needs ADMIN or ASESOR; everyone signed in may read.
 */
@Service
@Transactional(readOnly = true)
public class RakorService implements OpdActions {

    private static final int MAX_TEXT = 4000;

    private final OverviewService overviews;
    private final AnalysisService analysis;
    private final OpdService opds;
    private final OpdRankingService rankings;
    private final EvidenceService evidence;
    private final RakorRepository repository;
    private final PemdaSettings pemda;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CycleService cycle;
    private final AuditService audit;

    private final SavedPlanService plans;
    private final ForecastService forecasts;
    private final id.pantauspbe.crosswalk.CrosswalkService crosswalk;

    RakorService(
            OverviewService overviews,
            AnalysisService analysis,
            OpdService opds,
            OpdRankingService rankings,
            EvidenceService evidence,
            RakorRepository repository,
            PemdaSettings pemda,
            CurrentUser currentUser,
            Clock clock,
            CycleService cycle,
            AuditService audit,
            SavedPlanService plans,
            ForecastService forecasts,
            id.pantauspbe.crosswalk.CrosswalkService crosswalk) {
        this.crosswalk = crosswalk;
        this.plans = plans;
        this.forecasts = forecasts;
        this.cycle = cycle;
        this.audit = audit;
        this.overviews = overviews;
        this.analysis = analysis;
        this.opds = opds;
        this.rankings = rankings;
        this.evidence = evidence;
        this.repository = repository;
        this.pemda = pemda;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The snapshot of an instansi and year, taken now.
     *
     * @param instansiCode null or unknown: the home Pemda
     * @param year null or without figures: the latest year with an official result
     * @param anonymous replace OPD names by "OPD A", "OPD B" … (in ranking order)
     * @return empty only when no instansi exists at all
     */
    public Optional<RakorSnapshot> snapshot(String instansiCode, Integer year, boolean anonymous) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        return overviews.overview(instansiCode, year).map(o -> build(o, anonymous, now));
    }

    /** A plan's progress with its OPDs under their neutral labels. */
    private static PlanProgress relabel(PlanProgress progress, Map<Long, String> names) {
        List<PlanProgress.StepProgress> steps = new ArrayList<>();
        for (PlanProgress.StepProgress sp : progress.steps()) {
            SavedPlan.Step st = sp.step();
            String name = st.opdId() == null ? st.opdName() : names.getOrDefault(st.opdId(), st.opdName());
            steps.add(new PlanProgress.StepProgress(
                    new SavedPlan.Step(
                            st.indicatorCode(),
                            st.from(),
                            st.to(),
                            st.effort(),
                            st.points(),
                            st.opdId(),
                            name,
                            st.dueDate()),
                    sp.indicatorName(),
                    sp.current(),
                    sp.reached()));
        }
        return new PlanProgress(progress.plan(), steps);
    }

    private RakorSnapshot build(Overview overview, boolean anonymous, OffsetDateTime builtAt) {
        Instansi instansi = overview.instansi();
        int year = overview.year();
        OpdReport.Ranking ranking = rankings.ranking(instansi, year);
        Map<Long, String> names = new HashMap<>();
        List<OpdReport.Row> rows = new ArrayList<>();
        for (OpdReport.Row r : ranking.rows()) {
            String name = anonymous ? label(rows.size()) : r.opd().name();
            names.put(r.opd().id(), name);
            rows.add(anonymous ? r.withOpd(new Opd(r.opd().id(), r.opd().instansiCode(), name, name, null)) : r);
        }

        Optional<id.pantauspbe.engine.ChangeAnalysis.Decomposition> change = Optional.empty();
        Analysis.Unexplained changeUnavailable = Analysis.Unexplained.NO_PREVIOUS;
        if (overview.previous().isPresent()) {
            Analysis.Change c =
                    analysis.change(instansi, overview.previous().get().year(), year);
            change = c.decomposition();
            changeUnavailable = c.unavailableReason();
        }

        // the short weak list of /lemah: unvalued indicators of the open stage first, then the weak ones
        Analysis.WeakList weakList = overview.weakList();
        List<RakorSnapshot.WeakIndicator> weakest = new ArrayList<>();
        for (IndicatorResult i : weakList.unvalued()) {
            weakest.add(new RakorSnapshot.WeakIndicator(i, leadName(weakList, i, names), true));
        }
        for (WeakRules.WeakIndicator w : weakList.indicators()) {
            weakest.add(
                    new RakorSnapshot.WeakIndicator(w.indicator(), leadName(weakList, w.indicator(), names), false));
        }

        // the year the meeting works towards: the next one after a settled result, else this open one
        int planYear = overview.current().map(YearResult::settled).orElse(false) ? year + 1 : year;
        Optional<Rakor> rakor = repository.find(instansi.code(), year);
        Optional<Rakor> previous = repository.previous(instansi.code(), year);
        List<Opd> choices = opds.list(instansi.code()).stream()
                .map(o -> anonymous ? new Opd(o.id(), o.instansiCode(), names.get(o.id()), null, null) : o)
                .sorted(Comparator.comparing(Opd::name))
                .toList();
        return new RakorSnapshot(
                builtAt,
                pemda.nama(),
                anonymous,
                overview,
                change,
                changeUnavailable,
                List.copyOf(weakest),
                List.copyOf(rows),
                ranking.basis(),
                ranking.rankedCount(),
                evidenceOf(instansi, year, names),
                rakor,
                rakor.map(r -> relabel(repository.actions(r.id()), names)).orElse(List.of()),
                previous,
                previous.map(r -> relabel(repository.actions(r.id()), names)).orElse(List.of()),
                choices,
                planYear,
                plans.progress(instansi.code(), planYear).map(p -> anonymous ? relabel(p, names) : p),
                forecasts.pendingForecast(instansi.code(), planYear),
                crosswalk.acrossBoundary(instansi.code(), year));
    }

    private static String leadName(Analysis.WeakList list, IndicatorResult indicator, Map<Long, String> names) {
        return list.lead(indicator.code())
                .map(o -> names.getOrDefault(o.id(), o.name()))
                .orElse(null);
    }

    /**
     * The evidence checklist of the rakor's own year with that year's stage deadlines; none when the
     * year has no checklist (a rakor of 2021 never shows the checklist of another year's stage).
     */
    private RakorSnapshot.Evidence evidenceOf(Instansi instansi, int year, Map<Long, String> names) {
        if (!evidence.years(instansi.code()).contains(year)) {
            return new RakorSnapshot.Evidence(0, false, List.of(), 0, 0, 0, 0, 0, 0, List.of());
        }
        boolean open = cycle.latestOpenStage(instansi.code())
                .map(StageSchedule::year)
                .filter(y -> y == year)
                .isPresent();
        List<EvidenceItem> items = evidence.items(instansi.code(), year);
        int overdue = evidence.overdue(instansi.code(), year).size();
        List<RakorSnapshot.OpdEvidence> byOpd = evidence.summaryByOpd(instansi.code(), year).values().stream()
                .sorted(Comparator.comparingInt(EvidenceSummary::overdue)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(EvidenceSummary::missing)
                                .reversed())
                        .thenComparing(s -> names.getOrDefault(s.opdId(), "")))
                .map(s -> new RakorSnapshot.OpdEvidence(names.getOrDefault(s.opdId(), "–"), s))
                .toList();
        return new RakorSnapshot.Evidence(
                year,
                open,
                evidence.deadlines(instansi.code(), year),
                items.size(),
                count(items, EvidenceStatus.DIVERIFIKASI),
                count(items, EvidenceStatus.DIUNGGAH),
                count(items, EvidenceStatus.DITOLAK),
                count(items, EvidenceStatus.BELUM),
                overdue,
                byOpd);
    }

    private static int count(List<EvidenceItem> items, EvidenceStatus status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }

    private static List<ActionItem> relabel(List<ActionItem> items, Map<Long, String> names) {
        return items.stream()
                .map(i -> i.opdId() == null ? i : i.withOpdName(names.getOrDefault(i.opdId(), i.opdName())))
                .toList();
    }

    /** "OPD A" … "OPD Z", "OPD AA" …: a neutral label by position. */
    static String label(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return "OPD " + letters;
    }

    /** Whether the signed-in user may record what the rakor agrees. */
    public boolean canEdit() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASESOR);
    }

    /** The action items agreed for an OPD in any rakor, the newest rakor first. */
    @Override
    public List<ActionItem> ofOpd(long opdId) {
        return repository.actionsOfOpd(opdId);
    }

    /** Saves the closing text of the rakor of an instansi and year (created when missing). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public Rakor saveClosingText(String instansiCode, int year, String text) {
        return saveClosing(instansiCode, year, text, null);
    }

    /**
     * Saves the closing text and the date the meeting was held (null keeps the date: the day the
     * rakor was first recorded).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public Rakor saveClosing(String instansiCode, int year, String text, LocalDate heldOn) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_TEXT) {
            throw new UserMessageException("rakor.error.closingTooLong", MAX_TEXT);
        }
        Rakor rakor = ensure(instansiCode, year);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.update(rakor.id(), value, now, user(), now);
        if (heldOn != null) {
            repository.updateHeldOn(rakor.id(), heldOn);
        }
        Rakor saved = repository.find(instansiCode, year).orElseThrow();
        audit.record(
                AuditAction.RAKOR_AGREEMENT,
                "Rakor " + year,
                new AuditService.Scope(instansiCode, year, null),
                rakor.closingText(),
                saved.closingText(),
                saved.heldOn().toString());
        return saved;
    }

    /** Records an action item in the rakor of an instansi and year (created when missing). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public ActionItem addAction(String instansiCode, int year, Long opdId, String what, String who, LocalDate due) {
        if (what == null || what.isBlank()) {
            throw new UserMessageException("rakor.error.actionWhat");
        }
        if (opdId != null && opds.find(instansiCode, opdId).isEmpty()) {
            throw new UserMessageException("rakor.error.unknownOpd");
        }
        Rakor rakor = ensure(instansiCode, year);
        long id = repository.insertAction(
                rakor.id(),
                new ActionItem(
                        0, rakor.id(), year, opdId, null, what.strip(), blankToNull(who), due, ActionStatus.TERBUKA),
                user(),
                OffsetDateTime.now(clock));
        ActionItem added = repository.action(id).orElseThrow();
        audit.record(
                AuditAction.RAKOR_ACTION_ADDED,
                auditKey(added),
                new AuditService.Scope(instansiCode, year, null),
                null,
                statusText(added.status()),
                (added.who() == null ? "" : added.who()) + (added.due() == null ? "" : " · " + added.due()));
        return added;
    }

    private static String auditKey(ActionItem item) {
        return (item.opdName() == null ? "" : item.opdName() + ": ") + item.what();
    }

    private static String statusText(ActionStatus status) {
        return Messages.indonesian("rakor.action.status." + status.name());
    }

    /** Sets the status of an action item (for example done, at the next rakor). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public ActionItem setStatus(long actionId, ActionStatus status) {
        ActionItem item =
                repository.action(actionId).orElseThrow(() -> new IllegalArgumentException("no action " + actionId));
        repository.updateAction(
                new ActionItem(
                        item.id(),
                        item.rakorId(),
                        item.rakorYear(),
                        item.opdId(),
                        item.opdName(),
                        item.what(),
                        item.who(),
                        item.due(),
                        status),
                user(),
                OffsetDateTime.now(clock));
        if (item.status() != status) {
            audit.record(
                    AuditAction.RAKOR_ACTION_STATUS,
                    auditKey(item),
                    new AuditService.Scope(null, item.rakorYear(), null),
                    statusText(item.status()),
                    statusText(status),
                    null);
        }
        return repository.action(actionId).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public void deleteAction(long actionId) {
        repository
                .action(actionId)
                .ifPresent(item -> audit.record(
                        AuditAction.RAKOR_ACTION_DELETED,
                        auditKey(item),
                        new AuditService.Scope(null, item.rakorYear(), null),
                        statusText(item.status()),
                        null,
                        null));
        repository.deleteAction(actionId);
    }

    private Rakor ensure(String instansiCode, int year) {
        return repository.find(instansiCode, year).orElseGet(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            repository.insert(instansiCode, year, LocalDate.now(clock), now, user());
            return repository.find(instansiCode, year).orElseThrow();
        });
    }

    private String user() {
        return currentUser.username().orElse("system");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
