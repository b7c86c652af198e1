package id.pantauspbe.opd;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an indicator still needs for the next level: its current value (null if none yet), the
 * level after it (floor + 1) and the documents of that level not verified yet.
 */
public record NextLevelNeed(
        String indicatorCode,
        String indicatorName,
        BigDecimal currentValue,
        int nextLevel,
        List<EvidenceItem> missing) {}
