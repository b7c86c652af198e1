package id.pantauspbe.opd;

import id.pantauspbe.base.Csv;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.framework.FrameworkService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicator ownership per year: lead and supporting OPDs, copying a year, the typical owners. */
@Service
@Transactional(readOnly = true)
public class OwnershipService {

    private final OpdRepository repository;
    private final FrameworkService frameworks;
    private final OpdService registry;

    OwnershipService(OpdRepository repository, FrameworkService frameworks, OpdService registry) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.registry = registry;
    }

    /** indicator code → ownership, for the indicators of the year's framework that have owners. */
    public Map<String, Ownership> ownership(String instansiCode, int year) {
        Map<String, Ownership> result = new LinkedHashMap<>();
        repository
                .owners(instansiCode, year)
                .forEach((code, owners) -> result.put(
                        code,
                        new Ownership(
                                code,
                                owners.entrySet().stream()
                                        .filter(e -> e.getValue() == OwnerRole.LEAD)
                                        .map(Map.Entry::getKey)
                                        .findFirst()
                                        .orElse(null),
                                owners.entrySet().stream()
                                        .filter(e -> e.getValue() == OwnerRole.SUPPORT)
                                        .map(Map.Entry::getKey)
                                        .sorted()
                                        .toList())));
        return result;
    }

    /** Sets the lead and supporting OPDs of an indicator in a year; only an ADMIN may. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveOwnership(String instansiCode, int year, Ownership ownership) {
        Framework framework = frameworkOf(year);
        Long indicatorId = repository.indicatorIds(framework.code()).get(ownership.indicatorCode());
        if (indicatorId == null) {
            throw new IllegalArgumentException(ownership.indicatorCode() + " is not part of " + framework.code());
        }
        repository.deleteOwners(instansiCode, year, indicatorId);
        if (ownership.leadOpdId() != null) {
            repository.insertOwner(instansiCode, year, indicatorId, ownership.leadOpdId(), OwnerRole.LEAD);
        }
        ownership.supportOpdIds().stream()
                .filter(id -> !id.equals(ownership.leadOpdId()))
                .distinct()
                .forEach(id -> repository.insertOwner(instansiCode, year, indicatorId, id, OwnerRole.SUPPORT));
    }

    /**
     * Copies last year's assignment into a new year (same framework only; the new year's own
     * assignments are replaced). Only an ADMIN may.
     *
     * @return the number of indicators copied
     * @throws UserMessageException when the two years use different frameworks
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int copyOwnership(String instansiCode, int fromYear, int toYear) {
        if (!frameworkOf(fromYear).code().equals(frameworkOf(toYear).code())) {
            throw new UserMessageException("opd.ownership.copyImpossible", fromYear, toYear);
        }
        Map<String, Ownership> previous = ownership(instansiCode, fromYear);
        previous.values().forEach(o -> saveOwnership(instansiCode, toYear, o));
        return previous.size();
    }

    /**
     * Assigns the typical owners of the year's framework (reference/spbe/opd-default-owners-*.csv)
     * where an indicator has none yet; OPD names not in the registry are skipped. Only an ADMIN may.
     *
     * @return the number of indicators assigned
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int applyDefaultOwnership(String instansiCode, int year) {
        Framework framework = frameworkOf(year);
        String file = "reference/spbe/opd-default-owners-"
                + framework.code().replace("PERMENPANRB-", "").toLowerCase() + ".csv";
        Map<String, Ownership> existing = ownership(instansiCode, year);
        int assigned = 0;
        try (InputStream in = OwnershipService.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return 0;
            }
            for (Map<String, String> row : Csv.read(in)) {
                Long lead = registry.findByName(instansiCode, row.get("lead_opd"))
                        .map(Opd::id)
                        .orElse(null);
                List<Long> supports = new ArrayList<>();
                for (String s : row.get("supporting_opd").split(";")) {
                    if (!s.isBlank()) {
                        registry.findByName(instansiCode, s).ifPresent(o -> supports.add(o.id()));
                    }
                }
                for (String code : expand(row.get("indicator_codes"))) {
                    if (!existing.containsKey(code) && framework.indicator(code).isPresent()) {
                        saveOwnership(instansiCode, year, new Ownership(code, lead, supports));
                        assigned++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return assigned;
    }

    /** "I1-I12;I15" → I1 … I12, I15. */
    static List<String> expand(String codes) {
        List<String> result = new ArrayList<>();
        for (String part : codes.split(";")) {
            String p = part.strip();
            if (p.contains("-")) {
                String[] ends = p.split("-");
                int from = Integer.parseInt(ends[0].strip().substring(1));
                int to = Integer.parseInt(ends[1].strip().substring(1));
                for (int i = from; i <= to; i++) {
                    result.add("I" + i);
                }
            } else if (!p.isEmpty()) {
                result.add(p);
            }
        }
        return result;
    }

    private Framework frameworkOf(int year) {
        return frameworks.forYear(year).orElseThrow(() -> new IllegalArgumentException("no framework for " + year));
    }
}
