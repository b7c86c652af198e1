package id.pantauspbe.reminder;

import java.time.OffsetDateTime;

/** A line of the mail log: what was (or is to be) sent to whom, and how it went. */
public record MailLogEntry(
        long id,
        OffsetDateTime createdAt,
        MailKind kind,
        Long opdId,
        String recipient,
        String subject,
        Status status,
        int attempts,
        String lastError,
        OffsetDateTime sentAt) {

    /** ANTRE: queued, TERKIRIM: accepted by the mail server, GAGAL: the last attempt failed. */
    @id.pantauspbe.base.Translated({"mail.status."})
    public enum Status {
        ANTRE,
        TERKIRIM,
        GAGAL
    }
}
