package id.pantauspbe.opd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One document of the evidence checklist of an indicator: the level it supports ({@code targetLevel},
 * null for general evidence), the responsible OPD, its status and due date, and a link to the document.
 * {@code carriedFrom} is the item of the previous year it was copied from; such an item needs to be
 * confirmed again ({@code needsReconfirmation}) before it counts.
 */
public record EvidenceItem(
        long id,
        String instansiCode,
        int year,
        String indicatorCode,
        String indicatorName,
        BigDecimal targetLevel,
        String title,
        Long opdId,
        String opdName,
        EvidenceStatus status,
        String reason,
        LocalDate dueDate,
        String link,
        String note,
        Long carriedFrom,
        boolean needsReconfirmation,
        String updatedBy,
        OffsetDateTime updatedAt,
        int version) {}
