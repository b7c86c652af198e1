package id.pantauspbe.backup;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups ({@code pantau.backup.*}).
 *
 * @param daily whether a backup is taken every day at {@code time}
 * @param time the time of day of the daily backup (server time zone)
 * @param keep the most backups kept (the newest; older ones are deleted after each backup)
 * @param keepDays backups older than this many days are deleted (the newest one is always kept)
 * @param directory where backups are written; empty for {@code <pantau.data-dir>/backup}
 * @param beforeImport whether a backup is taken before every import that is stored
 * @param beforeStageClose whether a backup is taken before a stage is closed
 * @param checkAtStart whether every table is read through every index at start (damage is not served)
 */
@ConfigurationProperties("pantau.backup")
public record BackupSettings(
        @DefaultValue("true") boolean daily,
        @DefaultValue("02:00") LocalTime time,
        @DefaultValue("14") int keep,
        @DefaultValue("30") int keepDays,
        @DefaultValue("") String directory,
        @DefaultValue("true") boolean beforeImport,
        @DefaultValue("true") boolean beforeStageClose,
        @DefaultValue("true") boolean checkAtStart) {}
