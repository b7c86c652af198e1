package id.pantauspbe.opd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The uploaded evidence files under {@code <pantau.data-dir>/evidence}: {@code <year>/<random uuid>},
 * never a path made from the user's file name. An upload is written to {@code tmp/} first and moved
 * into place atomically; files are removed again when the transaction that recorded them rolls back,
 * and removed from disk only after the transaction that deleted their record commits.
 */
@Component
class EvidenceStorage {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceStorage.class);

    private final Path root;

    EvidenceStorage(@Value("${pantau.data-dir:./data}") String dataDir) {
        this.root = Path.of(dataDir).resolve("evidence").toAbsolutePath().normalize();
    }

    /** An upload received into a temporary file: its size in bytes and SHA-256 (hex). */
    record Received(Path path, long size, String sha256) {}

    Path root() {
        return root;
    }

    /**
     * Copies the content into a temporary file, counting and hashing it.
     *
     * @throws UploadRejectedException when it is empty or larger than {@code maxBytes} (the rest is
     *     read and discarded only to tell the size; nothing is kept)
     */
    Received receive(String fileName, InputStream content, long maxBytes) {
        try {
            Path tmp = root.resolve("tmp");
            Files.createDirectories(tmp);
            Path file = Files.createTempFile(tmp, "upload-", ".part");
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                size = copy(content, out, maxBytes + 1);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            if (size > maxBytes) {
                Files.deleteIfExists(file);
                long total = size + content.transferTo(OutputStream.nullOutputStream());
                throw new UploadRejectedException(
                        "evidence.file.rejected.size", fileName, megabytes(total), megabytes(maxBytes));
            }
            if (size == 0) {
                Files.deleteIfExists(file);
                throw new UploadRejectedException("evidence.file.rejected.empty", fileName);
            }
            return new Received(file, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size in MB (1024 × 1024 bytes) as a decimal number for messages. */
    static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    /**
     * Moves a received file to its place ({@code <year>/<uuid>}) and returns its storage key. Inside
     * a transaction the file is removed again if that transaction does not commit.
     */
    String keep(Received received, int year) {
        String key = year + "/" + UUID.randomUUID();
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(received.path(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return key;
    }

    /**
     * Removes temporary files left by uploads that were cut off (a crash or a stop while receiving),
     * once the application is ready; files younger than {@code age} may belong to a running upload.
     */
    @EventListener(ApplicationReadyEvent.class)
    void removeAbandonedUploads() {
        removeTemporaryOlderThan(Duration.ofHours(1));
    }

    int removeTemporaryOlderThan(Duration age) {
        Path tmp = root.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return 0;
        }
        Instant limit = Instant.now().minus(age);
        int removed = 0;
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".part"))
                    .toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(limit) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not clean the temporary upload folder {}", tmp, e);
        }
        return removed;
    }

    /** Removes a temporary file if it is still there. */
    void discard(Received received) {
        try {
            Files.deleteIfExists(received.path());
        } catch (IOException e) {
            LOG.warn("Could not remove temporary upload {}", received.path(), e);
        }
    }

    /** Removes stored files once the current transaction commits (at once without a transaction). */
    void deleteAfterCommit(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.forEach(EvidenceStorage.this::delete);
                }
            });
        } else {
            keys.forEach(this::delete);
        }
    }

    /** The path of a stored file; a key that would leave the storage folder is refused. */
    Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("bad storage key " + key);
        }
        return path;
    }

    private void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove stored evidence file {}", key, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
