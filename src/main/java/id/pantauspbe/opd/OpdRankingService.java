package id.pantauspbe.opd;

import id.pantauspbe.analysis.AnalysisService;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OPD ranking (list, OPD page, rakor) and an OPD's page. Read only. */
@Service
@Transactional(readOnly = true)
public class OpdRankingService {

    /** An OPD whose own index is below this counts as weak. */
    public static final BigDecimal LOW_INDEX = new BigDecimal("3.00");

    private final OpdService registry;
    private final OwnershipService ownerships;
    private final OpdScoringService scorings;
    private final FrameworkService frameworks;
    private final EvaluationService evaluation;
    private final AnalysisService analysis;
    private final EvidenceService evidence;

    OpdRankingService(
            OpdService registry,
            OwnershipService ownerships,
            OpdScoringService scorings,
            FrameworkService frameworks,
            EvaluationService evaluation,
            AnalysisService analysis,
            EvidenceService evidence) {
        this.registry = registry;
        this.ownerships = ownerships;
        this.scorings = scorings;
        this.frameworks = frameworks;
        this.evaluation = evaluation;
        this.analysis = analysis;
        this.evidence = evidence;
    }

    /**
     * The OPDs of a year ranked as {@link Ranking} says (by their own index when scored, else by
     * official index points held), with their share of the official index and the state of their
     * evidence. The one ranking of the list, the OPD page and the rakor.
     */
    public Ranking ranking(Instansi instansi, int year) {
        List<Opd> opds = registry.list(instansi.code());
        Optional<OpdScoring> scoring = scorings.scoring(instansi.code(), year);
        Optional<Framework> scoringFramework = scoring.flatMap(s -> frameworks.byCode(s.frameworkCode()));
        Map<Long, Map<String, BigDecimal>> scores = scorings.scores(instansi.code(), year);
        Map<Long, BigDecimal> previousIndex = scorings.ownIndices(instansi.code(), year - 1);
        List<BigDecimal> previousIndices = List.copyOf(previousIndex.values());
        Map<String, Ownership> owners = ownerships.ownership(instansi.code(), year);
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
            BigDecimal before = previousIndex.get(opd.id());
            Set<WeakOpdReason> reasons = OpdRules.reasons(index, LOW_INDEX, weakLed, own);
            if (OpdRules.persistentlyWeak(index, before, LOW_INDEX)) {
                reasons.add(WeakOpdReason.PERSISTENT);
            }
            rows.add(new Row(
                    0,
                    opd,
                    index,
                    index == null || before == null ? null : index.subtract(before),
                    before == null ? null : OpdRules.rank(before, previousIndices),
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
        List<OpdRules.Points> points =
                rows.stream().map(OpdRankingService::points).toList();
        List<Row> ranked = new ArrayList<>();
        for (Row r : rows) {
            ranked.add(
                    r.withRank(byIndex ? OpdRules.rank(r.index(), indices) : OpdRules.rankByPoints(points(r), points)));
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
        Map<String, Ownership> owners = ownerships.ownership(instansi.code(), year);
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
                    Long.valueOf(opdId).equals(o.leadOpdId()) ? OwnerRole.LEAD : OwnerRole.SUPPORT,
                    info.weight(),
                    now.value(),
                    values,
                    WeakRules.gainOfOneLevel(now, max, framework.totalWeight()),
                    weak.contains(info.code())));
        }
        indicators.sort(Comparator.comparing(OwnedIndicator::role)
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

    private Framework frameworkOf(int year) {
        return frameworks.forYear(year).orElseThrow(() -> new IllegalArgumentException("no framework for " + year));
    }
}
