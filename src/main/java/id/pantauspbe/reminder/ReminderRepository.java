package id.pantauspbe.reminder;

import static id.pantauspbe.base.EnumColumns.asEnum;
import static id.pantauspbe.jooq.Tables.MAIL_LOG;
import static id.pantauspbe.jooq.Tables.REMINDER_SETTING;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

    /** A queued or failed message with what is needed to send it again. */
    record Pending(long id, OutgoingMail mail, int attempts) {}

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ReminderSettings> settings(String instansiCode) {
        return dsl.selectFrom(REMINDER_SETTING)
                .where(REMINDER_SETTING.INSTANSI_CODE.eq(instansiCode))
                .fetchOptional(r -> new ReminderSettings(
                        r.getEnabled(),
                        r.getDaysBefore().isBlank()
                                ? List.of()
                                : Arrays.stream(r.getDaysBefore().split(","))
                                        .map(String::strip)
                                        .map(Integer::valueOf)
                                        .toList(),
                        DayOfWeek.of(r.getOverdueWeekday()),
                        r.getReportRecipients().isBlank()
                                ? List.of()
                                : List.of(r.getReportRecipients().split(",")),
                        r.getReportDay(),
                        r.getReportStageClose()));
    }

    void saveSettings(String instansiCode, ReminderSettings s, String user, OffsetDateTime at) {
        String days =
                String.join(",", s.daysBefore().stream().map(String::valueOf).toList());
        String recipients = String.join(",", s.reportRecipients());
        int updated = dsl.update(REMINDER_SETTING)
                .set(REMINDER_SETTING.ENABLED, s.enabled())
                .set(REMINDER_SETTING.DAYS_BEFORE, days)
                .set(REMINDER_SETTING.OVERDUE_WEEKDAY, s.overdueDay().getValue())
                .set(REMINDER_SETTING.REPORT_RECIPIENTS, recipients)
                .set(REMINDER_SETTING.REPORT_DAY, s.reportDay())
                .set(REMINDER_SETTING.REPORT_STAGE_CLOSE, s.reportOnStageClose())
                .set(REMINDER_SETTING.UPDATED_BY, user)
                .set(REMINDER_SETTING.UPDATED_AT, at)
                .where(REMINDER_SETTING.INSTANSI_CODE.eq(instansiCode))
                .execute();
        if (updated == 0) {
            dsl.insertInto(REMINDER_SETTING)
                    .set(REMINDER_SETTING.INSTANSI_CODE, instansiCode)
                    .set(REMINDER_SETTING.ENABLED, s.enabled())
                    .set(REMINDER_SETTING.DAYS_BEFORE, days)
                    .set(REMINDER_SETTING.OVERDUE_WEEKDAY, s.overdueDay().getValue())
                    .set(REMINDER_SETTING.REPORT_RECIPIENTS, recipients)
                    .set(REMINDER_SETTING.REPORT_DAY, s.reportDay())
                    .set(REMINDER_SETTING.REPORT_STAGE_CLOSE, s.reportOnStageClose())
                    .set(REMINDER_SETTING.UPDATED_BY, user)
                    .set(REMINDER_SETTING.UPDATED_AT, at)
                    .execute();
        }
    }

    boolean queued(String dedupeKey) {
        return dsl.fetchExists(MAIL_LOG, MAIL_LOG.DEDUPE_KEY.eq(dedupeKey));
    }

    /** Queues a message unless one with its key exists; the id of the new row, empty for a duplicate. */
    Optional<Long> queue(OutgoingMail mail, OffsetDateTime at) {
        if (queued(mail.dedupeKey())) {
            return Optional.empty();
        }
        return dsl.insertInto(MAIL_LOG)
                .set(MAIL_LOG.CREATED_AT, at)
                .set(MAIL_LOG.KIND, mail.kind().name())
                .set(MAIL_LOG.INSTANSI_CODE, mail.instansiCode())
                .set(MAIL_LOG.OPD_ID, mail.opdId())
                .set(MAIL_LOG.RECIPIENT, mail.recipient())
                .set(MAIL_LOG.SUBJECT, cut(mail.subject(), 300))
                .set(MAIL_LOG.TEXT_BODY, cut(mail.text(), 20000))
                .set(MAIL_LOG.HTML_BODY, cut(mail.html(), 40000))
                .set(MAIL_LOG.ATTACHMENT, mail.reportYear() == null ? null : "laporan:" + mail.reportYear())
                .set(MAIL_LOG.DEDUPE_KEY, mail.dedupeKey())
                .set(MAIL_LOG.STATUS, MailLogEntry.Status.ANTRE.name())
                .set(MAIL_LOG.ATTEMPTS, 0)
                .returningResult(MAIL_LOG.ID)
                .fetchOptional()
                .map(r -> r.value1());
    }

    /** Messages to (re)send: queued ones and failed ones with fewer than {@code maxAttempts} tries. */
    List<Pending> pending(int maxAttempts) {
        return dsl.selectFrom(MAIL_LOG)
                .where(MAIL_LOG.STATUS
                        .eq(MailLogEntry.Status.ANTRE.name())
                        .or(MAIL_LOG.STATUS
                                .eq(MailLogEntry.Status.GAGAL.name())
                                .and(MAIL_LOG.ATTEMPTS.lt(maxAttempts))))
                .orderBy(MAIL_LOG.ID)
                .fetch(r -> new Pending(
                        r.getId(),
                        new OutgoingMail(
                                r.get(MAIL_LOG.KIND, MailKind.class),
                                r.getInstansiCode(),
                                r.getOpdId(),
                                r.getRecipient(),
                                r.getSubject(),
                                r.getTextBody(),
                                r.getHtmlBody(),
                                r.getAttachment() == null
                                        ? null
                                        : Integer.valueOf(r.getAttachment().substring("laporan:".length())),
                                r.getDedupeKey()),
                        r.getAttempts()));
    }

    void sent(long id, OffsetDateTime at) {
        dsl.update(MAIL_LOG)
                .set(MAIL_LOG.STATUS, MailLogEntry.Status.TERKIRIM.name())
                .set(MAIL_LOG.ATTEMPTS, MAIL_LOG.ATTEMPTS.plus(1))
                .set(MAIL_LOG.SENT_AT, at)
                .set(MAIL_LOG.LAST_ERROR, (String) null)
                .where(MAIL_LOG.ID.eq(id))
                .execute();
    }

    void failed(long id, String error) {
        dsl.update(MAIL_LOG)
                .set(MAIL_LOG.STATUS, MailLogEntry.Status.GAGAL.name())
                .set(MAIL_LOG.ATTEMPTS, MAIL_LOG.ATTEMPTS.plus(1))
                .set(MAIL_LOG.LAST_ERROR, cut(error, 1000))
                .where(MAIL_LOG.ID.eq(id))
                .execute();
    }

    List<MailLogEntry> log(String instansiCode, int limit) {
        return dsl.select(
                        MAIL_LOG.ID,
                        MAIL_LOG.CREATED_AT,
                        asEnum(MAIL_LOG.KIND, MailKind.class),
                        MAIL_LOG.OPD_ID,
                        MAIL_LOG.RECIPIENT,
                        MAIL_LOG.SUBJECT,
                        asEnum(MAIL_LOG.STATUS, MailLogEntry.Status.class),
                        MAIL_LOG.ATTEMPTS,
                        MAIL_LOG.LAST_ERROR,
                        MAIL_LOG.SENT_AT)
                .from(MAIL_LOG)
                .where(MAIL_LOG.INSTANSI_CODE.eq(instansiCode))
                .orderBy(MAIL_LOG.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(MailLogEntry::new));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
