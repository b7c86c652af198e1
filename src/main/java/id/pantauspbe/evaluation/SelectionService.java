package id.pantauspbe.evaluation;

import id.pantauspbe.framework.FrameworkService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides which instansi and year a view shows when the URL does not say (or
 * says something unknown).
 *
 * <p>Instansi: the one in the URL, else the home Pemda, else the first registered.
 *
 * <p>Year: the one in the URL when it is selectable; otherwise
 *
 * <ul>
 *   <li>for views of results (Ringkasan, Tren, Peta indikator, Lemah, Pembanding, OPD): the latest
 *       year with an official final result, else the latest year with figures, so a leader lands
 *       on a settled result, never on a draft by accident;
 *   <li>for views of work (Penilaian, Tahapan, Data dukung): the year whose stage is open now, else
 *       the latest year with figures, so an operator lands where the work is.
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class SelectionService {

    /** Which kind of view asks, and so which default year applies. */
    public enum Purpose {
        RESULTS,
        WORK
    }

    private final EvaluationService evaluation;
    private final CycleService cycle;
    private final FrameworkService frameworks;

    SelectionService(EvaluationService evaluation, CycleService cycle, FrameworkService frameworks) {
        this.evaluation = evaluation;
        this.cycle = cycle;
        this.frameworks = frameworks;
    }

    /** The instansi of a code, else the home Pemda, else the first registered; empty when none. */
    public Optional<Instansi> instansi(String code) {
        List<Instansi> all = evaluation.instansi();
        return all.stream()
                .filter(i -> code != null && i.code().equalsIgnoreCase(code.strip()))
                .findFirst()
                .or(() -> all.stream().filter(Instansi::home).findFirst())
                .or(() -> all.stream().findFirst());
    }

    /** A results view's selection: years with figures (results or published totals). */
    public Optional<Selection> results(String instansiCode, Integer requestedYear) {
        return results(instansiCode, requestedYear, List.of());
    }

    /** A results view's selection with {@code extraYears} (for example years with only a target). */
    public Optional<Selection> results(String instansiCode, Integer requestedYear, Collection<Integer> extraYears) {
        return select(instansiCode, requestedYear, Purpose.RESULTS, extraYears);
    }

    /**
     * A work view's selection: the working years (those with figures and the one after the last)
     * and any {@code extraYears} a framework covers (for example years with evidence, or a year
     * asked for to prepare it).
     */
    public Optional<Selection> work(String instansiCode, Integer requestedYear, Collection<Integer> extraYears) {
        return select(instansiCode, requestedYear, Purpose.WORK, extraYears);
    }

    private Optional<Selection> select(
            String instansiCode, Integer requestedYear, Purpose purpose, Collection<Integer> extraYears) {
        Optional<Instansi> found = instansi(instansiCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instansi instansi = found.get();
        List<YearResult> history = evaluation.history(instansi.code());
        TreeSet<Integer> years = new TreeSet<>();
        if (purpose == Purpose.WORK) {
            years.addAll(evaluation.workingYears(instansi.code()));
        } else {
            history.forEach(r -> years.add(r.year()));
        }
        extraYears.stream()
                .filter(y -> y != null && frameworks.forYear(y).isPresent())
                .forEach(years::add);
        Integer year = requestedYear != null && years.contains(requestedYear)
                ? requestedYear
                : defaultYear(instansi.code(), purpose, history, years);
        return Optional.of(new Selection(instansi, evaluation.instansi(), new ArrayList<>(years), year));
    }

    private Integer defaultYear(String code, Purpose purpose, List<YearResult> history, TreeSet<Integer> years) {
        if (years.isEmpty()) {
            return null;
        }
        Optional<Integer> preferred = purpose == Purpose.WORK
                ? cycle.latestOpenStage(code).map(StageSchedule::year)
                : history.stream()
                        .filter(YearResult::official)
                        .map(YearResult::year)
                        .reduce((a, b) -> b);
        return preferred.filter(years::contains).orElse(years.last());
    }
}
