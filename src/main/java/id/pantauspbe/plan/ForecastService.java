package id.pantauspbe.plan;

import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.evaluation.YearResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts a year's final result from its self-assessment (see {@link Forecast}). The one method,
 * said in a sentence on the page: the self-assessment index plus the mean of this Pemda's past
 * differences between final result and self-assessment, the range spanning the smallest to the
 * largest difference. Nothing is made up: a year without both a complete self-assessment and a
 * complete final result takes no part.
 */
@Service
@Transactional(readOnly = true)
public class ForecastService {

    private final EvaluationService evaluation;
    private final TargetService targets;

    ForecastService(EvaluationService evaluation, TargetService targets) {
        this.evaluation = evaluation;
        this.targets = targets;
    }

    /** The forecast of a year without a final result yet (for the Ringkasan and the rakor). */
    public Optional<Forecast> pendingForecast(String instansiCode, int year) {
        if (evaluation.result(instansiCode, year, Stage.FINAL).isPresent()) {
            return Optional.empty();
        }
        return forecast(instansiCode, year);
    }

    /** The forecast of a year, if it has self-assessment values. */
    public Optional<Forecast> forecast(String instansiCode, int year) {
        Map<Integer, YearResult> mandiri = evaluation.results(instansiCode, Stage.MANDIRI);
        YearResult basis = mandiri.get(year);
        if (basis == null || basis.exact() == null) {
            return Optional.empty();
        }
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
            estimate = round(basis.exact().add(mean(history)));
            low = round(basis.exact().add(min(history)));
            high = round(basis.exact().add(max(history)));
        }
        BigDecimal target =
                targets.indexTarget(instansiCode, year).map(Target::value).orElse(null);
        Boolean inRange =
                target == null || low == null ? null : target.compareTo(low) >= 0 && target.compareTo(high) <= 0;
        return Optional.of(new Forecast(
                year,
                basis.exact(),
                basis.value(),
                basis.valuedIndicators(),
                basis.totalIndicators(),
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
