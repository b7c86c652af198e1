package id.pantauspbe.plan;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.Node;
import id.pantauspbe.framework.FrameworkService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The planner's per-indicator limits and efforts of a year ({@link PlanLimit}), which the plan is computed from. */
@Service
@Transactional(readOnly = true)
public class PlanLimitService {

    private final FrameworkService frameworks;
    private final PlanRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanLimitService(FrameworkService frameworks, PlanRepository repository, CurrentUser currentUser, Clock clock) {
        this.frameworks = frameworks;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The saved limits of a year (indicators on the defaults are absent). */
    public Map<String, PlanLimit> limits(String instansiCode, int year) {
        return repository.limits(instansiCode, year);
    }

    /** Sets an indicator's limit and effort for a year (back to the defaults removes it). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public void saveLimit(String instansiCode, int year, PlanLimit limit) {
        Framework framework = frameworks
                .forYear(year)
                .orElseThrow(() -> new UserMessageException("plan.error.noFramework", String.valueOf(year)));
        Node indicator = framework
                .indicator(limit.indicatorCode())
                .orElseThrow(() -> new UserMessageException("plan.error.indicator", limit.indicatorCode()));
        if (limit.maxLevel() != null && !indicator.scale().accepts(limit.maxLevel())) {
            throw new UserMessageException(
                    "plan.error.limit", limit.indicatorCode(), limit.maxLevel().toPlainString());
        }
        PlanLimit.checkEffort(limit.indicatorCode(), limit.effort());
        repository.saveLimit(instansiCode, year, limit, currentUser.username().orElse("?"), OffsetDateTime.now(clock));
    }
}
