package id.pantauspbe.opd;

import java.time.OffsetDateTime;

/**
 * A file uploaded as a document of an evidence item: the name it was uploaded with (shown and used
 * as the download name), the content type checked from its bytes, its size and SHA-256.
 */
public record EvidenceFile(
        long id,
        long evidenceId,
        String originalName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
