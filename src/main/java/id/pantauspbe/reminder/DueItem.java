package id.pantauspbe.reminder;

import id.pantauspbe.opd.EvidenceItem;

/** An evidence item not verified yet with a due date: {@code daysLeft} negative once passed. */
public record DueItem(EvidenceItem item, long daysLeft) {

    public boolean overdue() {
        return daysLeft < 0;
    }
}
