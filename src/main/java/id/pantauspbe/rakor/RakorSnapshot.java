package id.pantauspbe.rakor;

import id.pantauspbe.analysis.Analysis;
import id.pantauspbe.base.Texts;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.engine.ChangeAnalysis;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.DeadlineCountdown;
import id.pantauspbe.opd.EvidenceSummary;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdReport;
import id.pantauspbe.plan.Forecast;
import id.pantauspbe.plan.PlanProgress;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a rakor shows for one instansi and year, taken at one moment ({@code builtAt}) from
 * the services the rest of the application uses. The presentation, the PDF report and the XLSX
 * export all render this one record, so they show the same numbers.
 *
 * @param pemdaName the home Pemda as configured (header of the report)
 * @param anonymous whether OPD names are replaced by neutral labels ("OPD A") everywhere in it
 * @param overview the index, predikat, change, target, trend and domain profile (as on the dashboard)
 * @param change the change against the previous evaluated year explained by domain (or aspect)
 * @param changeUnavailable why there is no explanation; null when {@code change} holds one
 * @param weakest the short weak list of the year (the rule of "Indikator lemah"): indicators not yet
 *     valued in an open stage first, then the weak ones by index points lost; with their lead OPD
 * @param opds the OPDs of the year in ranking order, with weak OPDs and their reasons
 * @param opdRankBasis what the OPD ranks are based on (own index, or index points held)
 * @param opdRankedCount how many OPDs have a rank (the "25" of "3 dari 25")
 * @param evidence the evidence and deadlines of the open stage (the latest year with a checklist)
 * @param rakor the saved rakor of this year (closing text), if one was saved
 * @param actions the action items agreed in this year's rakor
 * @param previousRakor the rakor before this one; its action items with their status
 * @param opdChoices the OPDs action items can be assigned to (names hidden when anonymous)
 * @param planYear the year the meeting works towards: the next year after a settled result, else this one
 * @param plan the saved rencana peningkatan of {@code planYear} and how many steps the
 *     self-assessment has reached (OPD names hidden when anonymous)
 * @param forecast where {@code planYear}'s result will likely land, while it has no final result
 * @param setara when this year's framework differs from the previous year's: the comparable index
 *     over the indicators assessed in both (the project's own mapping, not an official one)
 */
public record RakorSnapshot(
        OffsetDateTime builtAt,
        String pemdaName,
        boolean anonymous,
        Overview overview,
        Optional<ChangeAnalysis.Decomposition> change,
        Analysis.Unexplained changeUnavailable,
        List<WeakIndicator> weakest,
        List<OpdReport.Row> opds,
        OpdReport.RankBasis opdRankBasis,
        int opdRankedCount,
        Evidence evidence,
        Optional<Rakor> rakor,
        List<ActionItem> actions,
        Optional<Rakor> previousRakor,
        List<ActionItem> previousActions,
        List<Opd> opdChoices,
        int planYear,
        Optional<PlanProgress> plan,
        Optional<Forecast> forecast,
        Optional<id.pantauspbe.crosswalk.Setara.Bridge> setara) {

    public Instansi instansi() {
        return overview.instansi();
    }

    public int year() {
        return overview.year();
    }

    /** Whether the year's figure is an official final result with every indicator valued. */
    public boolean settled() {
        return overview.current().map(YearResult::settled).orElse(false);
    }

    /** What stands beside a figure that is not a settled result ("Draf … · sementara, 14 dari 20 …"). */
    public Optional<String> provisional(Texts t) {
        return overview.current().flatMap(r -> FigureTexts.provisional(r, t));
    }

    /** The predikat as it may be shown: none for an incomplete year, marked for a provisional one. */
    public Optional<String> predikat(Texts t) {
        return overview.current().flatMap(r -> FigureTexts.predikat(r, t));
    }

    /** Why the predikat is not given (an incomplete year), in words; empty when it is given. */
    public Optional<String> predikatWithheld(Texts t) {
        return overview.current()
                .filter(r -> !r.predikatShown() && r.value() != null && !r.totalsOnly())
                .map(r -> t.get("rakor.fact.predikat.none", r.valuedIndicators(), r.totalIndicators()));
    }

    /** Why the change against the previous year is not a number; empty when it is one. */
    public Optional<String> changeWithheld(Texts t) {
        return FigureTexts.changeUnavailable(overview.yearChange(), t);
    }

    /** "3 dari 25": an OPD's rank among those ranked; "–" without one. */
    public String rankText(OpdReport.Row row, Texts t) {
        return row.ranked() ? t.get("rakor.rankOf", row.rank(), opdRankedCount) : "–";
    }

    /** The closing text agreed in the meeting; empty when none was saved. */
    public String closingText() {
        return rakor.map(Rakor::closingText).orElse("");
    }

    /**
     * Message key of the profile's title: "Profil domain dan aspek 2021", or "Profil aspek 2026" for
     * a framework without domains.
     */
    public String profileTitleKey() {
        return overview.breakdownByAspect() ? "rakor.slide.profile.title.ASPECT" : "rakor.slide.profile.title.DOMAIN";
    }

    /** OPDs with a rank, best first (by own index, or without internal scores by index points held). */
    public List<OpdReport.Row> rankedOpds() {
        return opds.stream().filter(OpdReport.Row::ranked).toList();
    }

    /** Weak OPDs: most weak indicators led first, then the most index points still possible. */
    public List<OpdReport.Row> weakOpds() {
        return opds.stream()
                .filter(OpdReport.Row::weak)
                .sorted(Comparator.comparingInt(OpdReport.Row::weakLed)
                        .reversed()
                        .thenComparing(OpdReport.Row::pointsPossible, Comparator.reverseOrder())
                        .thenComparingInt(OpdReport.Row::rank))
                .toList();
    }

    /**
     * A weak indicator with the OPD that leads it (null when no lead OPD is set for the year).
     *
     * @param unvalued not valued yet in the open stage (listed first: someone must value it)
     */
    public record WeakIndicator(IndicatorResult indicator, String leadOpd, boolean unvalued) {}

    /**
     * The evidence checklist of the open stage.
     *
     * @param year the year of the checklist (0 when the rakor's year has none)
     * @param openStage whether it is the checklist of the stage open now
     * @param total items in all; the counts by status follow
     * @param byOpd each OPD's counts, most overdue first (OPD names hidden when anonymous)
     */
    public record Evidence(
            int year,
            boolean openStage,
            List<DeadlineCountdown> deadlines,
            int total,
            int verified,
            int uploaded,
            int rejected,
            int missing,
            int overdue,
            List<OpdEvidence> byOpd) {

        public boolean present() {
            return year > 0;
        }

        /** Message key of the title, with the year as its parameter: the open stage is named so. */
        public String titleKey() {
            return openStage ? "rakor.slide.evidence.title" : "rakor.slide.evidence.titleYear";
        }
    }

    public record OpdEvidence(String opdName, EvidenceSummary summary) {}
}
