package id.pantauspbe.opd;

import java.time.LocalDate;

/**
 * An action agreed in a rakor: what the OPD will do, who carries it, by when, and how far it is.
 * The rakor feature records them; OPD pages read them through {@link OpdActions}.
 *
 * @param rakorYear the evaluation year of the rakor it was agreed in
 * @param opdName the OPD's name (or its neutral label when names are hidden)
 */
public record ActionItem(
        long id,
        long rakorId,
        int rakorYear,
        Long opdId,
        String opdName,
        String what,
        String who,
        LocalDate due,
        ActionStatus status) {

    /** The same item with the OPD shown under another name (for meetings with outsiders). */
    public ActionItem withOpdName(String name) {
        return new ActionItem(id, rakorId, rakorYear, opdId, name, what, who, due, status);
    }
}
