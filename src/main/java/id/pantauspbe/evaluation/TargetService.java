package id.pantauspbe.evaluation;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The targets of an instansi (index, domain, aspect) and their audit trail. */
@Service
@Transactional(readOnly = true)
public class TargetService {

    private final EvaluationRepository repository;
    private final AuditService audit;

    TargetService(EvaluationRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Target> targets(String instansiCode) {
        return repository.targets(instansiCode);
    }

    public Optional<Target> indexTarget(String instansiCode, int year) {
        return targets(instansiCode).stream()
                .filter(t -> t.year() == year && t.scope() == Target.Scope.INDEX)
                .findFirst();
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
    public EvaluationService.SaveCount saveTarget(String instansiCode, Target target) {
        Optional<Target> before = repository.targets(instansiCode).stream()
                .filter(t -> t.year() == target.year()
                        && t.scope() == target.scope()
                        && t.nodeCode().equals(target.nodeCode()))
                .findFirst();
        if (before.isEmpty()) {
            repository.insertTarget(instansiCode, target);
            auditTarget(instansiCode, target, null);
            return new EvaluationService.SaveCount(1, 0, 0);
        }
        Target t = before.get();
        boolean same = t.value().compareTo(target.value()) == 0
                && t.source() == target.source()
                && Objects.equals(t.note(), target.note());
        if (same) {
            return new EvaluationService.SaveCount(0, 0, 1);
        }
        repository.updateTarget(instansiCode, target);
        auditTarget(instansiCode, target, t);
        return new EvaluationService.SaveCount(0, 1, 0);
    }

    private void auditTarget(String instansiCode, Target target, Target before) {
        audit.record(
                AuditAction.TARGET_SET,
                target.scope() == Target.Scope.INDEX ? target.scope().name() : target.nodeCode(),
                new AuditService.Scope(instansiCode, target.year(), null),
                before == null ? null : YearResults.plain(before.value()) + " (" + before.source() + ")",
                YearResults.plain(target.value()) + " (" + target.source() + ")",
                target.note());
    }
}
