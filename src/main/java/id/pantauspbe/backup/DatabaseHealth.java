package id.pantauspbe.backup;

import id.pantauspbe.base.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Health DOWN, with the reason as the status description, when the database was found damaged at
 * start, when the data folder cannot be written, or when it has less free space than
 * {@code pantau.data-dir-min-free} (default 100MB): every write would fail, so say so.
 */
@Component("dataSafety")
class DatabaseHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

    private final DatabaseIntegrity integrity;
    private final Path dataDir;
    private final DataSize minFree;
    private volatile String lastReason;

    DatabaseHealth(
            DatabaseIntegrity integrity,
            @Value("${pantau.data-dir:./data}") String dataDir,
            @Value("${pantau.data-dir-min-free:100MB}") DataSize minFree) {
        this.integrity = integrity;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.minFree = minFree;
    }

    @Override
    public Health health() {
        String reason = reason();
        if (reason == null) {
            lastReason = null;
            return Health.up().build();
        }
        if (!reason.equals(lastReason)) {
            log.error("Health DOWN: {}", reason);
            lastReason = reason;
        }
        return Health.status(new Status(Status.DOWN.getCode(), reason)).build();
    }

    private String reason() {
        if (integrity.damaged()) {
            return Messages.indonesian(
                    "health.damaged", integrity.latestBackup().orElse(Messages.indonesian("health.noBackup")));
        }
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".health-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            return Messages.indonesian("health.readOnly", dataDir);
        }
        try {
            long free = Files.getFileStore(dataDir).getUsableSpace();
            if (free < minFree.toBytes()) {
                return Messages.indonesian("health.full", dataDir, free / (1024 * 1024), minFree.toMegabytes());
            }
        } catch (IOException e) {
            return Messages.indonesian("health.readOnly", dataDir);
        }
        return null;
    }
}
