package id.pantauspbe.plan;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelPlanner;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.IndicatorOwner;
import id.pantauspbe.evaluation.IndicatorOwners;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What the planner tells about each computed step besides its levels: the lead OPD answerable for it
 * (the plan year's ownership, else the basis year's) and the Data dukung documents it still needs.
 */
@Component
class PlanStepDetails {

    /** The steps with their details, and the other year whose checklist told the needs (else null). */
    record Steps(List<PlanStep> steps, Integer needsYear) {}

    private final FrameworkService frameworks;
    private final IndicatorOwners owners;
    private final EvidenceService evidence;

    PlanStepDetails(FrameworkService frameworks, IndicatorOwners owners, EvidenceService evidence) {
        this.frameworks = frameworks;
        this.owners = owners;
        this.evidence = evidence;
    }

    Steps of(String instansiCode, int year, int basisYear, Framework framework, List<LevelPlanner.Step> planned) {
        Map<String, Node> byCode = framework.indicatorsByCode();
        Map<String, IndicatorOwner> owned = new HashMap<>(owners.owners(instansiCode, year));
        owners.owners(instansiCode, basisYear).forEach(owned::putIfAbsent);
        Map<String, List<EvidenceItem>> evidenceOf = new LinkedHashMap<>();
        Checklist checklist = checklist(instansiCode, year, framework);
        boolean borrowed = checklist.year() != year;
        for (EvidenceItem item : checklist.items()) {
            evidenceOf
                    .computeIfAbsent(item.indicatorCode(), k -> new ArrayList<>())
                    .add(item);
        }
        List<PlanStep> steps = new ArrayList<>();
        for (LevelPlanner.Step step : planned) {
            Node indicator = byCode.get(step.code());
            IndicatorOwner owner = owned.get(step.code());
            boolean hasLead = owner != null && owner.hasLead();
            steps.add(new PlanStep(
                    step.code(),
                    indicator.name(),
                    step.from(),
                    indicator.scale().nameOf(step.from()),
                    step.to(),
                    indicator.scale().nameOf(step.to()),
                    step.steps(),
                    step.effort(),
                    step.points(),
                    hasLead ? owner.lead().id() : null,
                    hasLead ? owner.lead().name() : null,
                    needs(evidenceOf.getOrDefault(step.code(), List.of()), step.from(), step.to(), borrowed)));
        }
        return new Steps(steps, borrowed ? checklist.year() : null);
    }

    private record Checklist(int year, List<EvidenceItem> items) {}

    /**
     * The Data dukung checklist that tells what a step needs: the plan year's own, or when it has none
     * the nearest year's under the same framework that has one (the earlier on a tie); the plan year's
     * (empty) when no year has one. Each year's items are read once.
     */
    private Checklist checklist(String instansiCode, int year, Framework framework) {
        List<EvidenceItem> own = evidence.items(instansiCode, year);
        if (!own.isEmpty()) {
            return new Checklist(year, own);
        }
        List<Integer> candidates = evidence.years(instansiCode).stream()
                .filter(y -> y != year)
                .filter(y -> frameworks
                        .forYear(y)
                        .map(f -> f.code().equals(framework.code()))
                        .orElse(false))
                .sorted(Comparator.comparingInt((Integer y) -> Math.abs(y - year))
                        .thenComparingInt(y -> y))
                .toList();
        for (int candidate : candidates) {
            List<EvidenceItem> items = evidence.items(instansiCode, candidate);
            if (!items.isEmpty()) {
                return new Checklist(candidate, items);
            }
        }
        return new Checklist(year, own);
    }

    /**
     * The documents of the levels a step goes through (above from, up to to) not verified yet; from
     * another year's checklist ({@code borrowed}) every one, as its status is that year's.
     */
    private static List<String> needs(
            Collection<EvidenceItem> items, BigDecimal from, BigDecimal to, boolean borrowed) {
        return items.stream()
                .filter(i -> i.targetLevel() != null
                        && i.targetLevel().compareTo(from) > 0
                        && i.targetLevel().compareTo(to) <= 0)
                .filter(i -> borrowed || i.status() != EvidenceStatus.DIVERIFIKASI)
                .map(EvidenceItem::title)
                .filter(Objects::nonNull)
                .toList();
    }
}
