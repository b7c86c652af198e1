package id.pantauspbe.analysis;

import id.pantauspbe.analysis.Analysis.PeerRow;
import id.pantauspbe.analysis.Analysis.PeerSeries;
import id.pantauspbe.analysis.Analysis.Peers;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pembanding: every instansi of a year ranked from the kept results, the spread of the ranked
 * figures with the home Pemda's place, and the lines of the home Pemda, its peers and the national
 * average.
 */
@Service
@Transactional(readOnly = true)
public class PeersService {

    private final EvaluationService evaluation;
    private final FrameworkService frameworks;

    PeersService(EvaluationService evaluation, FrameworkService frameworks) {
        this.evaluation = evaluation;
        this.frameworks = frameworks;
    }

    /** With at most this many other Pemda all of them are the default peers; with more, the home Pemda's neighbours. */
    static final int ALL_AS_PEERS = 8;

    /** The most peers drawn as lines beside the home Pemda. */
    static final int MAX_PEERS = 10;

    /** The ranking of {@code year} (or of the default year when it has no figures) with the default peers. */
    public Peers peers(int year) {
        return peers(year == 0 ? null : year, null);
    }

    /**
     * Every instansi held for a year, ranked by its index from the kept results (one query for the
     * year, one for the lines, one light one for the years), the distribution of the ranked figures
     * with the home Pemda's place, and the lines of the home Pemda, the chosen peers and the
     * national average.
     *
     * @param year null, or a year without figures: the latest year in which at least two Pemda are ranked
     * @param peerCodes the peers to draw; null: every other Pemda when there are few, else the home
     *     Pemda's neighbours in the ranking (two above, two below)
     */
    public Peers peers(Integer year, List<String> peerCodes) {
        List<Instansi> all = evaluation.instansi();
        Map<String, Instansi> byCode = new java.util.HashMap<>();
        all.forEach(i -> byCode.put(i.code(), i));
        Optional<Instansi> home = all.stream().filter(Instansi::home).findFirst();
        Map<Integer, Integer> rankable = evaluation.rankableCounts();
        List<Integer> years = List.copyOf(rankable.keySet());
        int chosen = year != null && rankable.containsKey(year) ? year : defaultYear(rankable, year);

        List<YearResult> shown = evaluation.yearFigures(chosen);
        Map<String, BigDecimal> averages = new java.util.HashMap<>();
        List<YearResult> held = new ArrayList<>();
        for (YearResult r : shown) {
            Instansi i = byCode.get(r.instansiCode());
            if (i == null) {
                continue;
            }
            if (i.kind() == Instansi.Kind.NASIONAL) {
                if (r.settled()) {
                    averages.put(i.code(), r.value());
                }
            } else {
                held.add(r);
            }
        }
        // the first national average in the registry's order (the national one before other averages)
        BigDecimal national = all.stream()
                .filter(i -> averages.containsKey(i.code()))
                .map(i -> averages.get(i.code()))
                .findFirst()
                .orElse(null);
        List<BigDecimal> descending = held.stream()
                .filter(YearResult::rankable)
                .map(YearResult::value)
                .sorted(Comparator.reverseOrder())
                .toList();
        // standard competition rank: 1 + how many are higher (ties share a rank)
        Map<BigDecimal, Integer> rankOf = new java.util.HashMap<>();
        for (int i = 0; i < descending.size(); i++) {
            rankOf.putIfAbsent(descending.get(i).stripTrailingZeros(), i + 1);
        }
        List<PeerRow> ranking = new ArrayList<>(held.size());
        for (YearResult r : held) {
            int rank = r.rankable() ? rankOf.get(r.value().stripTrailingZeros()) : 0;
            ranking.add(new PeerRow(
                    rank,
                    byCode.get(r.instansiCode()),
                    r.value(),
                    r.predikatShown() ? r.predikat() : Optional.empty(),
                    r.totalsOnly(),
                    r));
        }
        // ranked first by rank, then the unranked (provisional) figures by value; ties by name
        ranking.sort(Comparator.comparing((PeerRow p) -> !p.ranked())
                .thenComparing(PeerRow::value, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(p -> p.instansi().name()));
        int homeIndex = -1;
        for (int i = 0; i < ranking.size() && home.isPresent(); i++) {
            if (ranking.get(i).instansi().code().equals(home.get().code())) {
                homeIndex = i;
                break;
            }
        }
        Optional<PeerRow> homeRow = homeIndex < 0 ? Optional.empty() : Optional.of(ranking.get(homeIndex));

        List<String> peers = chosenPeers(peerCodes, all, home, ranking, homeIndex);
        List<String> drawn = new ArrayList<>();
        home.ifPresent(h -> drawn.add(h.code()));
        drawn.addAll(peers);
        all.stream().filter(i -> i.kind() == Instansi.Kind.NASIONAL).forEach(i -> drawn.add(i.code()));
        Map<String, List<YearResult>> histories = evaluation.histories(drawn);
        List<PeerSeries> series = new ArrayList<>();
        for (String code : drawn) {
            Map<Integer, BigDecimal> values = new TreeMap<>();
            Map<Integer, BigDecimal> provisional = new TreeMap<>();
            for (YearResult r : histories.getOrDefault(code, List.of())) {
                (r.settled() ? values : provisional).put(r.year(), r.value());
            }
            series.add(new PeerSeries(byCode.get(code), values, provisional));
        }
        List<FrameworkSpan> spans = years.isEmpty() ? List.of() : frameworks.spans(years.getFirst(), years.getLast());
        return new Peers(
                chosen,
                ranking,
                years,
                series,
                spans,
                peers,
                homeRow,
                homeIndex,
                distribution(descending, homeRow, national),
                latestRanked(rankable));
    }

    /** The latest year in which at least two Pemda are ranked; 0 when none. */
    private static int latestRanked(Map<Integer, Integer> rankable) {
        return rankable.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .mapToInt(Map.Entry::getKey)
                .max()
                .orElse(0);
    }

    /** The instansi that can be chosen as peers: every one but the home Pemda and the national averages. */
    public List<Instansi> peerCandidates() {
        return evaluation.instansi().stream()
                .filter(i -> i.kind() != Instansi.Kind.NASIONAL && !i.home())
                .toList();
    }

    /** The latest year in which at least two Pemda can be ranked; else the requested or last year. */
    private static int defaultYear(Map<Integer, Integer> rankable, Integer requested) {
        int ranked = latestRanked(rankable);
        if (ranked != 0) {
            return ranked;
        }
        return rankable.isEmpty()
                ? (requested == null ? 0 : requested)
                : rankable.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static List<String> chosenPeers(
            List<String> requested, List<Instansi> all, Optional<Instansi> home, List<PeerRow> ranking, int homeIndex) {
        List<Instansi> candidates = all.stream()
                .filter(i -> i.kind() != Instansi.Kind.NASIONAL && !i.home())
                .toList();
        if (requested != null) {
            Set<String> known = new java.util.HashSet<>();
            candidates.forEach(i -> known.add(i.code()));
            return requested.stream()
                    .filter(known::contains)
                    .distinct()
                    .limit(MAX_PEERS)
                    .toList();
        }
        if (candidates.size() <= ALL_AS_PEERS) {
            return candidates.stream().map(Instansi::code).toList();
        }
        List<String> neighbours = new ArrayList<>();
        if (homeIndex < 0) {
            ranking.stream().limit(4).forEach(r -> neighbours.add(r.instansi().code()));
            return neighbours;
        }
        for (int i = Math.max(0, homeIndex - 2); i <= Math.min(ranking.size() - 1, homeIndex + 2); i++) {
            if (i != homeIndex) {
                neighbours.add(ranking.get(i).instansi().code());
            }
        }
        return neighbours;
    }

    private static Analysis.Distribution distribution(
            List<BigDecimal> descending, Optional<PeerRow> home, BigDecimal national) {
        int bins = Analysis.Distribution.BIN_WIDTH.signum() == 0
                ? 1
                : BigDecimal.valueOf(5).divide(Analysis.Distribution.BIN_WIDTH).intValueExact();
        List<Integer> counts = new ArrayList<>(java.util.Collections.nCopies(bins, 0));
        for (BigDecimal v : descending) {
            int bin = bin(v, bins);
            counts.set(bin, counts.get(bin) + 1);
        }
        int n = descending.size();
        BigDecimal median = n == 0
                ? null
                : n % 2 == 1
                        ? descending.get(n / 2)
                        : descending.get(n / 2 - 1).add(descending.get(n / 2)).divide(BigDecimal.valueOf(2));
        Optional<PeerRow> ranked = home.filter(PeerRow::ranked);
        if (ranked.isEmpty()) {
            return new Analysis.Distribution(counts, n, null, -1, 0, -1, national, median);
        }
        BigDecimal value = ranked.get().value();
        long below = descending.stream().filter(v -> v.compareTo(value) < 0).count();
        return new Analysis.Distribution(
                counts, n, value, bin(value, bins), ranked.get().rank(), (int) (100 * below / n), national, median);
    }

    private static int bin(BigDecimal value, int bins) {
        int bin = value.divideToIntegralValue(Analysis.Distribution.BIN_WIDTH).intValue();
        return Math.max(0, Math.min(bins - 1, bin));
    }
}
