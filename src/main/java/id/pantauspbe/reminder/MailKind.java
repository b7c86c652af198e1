package id.pantauspbe.reminder;

import id.pantauspbe.base.Translated;

/** What a message is: a reminder of due items, a rejected item, or the Laporan SPBE. */
@Translated({"mail.kind."})
public enum MailKind {
    REMINDER,
    REJECTION,
    REPORT
}
