package id.pantauspbe.opd;

import java.time.OffsetDateTime;

/** An evidence item was changed by someone else since the editor read it. */
public class StaleEvidenceException extends RuntimeException {

    private final String changedBy;
    private final OffsetDateTime changedAt;

    public StaleEvidenceException(String changedBy, OffsetDateTime changedAt) {
        super("The evidence item was changed meanwhile by " + changedBy);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
