package id.pantauspbe.opd;

import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.base.Csv;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.OpdReport.OwnedIndicator;
import id.pantauspbe.opd.OpdReport.Page;
import id.pantauspbe.opd.OpdReport.Ranking;
import id.pantauspbe.opd.OpdReport.Row;
import id.pantauspbe.opd.OpdReport.WeakOpdReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OPD registry, indicator ownership per year, OPD scoring, the OPD ranking and OPD pages. */
@Service
@Transactional(readOnly = true)
public class OpdService {

    /** An OPD whose own index is below this counts as weak. */
    public static final BigDecimal LOW_INDEX = new BigDecimal("3.00");

    static final String LEAD = "LEAD";
    static final String SUPPORT = "SUPPORT";

    private final OpdRepository repository;
    private final FrameworkService frameworks;
    private final EvaluationService evaluation;
    private final AnalysisService analysis;
    private final EvidenceService evidence;

    OpdService(
            OpdRepository repository,
            FrameworkService frameworks,
            EvaluationService evaluation,
            AnalysisService analysis,
            EvidenceService evidence) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.evaluation = evaluation;
        this.analysis = analysis;
        this.evidence = evidence;
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
            throw new IllegalArgumentException("an OPD needs a name and a short name");
        }
        boolean clash = list(instansiCode).stream()
                .anyMatch(o -> (id == null || o.id() != id) && o.name().equalsIgnoreCase(name.strip()));
        if (clash) {
            throw new IllegalArgumentException("another OPD is called " + name);
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
                                        .filter(e -> e.getValue().equals(LEAD))
                                        .map(Map.Entry::getKey)
                                        .findFirst()
                                        .orElse(null),
                                owners.entrySet().stream()
                                        .filter(e -> e.getValue().equals(SUPPORT))
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
            repository.insertOwner(instansiCode, year, indicatorId, ownership.leadOpdId(), LEAD);
        }
        ownership.supportOpdIds().stream()
                .filter(id -> !id.equals(ownership.leadOpdId()))
                .distinct()
                .forEach(id -> repository.insertOwner(instansiCode, year, indicatorId, id, SUPPORT));
    }

    /**
     * Copies last year's assignment into a new year (same framework only; the new year's own
     * assignments are replaced). Only an ADMIN may.
     *
     * @return the number of indicators copied
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int copyOwnership(String instansiCode, int fromYear, int toYear) {
        if (!frameworkOf(fromYear).code().equals(frameworkOf(toYear).code())) {
            throw new IllegalArgumentException("the two years use different frameworks");
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
        try (InputStream in = OpdService.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return 0;
            }
            for (Map<String, String> row : Csv.read(in)) {
                Long lead = findByName(instansiCode, row.get("lead_opd"))
                        .map(Opd::id)
                        .orElse(null);
                List<Long> supports = new ArrayList<>();
                for (String s : row.get("supporting_opd").split(";")) {
                    if (!s.isBlank()) {
                        findByName(instansiCode, s).ifPresent(o -> supports.add(o.id()));
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

    /** The frameworks that can score OPDs: every framework held (official and internal). */
    public List<Framework> scoringFrameworks() {
        return frameworks.all().stream()
                .sorted(Comparator.comparing(Framework::code))
                .toList();
    }

    /** The scores of every OPD in a year: opd id → indicator code → score. */
    public Map<Long, Map<String, BigDecimal>> scores(String instansiCode, int year) {
        return repository.scores(instansiCode, year);
    }

    public Optional<OpdScoring> scoring(String instansiCode, int year) {
        return repository.scoring(instansiCode, year);
    }

    /** Chooses the framework that scores the OPDs in a year and the aggregation; only an ADMIN may. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveScoring(String instansiCode, int year, OpdScoring scoring) {
        frameworks
                .byCode(scoring.frameworkCode())
                .orElseThrow(() -> new IllegalArgumentException("unknown framework " + scoring.frameworkCode()));
        repository.saveScoring(instansiCode, year, scoring);
    }

    /** Stores an OPD's scores (indicator code → value) on the year's scoring framework; ADMIN or ASESOR. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public void saveScores(String instansiCode, int year, long opdId, Map<String, BigDecimal> scores) {
        OpdScoring scoring = scoring(instansiCode, year)
                .orElseThrow(() -> new IllegalArgumentException("no OPD scoring set for " + year));
        Framework framework = frameworks.byCode(scoring.frameworkCode()).orElseThrow();
        IndexEngine.compute(framework, scores);
        Map<String, Long> ids = repository.indicatorIds(framework.code());
        scores.forEach((code, value) -> repository.upsertScore(instansiCode, year, opdId, ids.get(code), value));
    }

    /**
     * The OPDs of a year ranked as {@link Ranking} says (by their own index when scored, else by
     * official index points held), with their share of the official index and the state of their
     * evidence. The one ranking of the list, the OPD page and the rakor.
     */
    public Ranking ranking(Instansi instansi, int year) {
        List<Opd> opds = list(instansi.code());
        Optional<OpdScoring> scoring = scoring(instansi.code(), year);
        Optional<Framework> scoringFramework = scoring.flatMap(s -> frameworks.byCode(s.frameworkCode()));
        Map<Long, Map<String, BigDecimal>> scores = repository.scores(instansi.code(), year);
        Map<Long, BigDecimal> previousIndex = ownIndices(instansi.code(), year - 1);
        Map<String, Ownership> owners = ownership(instansi.code(), year);
        Optional<YearResult> result = evaluation.result(instansi.code(), year);
        Optional<IndexResult> official = result.flatMap(YearResult::detail);
        Set<String> weakCodes = analysis.weak(instansi, year).codes();
        Map<Long, EvidenceSummary> evidenceByOpd = evidence.summaryByOpd(instansi.code(), year);
        Map<String, IndicatorResult> officialByCode = new HashMap<>();
        official.ifPresent(r -> r.indicators().forEach(i -> officialByCode.put(i.code(), i)));

        List<Row> rows = new ArrayList<>();
        for (Opd opd : opds) {
            BigDecimal index = scoringFramework
                    .filter(f -> scores.containsKey(opd.id()))
                    .map(f -> IndexEngine.compute(f, scores.get(opd.id())).published())
                    .orElse(null);
            List<String> led = owners.values().stream()
                    .filter(o -> Long.valueOf(opd.id()).equals(o.leadOpdId()))
                    .map(Ownership::indicatorCode)
                    .toList();
            BigDecimal held = BigDecimal.ZERO;
            BigDecimal possible = BigDecimal.ZERO;
            for (String code : led) {
                IndicatorResult i = officialByCode.get(code);
                if (i != null && i.hasValue()) {
                    held = held.add(i.points());
                    possible = possible.add(i.pointsLost());
                }
            }
            int weakLed = (int) led.stream().filter(weakCodes::contains).count();
            EvidenceSummary own = evidenceByOpd.get(opd.id());
            Set<WeakOpdReason> reasons = OpdRules.reasons(index, LOW_INDEX, weakLed, own);
            BigDecimal before = previousIndex.get(opd.id());
            rows.add(new Row(
                    0,
                    opd,
                    index,
                    index == null || before == null ? null : index.subtract(before),
                    led.size(),
                    weakLed,
                    held,
                    possible,
                    scores.getOrDefault(opd.id(), Map.of()),
                    reasons,
                    own));
        }
        boolean byIndex = rows.stream().anyMatch(r -> r.index() != null);
        List<BigDecimal> indices = rows.stream().map(Row::index).toList();
        List<OpdRules.Points> points = rows.stream().map(OpdService::points).toList();
        List<Row> ranked = new ArrayList<>();
        for (Row r : rows) {
            ranked.add(new Row(
                    byIndex ? OpdRules.rank(r.index(), indices) : OpdRules.rankByPoints(points(r), points),
                    r.opd(),
                    r.index(),
                    r.change(),
                    r.led(),
                    r.weakLed(),
                    r.pointsHeld(),
                    r.pointsPossible(),
                    r.scores(),
                    r.reasons(),
                    r.evidence()));
        }
        ranked.sort(Comparator.comparing((Row r) -> !r.ranked())
                .thenComparingInt(Row::rank)
                .thenComparing(r -> r.opd().name()));
        Map<String, String> indicators = new LinkedHashMap<>();
        scoringFramework.ifPresent(f -> f.indicators().forEach(i -> indicators.put(i.code(), i.name())));
        return new Ranking(
                instansi,
                year,
                scoring,
                estimate(scoring, ranked, owners, officialByCode),
                indicators,
                ranked,
                byIndex ? OpdReport.RankBasis.OWN_INDEX : OpdReport.RankBasis.POINTS_HELD,
                (int) ranked.stream().filter(Row::ranked).count(),
                result);
    }

    /** An OPD's points for the ranking without internal scores; null when it leads no valued indicator. */
    private static OpdRules.Points points(Row r) {
        return r.pointsHeld().signum() == 0 && r.pointsPossible().signum() == 0
                ? null
                : new OpdRules.Points(r.pointsHeld(), r.pointsPossible());
    }

    /**
     * The Pemda estimate from the OPD indices: their mean, or (WEIGHTED) their mean weighted by the
     * official index weight of the indicators each OPD leads; OPDs without an index are left out.
     */
    private Optional<BigDecimal> estimate(
            Optional<OpdScoring> scoring,
            List<Row> rows,
            Map<String, Ownership> owners,
            Map<String, IndicatorResult> official) {
        if (scoring.isEmpty()) {
            return Optional.empty();
        }
        List<OpdRules.Weighted> weighted = rows.stream()
                .map(r -> new OpdRules.Weighted(
                        r.index(),
                        owners.values().stream()
                                .filter(o -> Long.valueOf(r.opd().id()).equals(o.leadOpdId()))
                                .map(o -> official.get(o.indicatorCode()))
                                .filter(i -> i != null)
                                .map(IndicatorResult::weight)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        return OpdRules.estimate(scoring.get().aggregation(), weighted);
    }

    /** An OPD's page: its ranking row and the official indicators it leads or supports. */
    public Optional<Page> page(Instansi instansi, long opdId, int year) {
        Ranking ranking = ranking(instansi, year);
        Optional<Row> row =
                ranking.rows().stream().filter(r -> r.opd().id() == opdId).findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Framework framework = frameworkOf(year);
        Map<String, Ownership> owners = ownership(instansi.code(), year);
        Map<Integer, IndexResult> sameFramework = new TreeMap<>();
        evaluation.history(instansi.code()).stream()
                .filter(r ->
                        framework.code().equals(r.frameworkCode()) && r.detail().isPresent())
                .forEach(r -> sameFramework.put(r.year(), r.detail().get()));
        Set<String> weak = analysis.weak(instansi, year).codes();
        IndexResult empty = IndexEngine.compute(framework, Map.of());
        List<OwnedIndicator> indicators = new ArrayList<>();
        for (IndicatorResult info : empty.indicators()) {
            Ownership o = owners.get(info.code());
            if (o == null
                    || (!Long.valueOf(opdId).equals(o.leadOpdId())
                            && !o.supportOpdIds().contains(opdId))) {
                continue;
            }
            Map<Integer, BigDecimal> values = new TreeMap<>();
            sameFramework.forEach((y, r) -> r.indicators().stream()
                    .filter(i -> i.code().equals(info.code()) && i.hasValue())
                    .findFirst()
                    .ifPresent(i -> values.put(y, i.value())));
            IndicatorResult now = Optional.ofNullable(sameFramework.get(year))
                    .flatMap(r -> r.indicators().stream()
                            .filter(i -> i.code().equals(info.code()))
                            .findFirst())
                    .orElse(info);
            BigDecimal max =
                    framework.indicator(info.code()).orElseThrow().scale().max();
            indicators.add(new OwnedIndicator(
                    info.code(),
                    info.name(),
                    info.domainName() != null ? info.domainName() : info.aspectName(),
                    Long.valueOf(opdId).equals(o.leadOpdId()),
                    info.weight(),
                    now.value(),
                    values,
                    WeakRules.gainOfOneLevel(now, max, framework.totalWeight()),
                    weak.contains(info.code())));
        }
        indicators.sort(Comparator.comparing(OwnedIndicator::lead)
                .reversed()
                .thenComparing(Comparator.comparing(OwnedIndicator::gain).reversed()));
        return Optional.of(new Page(
                instansi,
                year,
                row.get(),
                indicators,
                ranking.scoringIndicators(),
                ranking.basis(),
                ranking.rankedCount()));
    }

    private Map<Long, BigDecimal> ownIndices(String instansiCode, int year) {
        Map<Long, BigDecimal> result = new HashMap<>();
        scoring(instansiCode, year)
                .flatMap(s -> frameworks.byCode(s.frameworkCode()))
                .ifPresent(f -> repository
                        .scores(instansiCode, year)
                        .forEach((opd, values) ->
                                result.put(opd, IndexEngine.compute(f, values).published())));
        return result;
    }

    private Framework frameworkOf(int year) {
        return frameworks.forYear(year).orElseThrow(() -> new IllegalArgumentException("no framework for " + year));
    }
}
