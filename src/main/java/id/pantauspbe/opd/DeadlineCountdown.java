package id.pantauspbe.opd;

/** A stage deadline with the days left until it (negative once it has passed). */
public record DeadlineCountdown(StageDeadline deadline, long daysRemaining) {

    public boolean passed() {
        return daysRemaining < 0;
    }
}
