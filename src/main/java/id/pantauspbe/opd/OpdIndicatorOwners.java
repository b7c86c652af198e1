package id.pantauspbe.opd;

import id.pantauspbe.evaluation.IndicatorOwner;
import id.pantauspbe.evaluation.IndicatorOwner.OpdRef;
import id.pantauspbe.evaluation.IndicatorOwners;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Indicator owners by name, from the ownership table and the OPD registry. */
@Component
class OpdIndicatorOwners implements IndicatorOwners {

    private final OpdRepository repository;

    OpdIndicatorOwners(OpdRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> ledBy(String instansiCode, int year, long opdId) {
        return repository.owners(instansiCode, year).entrySet().stream()
                .filter(e -> e.getValue().get(opdId) == OwnerRole.LEAD)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, IndicatorOwner> owners(String instansiCode, int year) {
        Map<Long, Opd> opds = repository.findByInstansi(instansiCode).stream()
                .collect(Collectors.toMap(Opd::id, Function.identity()));
        Map<String, IndicatorOwner> result = new LinkedHashMap<>();
        repository.owners(instansiCode, year).forEach((code, roles) -> {
            Opd lead = roles.entrySet().stream()
                    .filter(e -> e.getValue() == OwnerRole.LEAD)
                    .map(e -> opds.get(e.getKey()))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            List<OpdRef> supports = roles.entrySet().stream()
                    .filter(e -> e.getValue() == OwnerRole.SUPPORT)
                    .map(e -> opds.get(e.getKey()))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing(Opd::id))
                    .map(OpdIndicatorOwners::ref)
                    .toList();
            result.put(code, new IndicatorOwner(code, lead == null ? null : ref(lead), supports));
        });
        return result;
    }

    private static OpdRef ref(Opd opd) {
        return new OpdRef(opd.id(), opd.name(), opd.shortName());
    }
}
