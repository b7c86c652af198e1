package id.pantauspbe.analysis;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.analysis.Analysis.Change;
import id.pantauspbe.analysis.Analysis.HeatRow;
import id.pantauspbe.analysis.Analysis.Heatmap;
import id.pantauspbe.analysis.Analysis.HistoryRow;
import id.pantauspbe.analysis.Analysis.IndicatorDetail;
import id.pantauspbe.analysis.Analysis.Trend;
import id.pantauspbe.analysis.Analysis.WeakList;
import id.pantauspbe.analysis.Analysis.YearRow;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.IndicatorOwner;
import id.pantauspbe.evaluation.IndicatorOwners;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.NoteService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.TimelineNote;
import id.pantauspbe.evaluation.YearChange;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.framework.FrameworkSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trends, heatmap, indicator details, weak indicators and change explanations ({@link PeersService}: Pembanding). */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

    static final String LOW_VALUE = "weak.lowValue";
    static final String LARGE_LOSS = "weak.largeLoss";
    static final String SELF_GAP = "weak.selfGap";

    private final EvaluationService evaluation;
    private final NoteService noteService;
    private final FrameworkService frameworks;
    private final AnalysisRepository repository;
    private final CurrentUser currentUser;
    private final IndicatorOwners owners;

    AnalysisService(
            EvaluationService evaluation,
            NoteService noteService,
            FrameworkService frameworks,
            AnalysisRepository repository,
            CurrentUser currentUser,
            IndicatorOwners owners) {
        this.owners = owners;
        this.evaluation = evaluation;
        this.noteService = noteService;
        this.frameworks = frameworks;
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** Indicator code → its lead and supporting OPDs in a year. */
    public Map<String, IndicatorOwner> owners(String instansiCode, int year) {
        return owners.owners(instansiCode, year);
    }

    public Trend trend(Instansi instansi) {
        List<YearResult> history = evaluation.history(instansi.code());
        Map<Integer, YearResult> mandiri = evaluation.results(instansi.code(), Stage.MANDIRI);
        Set<String> domainNames = new LinkedHashSet<>();
        Set<String> aspectNames = new LinkedHashSet<>();
        List<YearRow> rows = new ArrayList<>();
        for (YearResult shown : history) {
            Map<String, BigDecimal> domains = byName(shown.domains());
            Map<String, BigDecimal> aspects = byName(shown.aspects());
            domainNames.addAll(domains.keySet());
            aspectNames.addAll(aspects.keySet());
            rows.add(new YearRow(
                    shown.year(),
                    shown.frameworkCode(),
                    Optional.of(shown),
                    Optional.ofNullable(mandiri.get(shown.year())),
                    domains,
                    aspects));
        }
        List<FrameworkSpan> spans = history.isEmpty()
                ? List.of()
                : frameworks.spans(history.getFirst().year(), history.getLast().year());
        return new Trend(
                instansi,
                rows,
                List.copyOf(domainNames),
                List.copyOf(aspectNames),
                spans,
                noteService.notes(instansi.code()));
    }

    /**
     * The indicators × years heatmap of the framework that {@code year} uses, with the shown value
     * (final, else the most advanced stage) of every year under that framework.
     */
    public Optional<Heatmap> heatmap(Instansi instansi, int year) {
        Optional<Framework> framework = frameworks.forYear(year);
        if (framework.isEmpty()) {
            return Optional.empty();
        }
        String code = framework.get().code();
        List<YearResult> history = evaluation.history(instansi.code()).stream()
                .filter(r -> code.equals(r.frameworkCode()) && r.detail().isPresent())
                .toList();
        Set<String> weak = new java.util.HashSet<>();
        weak(instansi, year).indicators().forEach(w -> weak.add(w.indicator().code()));
        List<Integer> years = history.stream().map(YearResult::year).toList();
        List<HeatRow> rows = new ArrayList<>();
        IndexResult empty = id.pantauspbe.engine.IndexEngine.compute(framework.get(), Map.of());
        for (IndicatorResult indicator : empty.indicators()) {
            Map<Integer, BigDecimal> values = new TreeMap<>();
            for (YearResult r : history) {
                r.detail().get().indicators().stream()
                        .filter(i -> i.code().equals(indicator.code()) && i.hasValue())
                        .findFirst()
                        .ifPresent(i -> values.put(r.year(), i.value()));
            }
            rows.add(new HeatRow(IndicatorInfo.of(indicator), values, weak.contains(indicator.code())));
        }
        return Optional.of(new Heatmap(instansi, year, code, frameworks.regulationOf(code), years, rows));
    }

    public Optional<IndicatorDetail> indicator(Instansi instansi, String frameworkCode, String indicatorCode) {
        Optional<Framework> framework = frameworks.byCode(frameworkCode);
        if (framework.isEmpty() || framework.get().indicator(indicatorCode).isEmpty()) {
            return Optional.empty();
        }
        Framework f = framework.get();
        IndicatorResult info = id.pantauspbe.engine.IndexEngine.compute(f, Map.of()).indicators().stream()
                .filter(i -> i.code().equals(indicatorCode))
                .findFirst()
                .orElseThrow();
        Map<Integer, YearResult> finals = evaluation.results(instansi.code(), Stage.FINAL);
        Map<Integer, YearResult> mandiri = evaluation.results(instansi.code(), Stage.MANDIRI);
        TreeSet<Integer> years = new TreeSet<>();
        finals.values().stream().filter(r -> f.code().equals(r.frameworkCode())).forEach(r -> years.add(r.year()));
        mandiri.values().stream()
                .filter(r -> f.code().equals(r.frameworkCode()))
                .forEach(r -> years.add(r.year()));
        List<HistoryRow> history = new ArrayList<>();
        for (int y : years) {
            history.add(new HistoryRow(
                    y,
                    valueOf(finals.get(y), indicatorCode),
                    valueOf(mandiri.get(y), indicatorCode),
                    Optional.ofNullable(finals.get(y)),
                    Optional.ofNullable(mandiri.get(y))));
        }
        Optional<HistoryRow> latest =
                history.reversed().stream().filter(h -> h.shown() != null).findFirst();
        var scale = f.indicator(indicatorCode).orElseThrow().scale();
        BigDecimal gain = latest.map(
                        h -> WeakRules.gainOfOneLevel(withValue(info, h.shown()), scale.max(), f.totalWeight()))
                .orElse(BigDecimal.ZERO);
        BigDecimal share = info.weight().divide(f.totalWeight(), id.pantauspbe.engine.IndexMath.EXACT);
        return Optional.of(new IndicatorDetail(
                instansi,
                f.code(),
                frameworks.regulationOf(f.code()),
                IndicatorInfo.of(info),
                share,
                scale,
                history,
                latest,
                gain,
                noteService.notes(instansi.code()).stream()
                        .filter(n -> years.contains(n.year())
                                || frameworks
                                        .forYear(n.year())
                                        .map(fw -> fw.code().equals(f.code()))
                                        .orElse(false))
                        .filter(n -> n.nodeCode().equals(indicatorCode)
                                || n.nodeCode().equals(info.domainCode())
                                || n.nodeCode().equals(info.aspectCode()))
                        .toList()));
    }

    /** The short weak list of a year (the default everywhere): see {@link WeakList}. */
    public WeakList weak(Instansi instansi, int year) {
        return weak(instansi, year, false);
    }

    /**
     * The weak list of a year.
     *
     * @param all every indicator meeting a threshold instead of the short list
     */
    public WeakList weak(Instansi instansi, int year, boolean all) {
        WeakRules.Thresholds thresholds = thresholds();
        Optional<YearResult> current = evaluation.result(instansi.code(), year);
        Optional<IndexResult> detail = current.flatMap(YearResult::detail);
        if (detail.isEmpty()) {
            return new WeakList(instansi, year, current, thresholds, List.of(), List.of(), Map.of(), 0, 0, 0, all);
        }
        Optional<IndexResult> previous = evaluation.history(instansi.code()).stream()
                .filter(r -> r.year() < year)
                .reduce((a, b) -> b)
                .flatMap(YearResult::detail);
        Optional<IndexResult> mandiri = current.get().stage() == Stage.MANDIRI
                ? Optional.empty()
                : evaluation.result(instansi.code(), year, Stage.MANDIRI).flatMap(YearResult::detail);
        List<WeakRules.WeakIndicator> flagged = WeakRules.find(detail.get(), previous, mandiri, thresholds);
        int total = detail.get().indicators().size();
        List<IndicatorResult> unvalued = detail.get().complete()
                ? List.of()
                : detail.get().indicators().stream().filter(i -> !i.hasValue()).toList();
        return new WeakList(
                instansi,
                year,
                current,
                thresholds,
                all ? flagged : WeakRules.shortList(flagged, total),
                unvalued,
                owners.owners(instansi.code(), year),
                flagged.size(),
                WeakRules.shortListLimit(total),
                total,
                all);
    }

    /**
     * Explains the change between two years: only between two complete years under one framework
     * ({@link YearChange}); otherwise says why not.
     */
    public Change change(Instansi instansi, int fromYear, int toYear) {
        Optional<YearResult> fromResult = evaluation.result(instansi.code(), fromYear);
        Optional<YearResult> toResult = evaluation.result(instansi.code(), toYear);
        YearChange yearChange = YearChange.between(fromResult, toResult);
        Optional<IndexResult> from = fromResult.flatMap(YearResult::detail);
        Optional<IndexResult> to = toResult.flatMap(YearResult::detail);
        if (yearChange.reason() == YearChange.Unavailable.FRAMEWORK_CHANGED) {
            return new Change(
                    instansi, fromYear, toYear, Optional.empty(), Analysis.Unexplained.FRAMEWORK_CHANGED, yearChange);
        }
        if (from.isEmpty() || to.isEmpty()) {
            return new Change(instansi, fromYear, toYear, Optional.empty(), Analysis.Unexplained.NO_DETAIL, yearChange);
        }
        if (!from.get().complete() || !to.get().complete()) {
            return new Change(
                    instansi, fromYear, toYear, Optional.empty(), Analysis.Unexplained.INCOMPLETE, yearChange);
        }
        return new Change(
                instansi,
                fromYear,
                toYear,
                Optional.of(ChangeAnalysis.decompose(from.get(), to.get())),
                null,
                yearChange);
    }

    /** Adds a timeline note in the name of the signed-in coordinator (ADMIN only). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimelineNote addNote(Instansi instansi, int year, String nodeCode, String text) {
        String author = currentUser.username().orElseThrow();
        return noteService.addNote(instansi.code(), year, nodeCode, text, author);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteNote(Instansi instansi, long id) {
        noteService.deleteNote(instansi.code(), id);
    }

    public WeakRules.Thresholds thresholds() {
        Map<String, BigDecimal> saved = repository.settings();
        WeakRules.Thresholds d = WeakRules.Thresholds.DEFAULT;
        return new WeakRules.Thresholds(
                saved.getOrDefault(LOW_VALUE, d.lowValue()),
                saved.getOrDefault(LARGE_LOSS, d.largeLoss()),
                saved.getOrDefault(SELF_GAP, d.selfGap()));
    }

    /** Changes the weak-indicator thresholds; only an ADMIN may. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveThresholds(WeakRules.Thresholds thresholds) {
        if (thresholds.lowValue().signum() < 0
                || thresholds.largeLoss().signum() < 0
                || thresholds.selfGap().signum() < 0) {
            throw new UserMessageException("analysis.weak.threshold.invalid");
        }
        repository.saveSetting(LOW_VALUE, thresholds.lowValue());
        repository.saveSetting(LARGE_LOSS, thresholds.largeLoss());
        repository.saveSetting(SELF_GAP, thresholds.selfGap());
    }

    private static Map<String, BigDecimal> byName(List<Figure> figures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        figures.forEach(f -> values.put(f.name(), f.value()));
        return values;
    }

    private static BigDecimal valueOf(YearResult result, String indicatorCode) {
        if (result == null || result.detail().isEmpty()) {
            return null;
        }
        return result.detail().get().indicators().stream()
                .filter(i -> i.code().equals(indicatorCode))
                .map(IndicatorResult::value)
                .findFirst()
                .orElse(null);
    }

    private static IndicatorResult withValue(IndicatorResult i, BigDecimal value) {
        return new IndicatorResult(
                i.code(),
                i.name(),
                i.domainCode(),
                i.domainName(),
                i.aspectCode(),
                i.aspectName(),
                i.weight(),
                value,
                null,
                null,
                null);
    }
}
