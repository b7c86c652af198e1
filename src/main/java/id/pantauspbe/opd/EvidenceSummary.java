package id.pantauspbe.opd;

import java.math.BigDecimal;

/**
 * The evidence of one OPD in a year: items in total and by status ({@code missing} = not provided
 * yet), and how many are overdue.
 */
public record EvidenceSummary(
        long opdId, int total, int verified, int uploaded, int rejected, int missing, int overdue) {

    /** Verified items as a share of all (0 to 1, four decimals); 1 for an OPD without items. */
    public BigDecimal completeness() {
        return EvidenceRules.completeness(verified, total);
    }

    public boolean complete() {
        return total > 0 && verified == total;
    }
}
