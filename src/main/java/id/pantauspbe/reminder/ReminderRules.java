package id.pantauspbe.reminder;

import id.pantauspbe.base.Texts;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is reminded today, plain Java. An item counts while it is not verified and has a due date.
 * An OPD is reminded on a day when one of its items is due in exactly one of {@code daysBefore}
 * days (H-7, H-3, H-1), or on the weekly {@code overdueDay} while it has overdue items; the
 * message then lists all its items due within the horizon (the largest of {@code daysBefore}) or
 * overdue, overdue first.
 */
public final class ReminderRules {

    private ReminderRules() {}

    /** The open items with a due date within the horizon or passed, most urgent first. */
    public static List<DueItem> dueItems(List<EvidenceItem> items, LocalDate today, int horizon) {
        return items.stream()
                .filter(i -> i.status() != EvidenceStatus.DIVERIFIKASI && i.dueDate() != null)
                .map(i -> new DueItem(i, ChronoUnit.DAYS.between(today, i.dueDate())))
                .filter(d -> d.daysLeft() <= horizon)
                .sorted(Comparator.comparingLong(DueItem::daysLeft)
                        .thenComparing(d -> d.item().indicatorCode(), ReminderRules::byCode)
                        .thenComparing(d -> d.item().title()))
                .toList();
    }

    /** The reminders of today, one per OPD that has a reason to be reminded, in registry order. */
    public static List<OpdReminder> reminders(
            List<EvidenceItem> items,
            List<Opd> opds,
            Map<Long, OpdContact> contacts,
            LocalDate today,
            ReminderSettings settings) {
        Map<Long, List<DueItem>> byOpd = new LinkedHashMap<>();
        for (DueItem due : dueItems(items, today, settings.horizon())) {
            if (due.item().opdId() != null) {
                byOpd.computeIfAbsent(due.item().opdId(), k -> new ArrayList<>())
                        .add(due);
            }
        }
        boolean overdueDay = today.getDayOfWeek() == settings.overdueDay();
        List<OpdReminder> result = new ArrayList<>();
        for (Opd opd : opds) {
            List<DueItem> due = byOpd.getOrDefault(opd.id(), List.of());
            boolean milestone = due.stream().anyMatch(d -> settings.daysBefore().contains((int) d.daysLeft()));
            boolean overdue = overdueDay && due.stream().anyMatch(DueItem::overdue);
            if (milestone || overdue) {
                result.add(new OpdReminder(opd, contacts.getOrDefault(opd.id(), OpdContact.empty(opd.id())), due));
            }
        }
        return result;
    }

    /** "lewat 3 hari", "hari ini", "5 hari lagi" (the mails, the bell). */
    public static String remaining(long daysLeft, Texts text) {
        if (daysLeft < 0) {
            return text.get("mail.due.overdue", String.valueOf(-daysLeft));
        }
        if (daysLeft == 0) {
            return text.get("mail.due.today");
        }
        return text.get("mail.due.ahead", String.valueOf(daysLeft));
    }

    /** I2 before I10. */
    static int byCode(String a, String b) {
        String pa = a.replaceAll("\\d", "");
        String pb = b.replaceAll("\\d", "");
        if (!pa.equals(pb)) {
            return pa.compareTo(pb);
        }
        String na = a.replaceAll("\\D", "");
        String nb = b.replaceAll("\\D", "");
        if (na.isEmpty() || nb.isEmpty()) {
            return a.compareTo(b);
        }
        return Integer.compare(Integer.parseInt(na), Integer.parseInt(nb));
    }
}
