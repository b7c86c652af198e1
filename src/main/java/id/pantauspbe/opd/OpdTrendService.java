package id.pantauspbe.opd;

import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.opd.OpdReport.RankBasis;
import id.pantauspbe.opd.OpdReport.Ranking;
import id.pantauspbe.opd.OpdReport.Row;
import id.pantauspbe.opd.OpdTrend.Highlight;
import id.pantauspbe.opd.OpdTrend.Point;
import id.pantauspbe.opd.OpdTrend.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trends by OPD: every year's OPD ranking ({@link OpdRankingService}, the one rule) laid side by
 * side, with the OPDs weak for years running and the most improved picked out.
 */
@Service
@Transactional(readOnly = true)
public class OpdTrendService {

    /** How many of the most improved OPDs are highlighted. */
    static final int IMPROVED_SHOWN = 3;

    private final OpdRankingService rankings;
    private final EvaluationService evaluation;
    private final OwnershipService ownerships;
    private final OpdScoringService scorings;

    OpdTrendService(
            OpdRankingService rankings,
            EvaluationService evaluation,
            OwnershipService ownerships,
            OpdScoringService scorings) {
        this.rankings = rankings;
        this.evaluation = evaluation;
        this.ownerships = ownerships;
        this.scorings = scorings;
    }

    /** The years with OPD figures: an ownership or an OPD scoring, up to the last working year. */
    public List<Integer> years(Instansi instansi) {
        return evaluation.workingYears(instansi.code()).stream()
                .filter(y -> !ownerships.ownership(instansi.code(), y).isEmpty()
                        || scorings.scoring(instansi.code(), y).isPresent())
                .sorted()
                .toList();
    }

    /** The OPD trend of the years up to {@code lastYear} (all years when null). */
    public OpdTrend trend(Instansi instansi, Integer lastYear) {
        List<Integer> years = years(instansi).stream()
                .filter(y -> lastYear == null || y <= lastYear)
                .toList();
        Map<Integer, Ranking> byYear = new TreeMap<>();
        years.forEach(y -> byYear.put(y, rankings.ranking(instansi, y)));
        return assemble(instansi, byYear);
    }

    /** Builds the trend from the rankings of each year (ascending); plain logic, tested directly. */
    static OpdTrend assemble(Instansi instansi, Map<Integer, Ranking> byYear) {
        Map<Integer, RankBasis> bases = new LinkedHashMap<>();
        Map<Long, Opd> opds = new LinkedHashMap<>();
        Map<Long, Map<Integer, Point>> points = new LinkedHashMap<>();
        Ranking last = null;
        for (Ranking ranking : byYear.values()) {
            bases.put(ranking.year(), ranking.basis());
            for (Row row : ranking.rows()) {
                BigDecimal value = ranking.basis() == RankBasis.OWN_INDEX ? row.index() : pointsOrNull(row);
                if (value == null) {
                    continue;
                }
                opds.put(row.opd().id(), row.opd());
                points.computeIfAbsent(row.opd().id(), k -> new TreeMap<>())
                        .put(
                                ranking.year(),
                                new Point(
                                        ranking.year(),
                                        value,
                                        ranking.basis(),
                                        row.rank(),
                                        ranking.rankedCount(),
                                        row.pointsHeld(),
                                        ranking.basis() == RankBasis.OWN_INDEX
                                                && value.compareTo(OpdRankingService.LOW_INDEX) < 0));
            }
            last = ranking;
        }
        List<Series> series = new ArrayList<>();
        for (Map.Entry<Long, Map<Integer, Point>> e : points.entrySet()) {
            Map<Integer, Point> p = e.getValue();
            series.add(new Series(opds.get(e.getKey()), p, weakSince(p), improvement(p), Highlight.MUTED));
        }
        List<Series> improvedMost = series.stream()
                .filter(s -> s.improvement() != null
                        && s.improvement().signum() > 0
                        && s.weakSince().isEmpty())
                .filter(s -> !s.latest().map(Point::weak).orElse(false))
                .sorted(Comparator.comparing(Series::improvement).reversed())
                .limit(IMPROVED_SHOWN)
                .toList();
        List<Series> marked = new ArrayList<>();
        for (Series s : series) {
            boolean weakNow = s.latest().map(Point::weak).orElse(false);
            Highlight h = weakNow ? Highlight.WEAK : improvedMost.contains(s) ? Highlight.IMPROVED : Highlight.MUTED;
            marked.add(new Series(s.opd(), s.points(), s.weakSince(), s.improvement(), h));
        }
        // the order of the latest ranking: ranked first by rank, then the others by name
        Map<Long, Integer> order = new LinkedHashMap<>();
        if (last != null) {
            last.rows().forEach(r -> order.put(r.opd().id(), r.ranked() ? r.rank() : Integer.MAX_VALUE));
        }
        marked.sort(
                Comparator.comparing((Series s) -> order.getOrDefault(s.opd().id(), Integer.MAX_VALUE))
                        .thenComparing(s -> s.opd().name()));
        return new OpdTrend(instansi, List.copyOf(byYear.keySet()), bases, marked);
    }

    private static BigDecimal pointsOrNull(Row row) {
        return row.led() == 0 ? null : row.pointsHeld();
    }

    /**
     * The first year of the run of consecutive scored weak years that ends at the OPD's latest
     * scored year, when the run has at least two years.
     */
    static Optional<Integer> weakSince(Map<Integer, Point> points) {
        List<Point> scored = points.values().stream()
                .filter(p -> p.basis() == RankBasis.OWN_INDEX)
                .toList();
        int run = 0;
        Integer since = null;
        for (int i = scored.size() - 1; i >= 0; i--) {
            Point p = scored.get(i);
            boolean consecutive = i == scored.size() - 1 || scored.get(i + 1).year() == p.year() + 1;
            if (!p.weak() || !consecutive) {
                break;
            }
            run++;
            since = p.year();
        }
        return run >= 2 ? Optional.of(since) : Optional.empty();
    }

    /** Latest minus first own index over the scored years shown; null with fewer than two. */
    static BigDecimal improvement(Map<Integer, Point> points) {
        List<Point> scored = points.values().stream()
                .filter(p -> p.basis() == RankBasis.OWN_INDEX)
                .toList();
        if (scored.size() < 2) {
            return null;
        }
        return scored.getLast().value().subtract(scored.getFirst().value());
    }
}
