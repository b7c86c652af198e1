package id.pantauspbe.reminder;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.opd.EvidenceRejected;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.rakor.ReportService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending the reminders of due evidence to the OPDs, the news of a rejected item to its OPD, and the
 * Laporan SPBE to the leaders, by e-mail (what to send is {@link ReminderPlanner}'s, the settings
 * {@link ReminderSettingsService}'s). Every message is first written to the mail log (its key makes a
 * second copy of the same reminder on the same day impossible), then sent; a failed message stays
 * in the log as GAGAL and is tried again (at most {@link #MAX_ATTEMPTS} times) by the next run or
 * the retry every few minutes ({@code ReminderSchedule}).
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    public static final int MAX_ATTEMPTS = 5;
    static final int LOG_LIMIT = 200;
    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    /** What the next run would send. */
    public record Preview(LocalDate today, Integer year, List<PlannedMail> mails, List<Opd> opdsWithoutEmail) {}

    /** A message of the preview and whether it already went out today. */
    public record PlannedMail(OutgoingMail mail, String opdName, int itemCount, boolean alreadySent) {}

    private final ReminderRepository repository;
    private final Mailer mailer;
    private final ReminderPlanner planner;
    private final ReminderSettingsService settings;
    private final EvaluationService evaluation;
    private final ReportService reports;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    ReminderService(
            ReminderRepository repository,
            Mailer mailer,
            ReminderPlanner planner,
            ReminderSettingsService settings,
            EvaluationService evaluation,
            ReportService reports,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.mailer = mailer;
        this.planner = planner;
        this.settings = settings;
        this.evaluation = evaluation;
        this.reports = reports;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether a mail server is configured ({@code spring.mail.host}). */
    public boolean mailConfigured() {
        return mailer.configured();
    }

    public String sender() {
        return mailer.from();
    }

    /** What a run now would send: reminders of today and due reports, marked when already sent. */
    @PreAuthorize("hasRole('ADMIN')")
    public Preview preview(String instansiCode) {
        Optional<Integer> year = planner.workingYear(instansiCode);
        List<PlannedMail> planned = new ArrayList<>();
        List<Opd> withoutEmail = new ArrayList<>();
        if (year.isPresent()) {
            for (ReminderPlanner.Planned p : planner.plan(instansiCode, year.get(), settings.of(instansiCode))) {
                if (p.mail().recipient() == null) {
                    withoutEmail.add(p.opd());
                } else {
                    planned.add(new PlannedMail(
                            p.mail(),
                            p.opd() == null ? "" : p.opd().name(),
                            p.items(),
                            repository.queued(p.mail().dedupeKey())));
                }
            }
        }
        return new Preview(today(), year.orElse(null), planned, withoutEmail);
    }

    /** Sends today's due reminders and reports now, and retries failed messages; the number sent. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public int sendNow(String instansiCode) {
        if (!mailer.configured()) {
            throw new UserMessageException("reminder.error.noServer");
        }
        queueToday(instansiCode);
        return deliverPending();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<MailLogEntry> mailLog(String instansiCode) {
        return repository.log(instansiCode, LOG_LIMIT);
    }

    /** The daily run of the schedule: queue what is due today (when enabled), then send everything queued. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void runDaily() {
        if (!mailer.configured()) {
            log.info("Reminders skipped: no mail server configured (spring.mail.host)");
            return;
        }
        evaluation.home().ifPresent(home -> {
            if (settings.of(home.code()).enabled()) {
                currentUser.runAs(AuditService.SYSTEM, Role.ADMIN, () -> queueToday(home.code()));
            }
        });
        retry();
    }

    /** Sends queued and failed messages again (the retry of the schedule). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void retry() {
        if (mailer.configured()) {
            currentUser.runAs(AuditService.SYSTEM, Role.ADMIN, this::deliverPending);
        }
    }

    /** Tells an item's OPD at once that it was rejected, with the assessor's reason. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void onRejected(EvidenceRejected rejected) {
        if (!mailer.configured()) {
            return;
        }
        Optional<OutgoingMail> mail = planner.rejection(rejected);
        if (mail.isEmpty()) {
            return;
        }
        newTransaction.executeWithoutResult(s -> repository.queue(mail.get(), now()));
        try {
            deliverPending();
        } catch (RuntimeException e) {
            log.warn(
                    "Rejection mail of evidence item {} not sent yet: {}",
                    rejected.item().id(),
                    e.toString());
        }
    }

    private int queueToday(String instansiCode) {
        Optional<Integer> year = planner.workingYear(instansiCode);
        if (year.isEmpty()) {
            return 0;
        }
        int queued = 0;
        for (ReminderPlanner.Planned p : planner.plan(instansiCode, year.get(), settings.of(instansiCode))) {
            if (p.mail().recipient() == null) {
                continue;
            }
            Boolean added = newTransaction.execute(
                    s -> repository.queue(p.mail(), now()).isPresent());
            if (Boolean.TRUE.equals(added)) {
                queued++;
            }
        }
        return queued;
    }

    /** Sends every queued or failed message; one at a time, so two runs never send one twice. */
    private synchronized int deliverPending() {
        int sent = 0;
        for (ReminderRepository.Pending pending : repository.pending(MAX_ATTEMPTS)) {
            OutgoingMail mail = pending.mail();
            AtomicReference<String> error = new AtomicReference<>();
            try {
                mailer.send(mail, attachment(mail));
            } catch (Exception e) {
                error.set(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
            }
            AuditService.Scope scope = new AuditService.Scope(mail.instansiCode(), mail.reportYear(), null);
            newTransaction.executeWithoutResult(s -> {
                if (error.get() == null) {
                    repository.sent(pending.id(), now());
                    audit.recordAs(
                            AuditService.SYSTEM,
                            AuditAction.MAIL_SENT,
                            mail.recipient(),
                            scope,
                            null,
                            mail.subject(),
                            null);
                } else {
                    repository.failed(pending.id(), error.get());
                    audit.recordAs(
                            AuditService.SYSTEM,
                            AuditAction.MAIL_FAILED,
                            mail.recipient(),
                            scope,
                            null,
                            mail.subject(),
                            Messages.indonesian("reminder.attempt", String.valueOf(pending.attempts() + 1)) + ": "
                                    + error.get());
                }
            });
            if (error.get() == null) {
                sent++;
            } else {
                log.warn("Mail to {} failed (attempt {}): {}", mail.recipient(), pending.attempts() + 1, error.get());
            }
        }
        return sent;
    }

    private Mailer.Attachment attachment(OutgoingMail mail) {
        if (mail.reportYear() == null) {
            return null;
        }
        AtomicReference<ExportFile> file = new AtomicReference<>();
        currentUser.runAs(
                AuditService.SYSTEM,
                Role.ADMIN,
                () -> reports.report(mail.instansiCode(), mail.reportYear(), ReportService.ReportFormat.PDF, false)
                        .ifPresent(file::set));
        if (file.get() == null) {
            throw new IllegalStateException("no Laporan SPBE for " + mail.instansiCode() + " " + mail.reportYear());
        }
        return new Mailer.Attachment(
                file.get().fileName(), file.get().contentType(), file.get().content());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
