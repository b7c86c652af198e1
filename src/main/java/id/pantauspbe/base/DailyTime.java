package id.pantauspbe.base;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Daily jobs (backups, reminders): when the next run at a time of day is due. */
public final class DailyTime {

    private DailyTime() {}

    /** The time until the next {@code time} of day after {@code now}. */
    public static Duration untilNext(LocalDateTime now, LocalTime time) {
        LocalDateTime next = now.toLocalDate().atTime(time);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }
}
