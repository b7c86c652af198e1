package id.pantauspbe.reminder;

import id.pantauspbe.base.DailyTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run at {@code pantau.pengingat.waktu} (server time zone) and the retry of
 * failed messages every {@code pantau.pengingat.ulang-menit} minutes; off with
 * {@code pantau.pengingat.jadwal=false} (the tests).
 */
@Component
class ReminderSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderService reminders;
    private final boolean scheduled;
    private final LocalTime time;
    private final int retryMinutes;
    private ScheduledExecutorService executor;

    ReminderSchedule(
            ReminderService reminders,
            @Value("${pantau.pengingat.jadwal:true}") boolean scheduled,
            @Value("${pantau.pengingat.waktu:07:00}") LocalTime time,
            @Value("${pantau.pengingat.ulang-menit:15}") int retryMinutes) {
        this.reminders = reminders;
        this.scheduled = scheduled;
        this.time = time;
        this.retryMinutes = Math.max(1, retryMinutes);
    }

    @Override
    public synchronized void start() {
        if (!scheduled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "reminders");
            thread.setDaemon(true);
            return thread;
        });
        scheduleDaily();
        executor.scheduleWithFixedDelay(this::retry, retryMinutes, retryMinutes, TimeUnit.MINUTES);
    }

    private void scheduleDaily() {
        Duration wait = DailyTime.untilNext(LocalDateTime.now(), time);
        executor.schedule(this::runDaily, wait.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Next reminder run in {} min (at {})", wait.toMinutes(), time);
    }

    private void runDaily() {
        try {
            reminders.runDaily();
        } catch (RuntimeException e) {
            log.error("Reminder run failed", e);
        } finally {
            synchronized (this) {
                if (executor != null && !executor.isShutdown()) {
                    scheduleDaily();
                }
            }
        }
    }

    private void retry() {
        try {
            reminders.retry();
        } catch (RuntimeException e) {
            log.error("Retrying mail failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
