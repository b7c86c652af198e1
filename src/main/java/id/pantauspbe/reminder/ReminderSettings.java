package id.pantauspbe.reminder;

import java.time.DayOfWeek;
import java.util.List;

/**
 * How an instansi reminds its OPDs and reports to its leaders.
 *
 * @param enabled whether the daily run sends anything (the "kirim sekarang" button works regardless)
 * @param daysBefore the days before a due date on which an OPD is reminded, for example 7, 3, 1
 * @param overdueDay the weekday on which OPDs with overdue items are reminded again
 * @param reportRecipients e-mail addresses that receive the Laporan SPBE
 * @param reportDay day of the month (1–28) on which the Laporan SPBE is sent; 0 = never monthly
 * @param reportOnStageClose whether the Laporan SPBE is also sent on the day a stage closes
 */
public record ReminderSettings(
        boolean enabled,
        List<Integer> daysBefore,
        DayOfWeek overdueDay,
        List<String> reportRecipients,
        int reportDay,
        boolean reportOnStageClose) {

    public ReminderSettings {
        daysBefore = daysBefore.stream().distinct().sorted((a, b) -> b - a).toList();
        reportRecipients = List.copyOf(reportRecipients);
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(true, List.of(7, 3, 1), DayOfWeek.MONDAY, List.of(), 1, true);
    }

    /** The furthest reminder: items due within this many days are listed. */
    public int horizon() {
        return daysBefore.isEmpty() ? 0 : daysBefore.getFirst();
    }
}
