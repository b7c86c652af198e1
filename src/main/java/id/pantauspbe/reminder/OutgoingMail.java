package id.pantauspbe.reminder;

/**
 * One e-mail to send: to one recipient, in plain text and HTML, optionally with the Laporan SPBE
 * of a year attached ({@code reportYear} non-null). {@code dedupeKey} makes it unique: the same
 * reminder is never queued twice.
 */
public record OutgoingMail(
        MailKind kind,
        String instansiCode,
        Long opdId,
        String recipient,
        String subject,
        String text,
        String html,
        Integer reportYear,
        String dedupeKey) {}
