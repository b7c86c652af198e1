package id.pantauspbe.reminder;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's evidence deadlines (the bell in the header). */
@Service
@Transactional(readOnly = true)
public class DueItemService {

    private final ReminderPlanner planner;
    private final ReminderSettingsService settings;
    private final EvidenceService evidence;
    private final EvaluationService evaluation;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    DueItemService(
            ReminderPlanner planner,
            ReminderSettingsService settings,
            EvidenceService evidence,
            EvaluationService evaluation,
            CurrentUser currentUser,
            UserService users,
            Clock clock) {
        this.planner = planner;
        this.settings = settings;
        this.evidence = evidence;
        this.evaluation = evaluation;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** Whether the signed-in user has evidence deadlines at all: a leader only reads. */
    public boolean hasDeadlines() {
        return currentUser.username().isPresent() && !currentUser.hasRole(Role.PIMPINAN);
    }

    /**
     * The signed-in user's due items of the home Pemda's working year: an OPD operator's own OPD's,
     * everyone else's for ADMIN and ASESOR, none for PIMPINAN.
     */
    public List<DueItem> myDueItems() {
        Optional<String> username = currentUser.username();
        Optional<Instansi> home = evaluation.home();
        if (username.isEmpty() || home.isEmpty() || currentUser.hasRole(Role.PIMPINAN)) {
            return List.of();
        }
        Optional<Integer> year = planner.workingYear(home.get().code());
        if (year.isEmpty()) {
            return List.of();
        }
        List<EvidenceItem> items = evidence.items(home.get().code(), year.get());
        if (currentUser.hasRole(Role.OPERATOR_OPD)) {
            Long opd = users.find(username.get()).map(u -> u.opdId()).orElse(null);
            items = items.stream()
                    .filter(i -> opd != null && opd.equals(i.opdId()))
                    .toList();
        } else if (!currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.ASESOR)) {
            return List.of();
        }
        return ReminderRules.dueItems(
                items, LocalDate.now(clock), settings.of(home.get().code()).horizon());
    }
}
