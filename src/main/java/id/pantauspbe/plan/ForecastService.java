package id.pantauspbe.plan;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.evaluation.ValueEntry;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts a year's final result from its latest values (see {@link Forecast}). The one method,
 * said in a sentence on the page: the index of each indicator's latest value (the asesor's of the
 * most advanced assessor stage where there is one, the self-assessment otherwise) plus the mean of
 * this Pemda's past differences between final result and self-assessment, scaled by the share of
 * the index weight still resting on self-assessment values only (asesor values are taken as they
 * are); the range spans the smallest to the largest difference, scaled alike. Without asesor values
 * the share is 1 and the forecast is the self-assessment plus the mean difference. Nothing is made
 * up: a year without both a complete self-assessment and a complete final result takes no part in
 * the differences or the backtest, and the backtest forecasts each past year from its
 * self-assessment alone.
 */
@Service
@Transactional(readOnly = true)
public class ForecastService {

    private final EvaluationService evaluation;
    private final TargetService targets;

    private final FrameworkService frameworks;

    ForecastService(EvaluationService evaluation, TargetService targets, FrameworkService frameworks) {
        this.evaluation = evaluation;
        this.targets = targets;
        this.frameworks = frameworks;
    }

    /** The stages whose values are the asesor's, least advanced first. */
    private static final List<Stage> ASSESSOR_STAGES = List.of(Stage.DOKUMEN, Stage.INTERVIU, Stage.VISITASI);

    /**
     * The values a forecast starts from: per indicator the latest asesor value, the self-assessment
     * otherwise.
     *
     * @param share the part of the valued indicators' weight resting on self-assessment values only
     */
    private record Basis(
            BigDecimal exact,
            BigDecimal published,
            int valued,
            int total,
            int assessorValued,
            Stage assessorStage,
            BigDecimal share) {}

    private Optional<Basis> basis(String instansiCode, int year, YearResult selfResult) {
        Map<String, BigDecimal> values = new HashMap<>();
        evaluation.entries(instansiCode, year, Stage.MANDIRI).forEach((code, e) -> {
            if (e.value() != null) {
                values.put(code, e.value());
            }
        });
        Set<String> fromAssessor = new HashSet<>();
        Stage latest = null;
        for (Stage stage : ASSESSOR_STAGES) {
            for (ValueEntry e : evaluation.entries(instansiCode, year, stage).values()) {
                if (e.value() != null) {
                    values.put(e.indicatorCode(), e.value());
                    fromAssessor.add(e.indicatorCode());
                    latest = stage;
                }
            }
        }
        Optional<Framework> framework = frameworks.forYear(year);
        if (fromAssessor.isEmpty() || framework.isEmpty()) {
            if (selfResult == null || selfResult.exact() == null) {
                return Optional.empty();
            }
            return Optional.of(new Basis(
                    selfResult.exact(),
                    selfResult.value(),
                    selfResult.valuedIndicators(),
                    selfResult.totalIndicators(),
                    0,
                    null,
                    BigDecimal.ONE));
        }
        IndexResult result = IndexEngine.compute(framework.get(), values);
        BigDecimal valuedWeight = BigDecimal.ZERO;
        BigDecimal selfWeight = BigDecimal.ZERO;
        for (Node indicator : framework.get().indicators()) {
            if (values.containsKey(indicator.code())) {
                valuedWeight = valuedWeight.add(indicator.weight());
                if (!fromAssessor.contains(indicator.code())) {
                    selfWeight = selfWeight.add(indicator.weight());
                }
            }
        }
        return Optional.of(new Basis(
                result.exact(),
                result.published(),
                result.index().valuedIndicators(),
                result.index().totalIndicators(),
                fromAssessor.size(),
                latest,
                selfWeight.divide(valuedWeight, MathContext.DECIMAL128)));
    }

    /** The forecast of a year without a final result yet (for the Ringkasan and the rakor). */
    public Optional<Forecast> pendingForecast(String instansiCode, int year) {
        if (evaluation.result(instansiCode, year, Stage.FINAL).isPresent()) {
            return Optional.empty();
        }
        return forecast(instansiCode, year);
    }

    /** The forecast of a year, if it has self-assessment or asesor values. */
    public Optional<Forecast> forecast(String instansiCode, int year) {
        Map<Integer, YearResult> mandiri = evaluation.results(instansiCode, Stage.MANDIRI);
        Optional<Basis> found = basis(instansiCode, year, mandiri.get(year));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Basis basis = found.get();
        Map<Integer, YearResult> finals = evaluation.results(instansiCode, Stage.FINAL);
        // differences final − mandiri of the years with both complete, ascending
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> differences = new ArrayList<>();
        List<BigDecimal> actuals = new ArrayList<>();
        List<BigDecimal> bases = new ArrayList<>();
        mandiri.forEach((y, m) -> {
            YearResult f = finals.get(y);
            if (m.complete() && m.exact() != null && f != null && f.complete() && f.exact() != null) {
                years.add(y);
                differences.add(f.exact().subtract(m.exact()));
                actuals.add(f.value());
                bases.add(m.exact());
            }
        });
        List<Forecast.Backtest> backtest = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            List<BigDecimal> before = differences.subList(0, i);
            backtest.add(new Forecast.Backtest(
                    years.get(i),
                    round(bases.get(i).add(mean(before))),
                    round(bases.get(i).add(min(before))),
                    round(bases.get(i).add(max(before))),
                    actuals.get(i)));
        }
        List<Integer> historyYears = new ArrayList<>();
        List<BigDecimal> history = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i) < year) {
                historyYears.add(years.get(i));
                history.add(differences.get(i));
            }
        }
        // the backtest only of years before the forecast year
        backtest.removeIf(b -> b.year() >= year);
        BigDecimal estimate;
        BigDecimal low = null;
        BigDecimal high = null;
        BigDecimal meanDifference = null;
        if (history.isEmpty()) {
            estimate = round(basis.exact());
        } else {
            meanDifference = round(mean(history));
            estimate = round(basis.exact().add(mean(history).multiply(basis.share())));
            low = round(basis.exact().add(min(history).multiply(basis.share())));
            high = round(basis.exact().add(max(history).multiply(basis.share())));
        }
        BigDecimal target =
                targets.indexTarget(instansiCode, year).map(Target::value).orElse(null);
        Boolean inRange =
                target == null || low == null ? null : target.compareTo(low) >= 0 && target.compareTo(high) <= 0;
        return Optional.of(new Forecast(
                year,
                basis.exact(),
                basis.published(),
                basis.valued(),
                basis.total(),
                basis.assessorValued(),
                basis.assessorStage(),
                basis.share(),
                estimate,
                low,
                high,
                historyYears,
                meanDifference,
                target,
                inRange,
                backtest));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
    }

    private static BigDecimal min(List<BigDecimal> values) {
        return values.stream().min(BigDecimal::compareTo).orElseThrow();
    }

    private static BigDecimal max(List<BigDecimal> values) {
        return values.stream().max(BigDecimal::compareTo).orElseThrow();
    }
}
