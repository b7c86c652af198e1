package id.pantauspbe.opd;

import id.pantauspbe.base.UserMessageException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPD registry. Ownership is in {@link OwnershipService}, scoring in {@link OpdScoringService},
 * the ranking and OPD pages in {@link OpdRankingService}.
 */
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

    public Optional<Opd> find(String instansiCode, long id) {
        return list(instansiCode).stream().filter(o -> o.id() == id).findFirst();
    }

    public Optional<Opd> findByShortName(String instansiCode, String shortName) {
        return list(instansiCode).stream()
                .filter(o -> o.shortName().equals(shortName))
                .findFirst();
    }

    /**
     * Finds an OPD by its full or short name, ignoring case and the two ways of naming a Setda
     * section ("Bagian Hukum Setda" and "Sekretariat Daerah - Bagian Hukum").
     */
    public Optional<Opd> findByName(String instansiCode, String name) {
        String n = normalized(name);
        return list(instansiCode).stream()
                .filter(o -> normalized(o.name()).equals(n)
                        || normalized(o.shortName()).equals(n))
                .findFirst();
    }

    private static String normalized(String name) {
        return name.strip()
                .toLowerCase()
                .replace("sekretariat daerah - ", "")
                .replaceAll(" setda$", "")
                .strip();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long create(String instansiCode, String name, String shortName, String group) {
        return repository.insert(instansiCode, name, shortName, group);
    }

    /** Adds or renames an OPD of the registry; only an ADMIN may. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Opd save(String instansiCode, Long id, String name, String shortName, String group) {
        if (name == null || name.isBlank() || shortName == null || shortName.isBlank()) {
            throw new UserMessageException("opd.registry.error.required");
        }
        boolean clash = list(instansiCode).stream()
                .anyMatch(o -> (id == null || o.id() != id) && o.name().equalsIgnoreCase(name.strip()));
        if (clash) {
            throw new UserMessageException("opd.registry.error.duplicate", name.strip());
        }
        String g = group == null ? "" : group.strip();
        long saved = id == null
                ? repository.insert(instansiCode, name.strip(), shortName.strip(), g)
                : updateAndReturn(id, name.strip(), shortName.strip(), g);
        return find(instansiCode, saved).orElseThrow();
    }

    private long updateAndReturn(long id, String name, String shortName, String group) {
        repository.update(id, name, shortName, group);
        return id;
    }
}
