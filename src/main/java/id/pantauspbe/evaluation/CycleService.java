package id.pantauspbe.evaluation;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.base.UserMessageException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly cycle: the five stages of a year with their dates, and which one is open for entry.
 * Everyone reads; only a coordinator (ADMIN) plans, opens and closes stages, at most one at a time.
 */
@Service
@Transactional(readOnly = true)
public class CycleService {

    private final CycleRepository repository;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<SafetyBackup> backup;

    CycleService(
            CycleRepository repository,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<SafetyBackup> backup) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.backup = backup;
    }

    /** All five stages of a year in order; a stage never planned is PLANNED without dates. */
    public List<StageSchedule> schedule(String instansiCode, int year) {
        Map<Stage, StageSchedule> stored = new EnumMap<>(Stage.class);
        repository.schedule(instansiCode, year).forEach(s -> stored.put(s.stage(), s));
        return List.of(Stage.values()).stream()
                .map(stage -> stored.getOrDefault(
                        stage,
                        new StageSchedule(
                                instansiCode, year, stage, null, null, StageSchedule.State.PLANNED, null, null)))
                .toList();
    }

    public StageSchedule stage(String instansiCode, int year, Stage stage) {
        return schedule(instansiCode, year).get(stage.ordinal());
    }

    /** The stage open for entry, if any. */
    public Optional<StageSchedule> openStage(String instansiCode, int year) {
        return schedule(instansiCode, year).stream().filter(StageSchedule::open).findFirst();
    }

    /** The stage open for entry now in the latest year that has one (one query, for landing pages). */
    public Optional<StageSchedule> latestOpenStage(String instansiCode) {
        return repository.latestOpen(instansiCode);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Sets the planned dates of a stage.
     *
     * @throws UserMessageException when the stage would close before it opens
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StageSchedule plan(String instansiCode, int year, Stage stage, LocalDate opensOn, LocalDate closesOn) {
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw new UserMessageException("cycle.error.dates", stageName(stage));
        }
        StageSchedule before = stage(instansiCode, year, stage);
        save(before, opensOn, closesOn, before.state());
        audit.record(
                AuditAction.STAGE_SCHEDULED,
                stage.name(),
                scope(instansiCode, year, stage),
                dates(before.opensOn(), before.closesOn()),
                dates(opensOn, closesOn),
                null);
        return stage(instansiCode, year, stage);
    }

    /**
     * Opens a stage for entry.
     *
     * @throws UserMessageException when another stage of the year is still open
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StageSchedule open(String instansiCode, int year, Stage stage) {
        Optional<StageSchedule> other = openStage(instansiCode, year).filter(s -> s.stage() != stage);
        if (other.isPresent()) {
            throw new UserMessageException(
                    "cycle.error.otherOpen", stageName(other.get().stage()), stageName(stage));
        }
        return setState(instansiCode, year, stage, StageSchedule.State.OPEN, AuditAction.STAGE_OPENED);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StageSchedule close(String instansiCode, int year, Stage stage) {
        if (stage(instansiCode, year, stage).state() != StageSchedule.State.CLOSED) {
            // a closed stage's values are the year's record: keep a copy of the state before it
            backup.ifAvailable(b -> b.before(SafetyBackup.Reason.STAGE_CLOSE));
        }
        return setState(instansiCode, year, stage, StageSchedule.State.CLOSED, AuditAction.STAGE_CLOSED);
    }

    private StageSchedule setState(
            String instansiCode, int year, Stage stage, StageSchedule.State state, AuditAction action) {
        StageSchedule before = stage(instansiCode, year, stage);
        if (before.state() == state) {
            return before;
        }
        save(before, before.opensOn(), before.closesOn(), state);
        audit.record(
                action,
                stage.name(),
                scope(instansiCode, year, stage),
                before.state().name(),
                state.name(),
                null);
        return stage(instansiCode, year, stage);
    }

    private void save(StageSchedule s, LocalDate opensOn, LocalDate closesOn, StageSchedule.State state) {
        repository.upsert(
                s.instansiCode(),
                s.year(),
                s.stage(),
                opensOn,
                closesOn,
                state,
                currentUser.username().orElse(AuditService.SYSTEM),
                OffsetDateTime.now(clock));
    }

    private static AuditService.Scope scope(String instansiCode, int year, Stage stage) {
        return new AuditService.Scope(instansiCode, year, stage.name());
    }

    private static String dates(LocalDate opensOn, LocalDate closesOn) {
        return (opensOn == null ? "?" : opensOn.toString()) + " – " + (closesOn == null ? "?" : closesOn.toString());
    }

    static String stageName(Stage stage) {
        return id.pantauspbe.base.Messages.indonesian("stage." + stage.name());
    }
}
