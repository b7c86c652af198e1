package id.pantauspbe.backup;

import id.pantauspbe.base.DailyTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** The daily backup at {@code pantau.backup.time} (server time zone), when {@code pantau.backup.daily}. */
@Component
class BackupSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;
    private final BackupSettings settings;
    private final DatabaseIntegrity integrity;
    private ScheduledExecutorService executor;

    BackupSchedule(BackupService backups, BackupSettings settings, DatabaseIntegrity integrity) {
        this.backups = backups;
        this.settings = settings;
        this.integrity = integrity;
    }

    @Override
    public synchronized void start() {
        if (!settings.daily()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "daily-backup");
            thread.setDaemon(true);
            return thread;
        });
        scheduleNext();
    }

    private void scheduleNext() {
        Duration wait = DailyTime.untilNext(LocalDateTime.now(), settings.time());
        executor.schedule(this::runDaily, wait.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Next daily backup in {} min (at {})", wait.toMinutes(), settings.time());
    }

    private void runDaily() {
        try {
            if (integrity.damaged()) {
                log.error("Daily backup skipped: the database is damaged (the older backups are kept)");
            } else {
                backups.take("harian");
            }
        } catch (RuntimeException e) {
            log.error("Daily backup failed", e);
        } finally {
            synchronized (this) {
                if (executor != null && !executor.isShutdown()) {
                    scheduleNext();
                }
            }
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
