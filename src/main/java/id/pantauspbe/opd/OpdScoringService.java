package id.pantauspbe.opd;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.IndexEngine;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.engine.Node;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** OPD scoring: the framework and aggregation chosen per year, and each OPD's internal scores. */
@Service
@Transactional(readOnly = true)
public class OpdScoringService {

    private final OpdRepository repository;
    private final FrameworkService frameworks;

    OpdScoringService(OpdRepository repository, FrameworkService frameworks) {
        this.repository = repository;
        this.frameworks = frameworks;
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

    /**
     * Stores an OPD's scores (indicator code → value) on the year's scoring framework; ADMIN or ASESOR.
     *
     * @throws UserMessageException for a score off its indicator's scale (nothing is stored)
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR')")
    public void saveScores(String instansiCode, int year, long opdId, Map<String, BigDecimal> scores) {
        OpdScoring scoring = scoring(instansiCode, year)
                .orElseThrow(() -> new IllegalArgumentException("no OPD scoring set for " + year));
        Framework framework = frameworks.byCode(scoring.frameworkCode()).orElseThrow();
        scores.forEach((code, value) -> {
            LevelScale scale = framework
                    .indicator(code)
                    .map(Node::scale)
                    .orElseThrow(
                            () -> new IllegalArgumentException(code + " is not an indicator of " + framework.code()));
            if (!scale.accepts(value)) {
                String opd = repository.findByInstansi(instansiCode).stream()
                        .filter(o -> o.id() == opdId)
                        .map(Opd::shortName)
                        .findFirst()
                        .orElse("–");
                throw new UserMessageException(
                        "opd.scoring.outside",
                        code,
                        opd,
                        TextFormat.exact(value),
                        TextFormat.level(scale.min()),
                        TextFormat.level(scale.max()));
            }
        });
        IndexEngine.compute(framework, scores);
        Map<String, Long> ids = repository.indicatorIds(framework.code());
        scores.forEach((code, value) -> repository.upsertScore(instansiCode, year, opdId, ids.get(code), value));
    }

    /** opd id → its own index in a year, for the OPDs scored that year. */
    Map<Long, BigDecimal> ownIndices(String instansiCode, int year) {
        Map<Long, BigDecimal> result = new HashMap<>();
        scoring(instansiCode, year)
                .flatMap(s -> frameworks.byCode(s.frameworkCode()))
                .ifPresent(f -> repository
                        .scores(instansiCode, year)
                        .forEach((opd, values) ->
                                result.put(opd, IndexEngine.compute(f, values).published())));
        return result;
    }
}
