package id.pantauspbe.opd;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.base.UserMessageException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-.]{4,38}");

    private final OpdRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditService audit;

    OpdService(OpdRepository repository, CurrentUser currentUser, Clock clock, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The contacts of the OPDs of an instansi by OPD id; an OPD without one gets an empty contact. */
    public Map<Long, OpdContact> contacts(String instansiCode) {
        Map<Long, OpdContact> stored = repository.contacts(instansiCode);
        Map<Long, OpdContact> result = new LinkedHashMap<>();
        for (Opd opd : list(instansiCode)) {
            result.put(opd.id(), stored.getOrDefault(opd.id(), OpdContact.empty(opd.id())));
        }
        return result;
    }

    /**
     * Saves the head and contact person of an OPD (ADMIN). Empty fields are kept empty; an e-mail
     * or phone number that is not one is refused with the field named.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OpdContact saveContact(String instansiCode, OpdContact contact) {
        Opd opd = find(instansiCode, contact.opdId())
                .orElseThrow(() -> new UserMessageException("opd.contact.error.unknown"));
        String email = clean(contact.email(), 254, opd);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new UserMessageException("opd.contact.error.email", email, opd.shortName());
        }
        String phone = clean(contact.phone(), 40, opd);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new UserMessageException("opd.contact.error.phone", phone, opd.shortName());
        }
        OpdContact clean = new OpdContact(
                opd.id(), clean(contact.headName(), 200, opd), clean(contact.contactName(), 200, opd), email, phone);
        OpdContact before = contacts(instansiCode).get(opd.id());
        repository.saveContact(clean, currentUser.username().orElse("?"), OffsetDateTime.now(clock));
        audit.record(
                AuditAction.OPD_CONTACT,
                opd.shortName(),
                new AuditService.Scope(instansiCode, null, null),
                describe(before),
                describe(clean),
                opd.name());
        return clean;
    }

    private static String describe(OpdContact c) {
        if (c == null) {
            return null;
        }
        return java.util.stream.Stream.of(c.headName(), c.contactName(), c.email(), c.phone())
                .map(v -> v == null ? "–" : v)
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private static String clean(String text, int max, Opd opd) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > max) {
            throw new UserMessageException("opd.contact.error.tooLong", opd.shortName(), String.valueOf(max));
        }
        return s;
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
