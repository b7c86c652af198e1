package id.pantauspbe.access;

import java.time.LocalDate;

/**
 * Which audit events to list; null fields do not filter. {@code text} matches the key, the values
 * and the detail (case-insensitive); {@code from} and {@code to} are inclusive dates.
 */
public record AuditFilter(
        String username,
        AuditAction.Entity entity,
        String instansiCode,
        Integer year,
        String stage,
        String text,
        LocalDate from,
        LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }
}
