package id.pantauspbe.backup;

import java.time.OffsetDateTime;

/** A backup: its file name, size in bytes and when it was written. */
public record BackupFile(String name, long size, OffsetDateTime created) {}
