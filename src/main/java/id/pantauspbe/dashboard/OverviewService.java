package id.pantauspbe.dashboard;

import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.engine.WeakRules;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.NoteService;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.evaluation.YearChange;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the overview of an instansi and year. */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    static final String NATIONAL = "NASIONAL";
    private static final int WEAKEST = 5;

    private final EvaluationService evaluation;
    private final NoteService noteService;
    private final TargetService targetService;
    private final SelectionService selections;
    private final FrameworkService frameworks;
    private final Clock clock;
    private final AnalysisService analysis;

    OverviewService(
            EvaluationService evaluation,
            NoteService noteService,
            TargetService targetService,
            SelectionService selections,
            FrameworkService frameworks,
            Clock clock,
            AnalysisService analysis) {
        this.analysis = analysis;
        this.evaluation = evaluation;
        this.noteService = noteService;
        this.targetService = targetService;
        this.selections = selections;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /**
     * @param instansiCode null or unknown: the home Pemda
     * @param year null or without figures: the default of {@link SelectionService} for results views
     * @return empty only when no instansi exists at all
     */
    public Optional<Overview> overview(String instansiCode, Integer year) {
        return selections.instansi(instansiCode).flatMap(i -> {
            Map<Integer, Target> targets = targetService.targets(i.code()).stream()
                    .filter(t -> t.scope() == Target.Scope.INDEX)
                    .collect(Collectors.toMap(Target::year, Function.identity(), (a, b) -> a));
            // a year with only a target can be chosen too: how far the result must still go
            return selections
                    .results(i.code(), year, targets.keySet())
                    .map(selection -> build(selection, targets, year));
        });
    }

    private Overview build(Selection selection, Map<Integer, Target> targets, Integer requestedYear) {
        Instansi instansi = selection.instansi();
        List<Instansi> all = selection.choices();
        List<YearResult> history = evaluation.history(instansi.code());
        Map<Integer, YearResult> byYear =
                history.stream().collect(Collectors.toMap(YearResult::year, Function.identity()));
        TreeSet<Integer> years = new TreeSet<>(selection.years());
        int year = selection.hasYear()
                ? selection.year()
                : requestedYear != null ? requestedYear : Year.now(clock).getValue();

        Optional<YearResult> current = Optional.ofNullable(byYear.get(year));
        Optional<YearResult> previous =
                history.stream().filter(r -> r.year() < year).reduce((a, b) -> b);
        YearChange yearChange = YearChange.between(previous, current);
        Optional<BigDecimal> change = yearChange.valueIfShown();
        Optional<Integer> comparableYear =
                yearChange.shown() || current.isEmpty() || !current.get().complete()
                        ? Optional.empty()
                        : history.stream()
                                .filter(r -> r.year() < year
                                        && r.complete()
                                        && Objects.equals(
                                                r.frameworkCode(), current.get().frameworkCode()))
                                .map(YearResult::year)
                                .reduce((a, b) -> b);
        boolean acrossFrameworks = current.isPresent()
                && previous.isPresent()
                && !Objects.equals(current.get().frameworkCode(), previous.get().frameworkCode());
        Optional<Target> target = Optional.ofNullable(targets.get(year));
        // an incomplete year gets no target gap: it would read as a result
        Optional<BigDecimal> gap =
                current.filter(YearResult::complete).flatMap(c -> target.map(t -> subtract(c.value(), t.value())));

        List<Overview.TrendPoint> trend = new ArrayList<>();
        for (int y : years) {
            YearResult r = byYear.get(y);
            Target t = targets.get(y);
            trend.add(new Overview.TrendPoint(
                    y,
                    r == null ? null : r.value(),
                    r == null ? null : r.provenance(),
                    t == null ? null : t.value(),
                    r != null
                            ? r.frameworkCode()
                            : frameworks.forYear(y).map(Framework::code).orElse(null),
                    r != null && r.settled()));
        }
        List<Overview.TrendPoint> national = instansi.code().equals(NATIONAL)
                ? List.of()
                : evaluation.history(NATIONAL).stream()
                        .filter(r -> years.isEmpty() || (r.year() >= years.first() && r.year() <= years.last()))
                        .map(r -> new Overview.TrendPoint(
                                r.year(), r.value(), r.provenance(), null, r.frameworkCode(), r.settled()))
                        .toList();

        boolean byAspect = current.map(YearResult::frameworkCode)
                .flatMap(frameworks::byCode)
                .map(f -> !f.hasDomains())
                .orElse(false);
        List<Figure> currentNodes =
                current.map(c -> byAspect ? c.aspects() : c.domains()).orElse(List.of());
        List<Figure> previousNodes =
                previous.map(p -> byAspect ? p.aspects() : p.domains()).orElse(List.of());
        boolean comparable = previous.isPresent()
                && current.isPresent()
                && Objects.equals(previous.get().frameworkCode(), current.get().frameworkCode());
        List<Overview.BreakdownRow> breakdown = new ArrayList<>();
        for (Figure node : currentNodes) {
            BigDecimal before = previousNodes.stream()
                    .filter(p -> p.name().equalsIgnoreCase(node.name()))
                    .map(Figure::value)
                    .findFirst()
                    .orElse(null);
            breakdown.add(new Overview.BreakdownRow(node.name(), node.weight(), node.value(), before, node.complete()));
        }

        Analysis.WeakList weakList = analysis.weak(instansi, year);
        List<IndicatorResult> weakest = weakList.indicators().stream()
                .limit(WEAKEST)
                .map(WeakRules.WeakIndicator::indicator)
                .toList();

        return new Overview(
                instansi,
                all,
                List.copyOf(years),
                year,
                current,
                previous,
                change,
                acrossFrameworks,
                target,
                gap,
                trend,
                national,
                years.isEmpty() ? List.of() : frameworks.spans(years.first(), years.last()),
                byAspect,
                comparable,
                breakdown,
                weakest,
                noteService.notes(instansi.code()),
                yearChange,
                comparableYear,
                weakList);
    }

    private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
