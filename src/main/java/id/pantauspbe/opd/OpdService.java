package id.pantauspbe.opd;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OPD registry of an instansi. */
@Service
@Transactional(readOnly = true)
public class OpdService {

    private final OpdRepository repository;

    OpdService(OpdRepository repository) {
        this.repository = repository;
    }

    public List<Opd> list(String instansiCode) {
        return repository.findByInstansi(instansiCode);
    }

    public Optional<Opd> findByShortName(String instansiCode, String shortName) {
        return list(instansiCode).stream()
                .filter(o -> o.shortName().equals(shortName))
                .findFirst();
    }

    @Transactional
    public long create(String instansiCode, String name, String shortName, String group) {
        return repository.insert(instansiCode, name, shortName, group);
    }
}
