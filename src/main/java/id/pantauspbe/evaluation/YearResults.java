package id.pantauspbe.evaluation;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.IndexMath;
import id.pantauspbe.engine.IndexResult;
import id.pantauspbe.engine.NodeResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link YearResult}s from a stage's values or from published totals (plain Java). */
final class YearResults {

    private YearResults() {}

    static YearResult compute(
            Framework framework, String instansiCode, int year, Stage stage, Map<String, BigDecimal> values) {
        IndexResult result = IndexEngine.compute(framework, values);
        return new YearResult(
                instansiCode,
                year,
                framework.code(),
                stage,
                Provenance.of(stage, result.complete()),
                result.exact(),
                result.published(),
                result.predikat(),
                result.complete(),
                result.index().valuedIndicators(),
                result.index().totalIndicators(),
                false,
                result.domains().stream().map(YearResults::figure).toList(),
                result.aspects().stream().map(YearResults::figure).toList(),
                Optional.of(result));
    }

    static Optional<YearResult> fromPublished(
            Optional<Framework> framework, String instansiCode, int year, List<PublishedTotal> totals) {
        Optional<PublishedTotal> index =
                totals.stream().filter(t -> t.scope() == Target.Scope.INDEX).findFirst();
        if (index.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = IndexMath.display(index.get().value());
        return Optional.of(new YearResult(
                instansiCode,
                year,
                framework.map(Framework::code).orElse(null),
                null,
                Provenance.RESMI,
                index.get().value(),
                value,
                framework.flatMap(f -> f.predikatOf(value)),
                true,
                0,
                0,
                true,
                published(totals, Target.Scope.DOMAIN),
                published(totals, Target.Scope.ASPECT),
                Optional.empty()));
    }

    private static List<Figure> published(List<PublishedTotal> totals, Target.Scope scope) {
        return totals.stream()
                .filter(t -> t.scope() == scope)
                .map(t -> new Figure("", t.nodeName(), null, t.value(), IndexMath.display(t.value()), true))
                .toList();
    }

    private static Figure figure(NodeResult node) {
        return new Figure(node.code(), node.name(), node.weight(), node.exact(), node.rounded(), node.complete());
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
