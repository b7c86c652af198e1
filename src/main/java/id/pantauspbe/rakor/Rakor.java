package id.pantauspbe.rakor;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rakor (coordination meeting) held on the results of an evaluation year.
 *
 * @param snapshotAt when the data it showed was taken (the last time it was saved)
 * @param closingText the agreed actions in the meeting's own words (may be empty)
 */
public record Rakor(
        long id,
        String instansiCode,
        int year,
        LocalDate heldOn,
        OffsetDateTime snapshotAt,
        String closingText,
        String updatedBy,
        OffsetDateTime updatedAt) {}
