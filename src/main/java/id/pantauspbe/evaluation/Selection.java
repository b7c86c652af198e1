package id.pantauspbe.evaluation;

import java.util.List;

/**
 * What a view shows: one instansi, the years one may choose for it and the chosen year, decided by
 * {@link SelectionService} for every view alike.
 *
 * @param choices every instansi one may switch to
 * @param years the selectable years, ascending
 * @param year the chosen year; null when the instansi has no selectable year
 */
public record Selection(Instansi instansi, List<Instansi> choices, List<Integer> years, Integer year) {

    public Selection {
        choices = List.copyOf(choices);
        years = List.copyOf(years);
    }

    public String code() {
        return instansi.code();
    }

    public boolean hasYear() {
        return year != null;
    }
}
