package id.pantauspbe.framework;

import id.pantauspbe.engine.Framework;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frameworks and which year uses which. Frameworks change rarely, so they are read once and kept
 * until {@link #reload()}.
 */
@Service
public class FrameworkService {

    private final FrameworkRepository repository;
    private final ReferenceDataImporter importer;
    private volatile Catalog catalog;

    FrameworkService(FrameworkRepository repository, ReferenceDataImporter importer) {
        this.repository = repository;
        this.importer = importer;
    }

    /** Loads the shipped official frameworks that the database does not hold yet. */
    @Transactional
    public void importReferenceData() {
        importer.importMissing();
        reload();
    }

    /**
     * Adds a framework defined by the Pemda (for example an internal OPD questionnaire) from rows in
     * the format of the framework files. Its code must be new; only an ADMIN may.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Framework addInternal(String code, String name, List<Map<String, String>> rows) {
        List<FrameworkProblem> problems = checkInternal(code, name, rows);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid framework file: " + problems);
        }
        List<Map<String, String>> normalized = rows.stream()
                .map(r -> {
                    Map<String, String> copy = new java.util.LinkedHashMap<>(r);
                    for (String w : List.of("domain_weight", "aspect_weight", "indicator_weight")) {
                        copy.computeIfPresent(w, (k, v) -> v.replace(',', '.'));
                    }
                    return copy;
                })
                .toList();
        Framework framework = FrameworkFiles.framework(
                code.strip(), name.strip(), normalized, List.of(), FrameworkFiles.levelScales());
        importer.store(name.strip(), "Internal", framework);
        reload();
        return framework;
    }

    /** Everything wrong with an internal framework before it is added; empty when it can be. */
    public List<FrameworkProblem> checkInternal(String code, String name, List<Map<String, String>> rows) {
        List<FrameworkProblem> problems = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9-]{3,40}")) {
            problems.add(FrameworkProblem.of(null, null, "framework.file.badCode"));
        } else if (repository.frameworkExists(code.strip())) {
            problems.add(FrameworkProblem.of(null, null, "framework.file.codeExists", code.strip()));
        }
        if (name == null || name.isBlank()) {
            problems.add(FrameworkProblem.of(null, null, "framework.file.noName"));
        }
        problems.addAll(FrameworkFiles.validate(rows, FrameworkFiles.levelScales()));
        return problems;
    }

    public void reload() {
        catalog = null;
    }

    public Optional<Framework> forYear(int year) {
        return Optional.ofNullable(catalog().years.get(year)).map(catalog().frameworks::get);
    }

    public Optional<Framework> byCode(String code) {
        return Optional.ofNullable(catalog().frameworks.get(code));
    }

    public List<Framework> all() {
        return List.copyOf(catalog().frameworks.values());
    }

    /** The regulation of a framework, for labels ("PermenPANRB 59/2020"). */
    public String regulationOf(String frameworkCode) {
        return catalog().regulations.getOrDefault(frameworkCode, frameworkCode);
    }

    /** The frameworks of the years {@code first..last}, as consecutive spans. */
    public List<FrameworkSpan> spans(int first, int last) {
        List<FrameworkSpan> spans = new ArrayList<>();
        Map<Integer, String> byYear = catalog().years;
        String code = null;
        int start = first;
        for (int y = first; y <= last + 1; y++) {
            String c = y <= last ? byYear.get(y) : null;
            if (!Objects.equals(c, code)) {
                if (code != null) {
                    Framework framework = catalog().frameworks.get(code);
                    spans.add(new FrameworkSpan(
                            code,
                            regulationOf(code),
                            start,
                            y - 1,
                            framework.indicators().size(),
                            framework.hasDomains(),
                            framework.bands()));
                }
                code = c;
                start = y;
            }
        }
        return spans;
    }

    /** Year → framework code, ascending. */
    public NavigableMap<Integer, String> frameworkYears() {
        return new TreeMap<>(catalog().years);
    }

    private Catalog catalog() {
        Catalog current = catalog;
        if (current == null) {
            current = new Catalog(
                    repository.loadAll().stream().collect(Collectors.toMap(Framework::code, Function.identity())),
                    repository.frameworkYears(),
                    repository.regulations());
            catalog = current;
        }
        return current;
    }

    private record Catalog(
            Map<String, Framework> frameworks, Map<Integer, String> years, Map<String, String> regulations) {}
}
