package id.pantauspbe.access;

import java.time.OffsetDateTime;

/**
 * One entry of the audit trail: who did what to which record ({@code key}, for example an
 * indicator code or a username), from what to what, when, and where in the yearly cycle.
 */
public record AuditEvent(
        long id,
        OffsetDateTime at,
        String username,
        AuditAction action,
        String key,
        String instansiCode,
        Integer year,
        String stage,
        String oldValue,
        String newValue,
        String detail) {}
