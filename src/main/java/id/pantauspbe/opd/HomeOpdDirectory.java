package id.pantauspbe.opd;

import id.pantauspbe.access.OpdDirectory;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The home Pemda's OPDs for account management. */
@Component
class HomeOpdDirectory implements OpdDirectory {

    private final OpdRepository repository;
    private final EvaluationService evaluation;

    HomeOpdDirectory(OpdRepository repository, EvaluationService evaluation) {
        this.repository = repository;
        this.evaluation = evaluation;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> homeOpds() {
        return evaluation
                .home()
                .map(Instansi::code)
                .map(code -> repository.findByInstansi(code).stream()
                        .map(o -> new Entry(o.id(), o.name()))
                        .toList())
                .orElse(List.of());
    }
}
