package id.pantauspbe.opd;

import id.pantauspbe.evaluation.IndicatorLeads;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The indicators an OPD leads in a year, from the ownership table. */
@Component
class OpdIndicatorLeads implements IndicatorLeads {

    private final OpdRepository repository;

    OpdIndicatorLeads(OpdRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> ledBy(String instansiCode, int year, long opdId) {
        return repository.owners(instansiCode, year).entrySet().stream()
                .filter(e -> OpdService.LEAD.equals(e.getValue().get(opdId)))
                .map(e -> e.getKey())
                .collect(Collectors.toSet());
    }
}
