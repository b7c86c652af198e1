package id.pantauspbe.opd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The rules of evidence, plain Java: overdue, completeness, days remaining, next-level needs. */
public final class EvidenceRules {

    private EvidenceRules() {}

    /** Overdue: a due date before today and not verified yet. */
    public static boolean overdue(EvidenceStatus status, LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != EvidenceStatus.DIVERIFIKASI;
    }

    public static boolean overdue(EvidenceItem item, LocalDate today) {
        return overdue(item.status(), item.dueDate(), today);
    }

    /** Verified as a share of all items (0 to 1, four decimals); 1 when there is nothing to provide. */
    public static BigDecimal completeness(int verified, int total) {
        if (total <= 0) {
            return BigDecimal.ONE.setScale(4);
        }
        return BigDecimal.valueOf(verified).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }

    /** Days from today to a date: positive ahead, 0 today, negative once passed. */
    public static long daysRemaining(LocalDate dueDate, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /** The level after the current value: floor(value) + 1 (1 without a value), at most 5. */
    public static int nextLevel(BigDecimal currentValue) {
        if (currentValue == null) {
            return 1;
        }
        return Math.min(5, currentValue.setScale(0, RoundingMode.FLOOR).intValue() + 1);
    }

    /** The items of the next level that are not verified yet. */
    public static List<EvidenceItem> nextLevelNeeds(Collection<EvidenceItem> items, BigDecimal currentValue) {
        if (currentValue != null && currentValue.compareTo(BigDecimal.valueOf(5)) >= 0) {
            return List.of();
        }
        BigDecimal next = BigDecimal.valueOf(nextLevel(currentValue));
        return items.stream()
                .filter(i -> i.targetLevel() != null && i.targetLevel().compareTo(next) == 0)
                .filter(i -> i.status() != EvidenceStatus.DIVERIFIKASI)
                .toList();
    }

    /** Summaries by responsible OPD (items without an OPD are left out), in order of first appearance. */
    public static Map<Long, EvidenceSummary> summaryByOpd(Collection<EvidenceItem> items, LocalDate today) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (EvidenceItem item : items) {
            if (item.opdId() == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(item.opdId(), k -> new int[6]);
            c[0]++;
            switch (item.status()) {
                case DIVERIFIKASI -> c[1]++;
                case DIUNGGAH -> c[2]++;
                case DITOLAK -> c[3]++;
                case BELUM -> c[4]++;
            }
            if (overdue(item, today)) {
                c[5]++;
            }
        }
        Map<Long, EvidenceSummary> result = new LinkedHashMap<>();
        counts.forEach((opd, c) -> result.put(opd, new EvidenceSummary(opd, c[0], c[1], c[2], c[3], c[4], c[5])));
        return result;
    }

    /** The items matching the checklist filters; a null filter matches every item. */
    public static List<EvidenceItem> filter(
            Collection<EvidenceItem> items, Long opdId, String indicatorCode, EvidenceStatus status) {
        return items.stream()
                .filter(i -> opdId == null || Objects.equals(i.opdId(), opdId))
                .filter(i -> indicatorCode == null || i.indicatorCode().equals(indicatorCode))
                .filter(i -> status == null || i.status() == status)
                .toList();
    }

    /** The OPDs with overdue items, least complete first, then most overdue. */
    public static List<EvidenceSummary> overdueFirst(Collection<EvidenceSummary> summaries) {
        return summaries.stream()
                .filter(s -> s.overdue() > 0)
                .sorted(Comparator.comparing(EvidenceSummary::completeness)
                        .thenComparing(Comparator.comparingInt(EvidenceSummary::overdue)
                                .reversed()))
                .toList();
    }
}
