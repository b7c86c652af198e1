package id.pantauspbe.opd;

/**
 * Published when an assessor rejects an evidence item (its status becomes DITOLAK, or the reason of
 * a rejected item changes); listeners run after the commit.
 */
public record EvidenceRejected(EvidenceItem item, String rejectedBy) {}
