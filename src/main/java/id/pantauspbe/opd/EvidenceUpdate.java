package id.pantauspbe.opd;

import java.time.LocalDate;

/** The editable fields of an evidence item, with the version the editor saw (optimistic locking). */
public record EvidenceUpdate(
        long id,
        int version,
        String title,
        EvidenceStatus status,
        String reason,
        LocalDate dueDate,
        String link,
        String note) {}
