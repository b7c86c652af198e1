package id.pantauspbe.reminder;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.base.UserMessageException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An instansi's reminder settings: whether and when reminders go out, and who gets the Laporan SPBE. */
@Service
@Transactional(readOnly = true)
public class ReminderSettingsService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]{1,64}@[^@\\s.,]+(\\.[^@\\s.,]+)+");

    private final ReminderRepository repository;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReminderSettingsService(ReminderRepository repository, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The saved settings, else the defaults. */
    public ReminderSettings of(String instansiCode) {
        return repository.settings(instansiCode).orElse(ReminderSettings.defaults());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ReminderSettings saveSettings(String instansiCode, ReminderSettings settings) {
        for (int days : settings.daysBefore()) {
            if (days < 0 || days > 60) {
                throw new UserMessageException("reminder.error.days", String.valueOf(days));
            }
        }
        if (settings.reportDay() < 0 || settings.reportDay() > 28) {
            throw new UserMessageException("reminder.error.reportDay", String.valueOf(settings.reportDay()));
        }
        List<String> recipients = new ArrayList<>();
        for (String r : settings.reportRecipients()) {
            String address = r.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!EMAIL.matcher(address).matches() || address.length() > 254) {
                throw new UserMessageException("reminder.error.recipient", address);
            }
            recipients.add(address);
        }
        ReminderSettings clean = new ReminderSettings(
                settings.enabled(),
                settings.daysBefore(),
                settings.overdueDay(),
                recipients,
                settings.reportDay(),
                settings.reportOnStageClose());
        String before = describe(of(instansiCode));
        repository.saveSettings(
                instansiCode, clean, currentUser.username().orElse(AuditService.SYSTEM), OffsetDateTime.now(clock));
        audit.record(
                AuditAction.MAIL_SETTINGS,
                instansiCode,
                new AuditService.Scope(instansiCode, null, null),
                before,
                describe(clean),
                null);
        return clean;
    }

    private static String describe(ReminderSettings s) {
        return (s.enabled() ? "aktif" : "nonaktif") + "; H-" + s.daysBefore() + "; " + s.overdueDay() + "; laporan "
                + s.reportDay() + (s.reportOnStageClose() ? " + tutup tahap" : "") + " → " + s.reportRecipients();
    }
}
