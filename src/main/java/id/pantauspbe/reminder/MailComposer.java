package id.pantauspbe.reminder;

import id.pantauspbe.base.Messages;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.opd.EvidenceItem;
import java.time.LocalDate;

/**
 * Writes the e-mails, always in Bahasa Indonesia (the language of a Pemda's correspondence), as
 * plain text and as HTML with the same content. Links point at {@code baseUrl}.
 */
final class MailComposer {

    private final String baseUrl;

    MailComposer(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String remaining(long daysLeft) {
        return ReminderRules.remaining(daysLeft, Messages::indonesian);
    }

    String itemLink(EvidenceItem item) {
        return baseUrl + "/data-dukung?instansi=" + item.instansiCode() + "&tahun=" + item.year()
                + (item.opdId() == null ? "" : "&opd=" + item.opdId()) + "&indikator=" + item.indicatorCode();
    }

    String opdLink(String instansiCode, int year, long opdId) {
        return baseUrl + "/data-dukung?instansi=" + instansiCode + "&tahun=" + year + "&opd=" + opdId;
    }

    OutgoingMail reminder(String instansiCode, String instansiName, int year, OpdReminder reminder, LocalDate today) {
        long overdue = reminder.overdueCount();
        String opdName = reminder.opd().name();
        String subject = overdue > 0
                ? t("mail.reminder.subjectOverdue", String.valueOf(year), String.valueOf(overdue), opdName)
                : t(
                        "mail.reminder.subject",
                        String.valueOf(year),
                        String.valueOf(reminder.items().size()),
                        opdName);
        String greeting = greeting(reminder);
        String intro = t("mail.reminder.intro", String.valueOf(year), instansiName, opdName);
        String link = opdLink(instansiCode, year, reminder.opd().id());
        StringBuilder text =
                new StringBuilder(greeting).append("\n\n").append(intro).append("\n\n");
        StringBuilder rows = new StringBuilder();
        for (DueItem due : reminder.items()) {
            EvidenceItem item = due.item();
            String line = t(
                    "mail.reminder.item",
                    item.indicatorCode() + " " + item.indicatorName(),
                    item.title(),
                    status(item),
                    TextFormat.date(item.dueDate()),
                    remaining(due.daysLeft()));
            text.append("- ").append(line).append("\n  ").append(itemLink(item)).append('\n');
            if (item.reason() != null) {
                text.append("  ")
                        .append(t("mail.reminder.reason", item.reason()))
                        .append('\n');
            }
            rows.append("<tr")
                    .append(due.overdue() ? " style=\"color:#b00020\"" : "")
                    .append('>')
                    .append(td(item.indicatorCode() + " " + item.indicatorName()))
                    .append("<td><a href=\"")
                    .append(html(itemLink(item)))
                    .append("\">")
                    .append(html(item.title()))
                    .append("</a>")
                    .append(
                            item.reason() == null
                                    ? ""
                                    : "<br><small>" + html(t("mail.reminder.reason", item.reason())) + "</small>")
                    .append("</td>")
                    .append(td(status(item)))
                    .append(td(TextFormat.date(item.dueDate())))
                    .append(td(remaining(due.daysLeft())))
                    .append("</tr>");
        }
        String action = t("mail.reminder.action");
        text.append('\n')
                .append(action)
                .append('\n')
                .append(link)
                .append("\n\n")
                .append(footer(instansiName, today));
        String htmlBody = page("<p>" + html(greeting) + "</p><p>" + html(intro) + "</p>"
                + "<table cellpadding=\"6\" style=\"border-collapse:collapse\" border=\"1\"><thead><tr>"
                + th(t("mail.col.indicator")) + th(t("mail.col.document")) + th(t("mail.col.status"))
                + th(t("mail.col.due")) + th(t("mail.col.remaining")) + "</tr></thead><tbody>"
                + rows + "</tbody></table>"
                + "<p>" + html(action) + " <a href=\"" + html(link) + "\">" + html(link) + "</a></p>"
                + "<p><small>" + html(footer(instansiName, today)) + "</small></p>");
        String key = "REMINDER:" + instansiCode + ":" + reminder.opd().id() + ":" + today;
        return new OutgoingMail(
                MailKind.REMINDER,
                instansiCode,
                reminder.opd().id(),
                reminder.contact().email(),
                subject,
                text.toString(),
                htmlBody,
                null,
                key);
    }

    OutgoingMail rejection(
            String instansiName, EvidenceItem item, String recipient, String greeting, String by, LocalDate today) {
        String subject = t("mail.rejection.subject", item.indicatorCode(), item.title());
        String intro = t(
                "mail.rejection.intro",
                item.title(),
                item.indicatorCode() + " " + item.indicatorName(),
                String.valueOf(item.year()),
                by);
        String reason = t("mail.rejection.reason", item.reason() == null ? "–" : item.reason());
        String due = item.dueDate() == null
                ? ""
                : t(
                        "mail.rejection.due",
                        TextFormat.date(item.dueDate()),
                        remaining(java.time.temporal.ChronoUnit.DAYS.between(today, item.dueDate())));
        String link = itemLink(item);
        String text = greeting + "\n\n" + intro + "\n" + reason + "\n" + due + "\n\n" + t("mail.rejection.action")
                + "\n" + link + "\n\n" + footer(instansiName, today);
        String htmlBody = page("<p>" + html(greeting) + "</p><p>" + html(intro) + "</p><p><strong>" + html(reason)
                + "</strong></p>" + (due.isEmpty() ? "" : "<p>" + html(due) + "</p>") + "<p>"
                + html(t("mail.rejection.action")) + " <a href=\"" + html(link) + "\">" + html(link) + "</a></p>"
                + "<p><small>" + html(footer(instansiName, today)) + "</small></p>");
        String key = "REJECTION:" + item.id() + ":" + item.version();
        return new OutgoingMail(
                MailKind.REJECTION, item.instansiCode(), item.opdId(), recipient, subject, text, htmlBody, null, key);
    }

    OutgoingMail report(
            String instansiCode,
            String instansiName,
            int year,
            String recipient,
            String occasion,
            String occasionKey,
            LocalDate today) {
        String subject = t("mail.report.subject", String.valueOf(year), instansiName, occasion);
        String intro = t("mail.report.intro", String.valueOf(year), instansiName, occasion);
        String link = baseUrl + "/?instansi=" + instansiCode + "&tahun=" + year;
        String text = t("mail.report.greeting") + "\n\n" + intro + "\n\n" + t("mail.report.action") + "\n" + link
                + "\n\n" + footer(instansiName, today);
        String htmlBody = page("<p>" + html(t("mail.report.greeting")) + "</p><p>" + html(intro) + "</p><p>"
                + html(t("mail.report.action")) + " <a href=\"" + html(link) + "\">" + html(link) + "</a></p>"
                + "<p><small>" + html(footer(instansiName, today)) + "</small></p>");
        String key = "REPORT:" + instansiCode + ":" + occasionKey + ":" + recipient.toLowerCase();
        return new OutgoingMail(MailKind.REPORT, instansiCode, null, recipient, subject, text, htmlBody, year, key);
    }

    private static String greeting(OpdReminder reminder) {
        String head = reminder.contact().headName();
        String person = reminder.contact().contactName();
        String base = t(
                "mail.greeting",
                head == null ? t("mail.greeting.head", reminder.opd().name()) : head);
        return person == null ? base : base + "\n" + t("mail.greeting.attention", person);
    }

    private static String footer(String instansiName, LocalDate today) {
        return t("mail.footer", instansiName, TextFormat.date(today));
    }

    private static String status(EvidenceItem item) {
        return t("evidence.status." + item.status().name());
    }

    private static String t(String key, Object... params) {
        return Messages.indonesian(key, params);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:sans-serif;font-size:14px\">" + body + "</body></html>";
    }

    private static String td(String text) {
        return "<td>" + html(text) + "</td>";
    }

    private static String th(String text) {
        return "<th align=\"left\">" + html(text) + "</th>";
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
