package id.pantauspbe.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A stored indicator value of one stage, with who set it last and its version for optimistic locking. */
public record ValueEntry(
        String indicatorCode,
        BigDecimal value,
        String justification,
        String updatedBy,
        OffsetDateTime updatedAt,
        int version) {}
