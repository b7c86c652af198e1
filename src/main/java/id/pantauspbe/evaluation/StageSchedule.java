package id.pantauspbe.evaluation;

import id.pantauspbe.base.Translated;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One stage of an evaluation year: its planned dates and whether it is open for entry. Only an
 * open stage takes values (final values, once entered, change only through a logged correction).
 */
public record StageSchedule(
        String instansiCode,
        int year,
        Stage stage,
        LocalDate opensOn,
        LocalDate closesOn,
        State state,
        String changedBy,
        OffsetDateTime changedAt) {

    @Translated({"stage.state."})
    public enum State {
        PLANNED,
        OPEN,
        CLOSED
    }

    public boolean open() {
        return state == State.OPEN;
    }

    /** Days from {@code today} to the closing date (negative once passed); null without a date. */
    public Long daysToClose(LocalDate today) {
        return closesOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, closesOn);
    }

    /** Open although its closing date has passed. */
    public boolean overdue(LocalDate today) {
        return open() && closesOn != null && today.isAfter(closesOn);
    }
}
