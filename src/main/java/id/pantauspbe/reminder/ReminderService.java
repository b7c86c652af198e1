package id.pantauspbe.reminder;

import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Selection;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.evaluation.StageSchedule;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceRejected;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.rakor.ReportService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
 * Reminders of due evidence to the OPDs, the news of a rejected item to its OPD, and the Laporan
 * SPBE to the leaders, by e-mail. Every message is first written to the mail log (its key makes a
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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]{1,64}@[^@\\s.,]+(\\.[^@\\s.,]+)+");

    /** What the next run would send. */
    public record Preview(LocalDate today, Integer year, List<PlannedMail> mails, List<Opd> opdsWithoutEmail) {}

    /** A message of the preview and whether it already went out today. */
    public record PlannedMail(OutgoingMail mail, String opdName, int itemCount, boolean alreadySent) {}

    private final ReminderRepository repository;
    private final Mailer mailer;
    private final EvidenceService evidence;
    private final OpdService opds;
    private final EvaluationService evaluation;
    private final SelectionService selections;
    private final CycleService cycle;
    private final ReportService reports;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final MailComposer composer;
    private final TransactionTemplate newTransaction;

    ReminderService(
            ReminderRepository repository,
            Mailer mailer,
            EvidenceService evidence,
            OpdService opds,
            EvaluationService evaluation,
            SelectionService selections,
            CycleService cycle,
            ReportService reports,
            AuditService audit,
            CurrentUser currentUser,
            UserService users,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${pantau.url:http://localhost:8080}") String baseUrl) {
        this.repository = repository;
        this.mailer = mailer;
        this.evidence = evidence;
        this.opds = opds;
        this.evaluation = evaluation;
        this.selections = selections;
        this.cycle = cycle;
        this.reports = reports;
        this.audit = audit;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.composer = new MailComposer(baseUrl);
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

    public ReminderSettings reminderSettings(String instansiCode) {
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
        String before = describe(reminderSettings(instansiCode));
        repository.saveSettings(instansiCode, clean, currentUser.username().orElse(AuditService.SYSTEM), now());
        audit.record(
                AuditAction.MAIL_SETTINGS,
                instansiCode,
                new AuditService.Scope(instansiCode, null, null),
                before,
                describe(clean),
                null);
        return clean;
    }

    /** The year reminders are about: the working year of the evidence (its open stage, else the latest). */
    public Optional<Integer> workingYear(String instansiCode) {
        return selections
                .work(instansiCode, null, evidence.years(instansiCode))
                .map(Selection::year)
                .filter(y -> !evidence.items(instansiCode, y).isEmpty());
    }

    /** What a run now would send: reminders of today and due reports, marked when already sent. */
    @PreAuthorize("hasRole('ADMIN')")
    public Preview preview(String instansiCode) {
        Optional<Integer> year = workingYear(instansiCode);
        List<PlannedMail> planned = new ArrayList<>();
        List<Opd> withoutEmail = new ArrayList<>();
        if (year.isPresent()) {
            for (Planned p : plan(instansiCode, year.get(), reminderSettings(instansiCode))) {
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

    /**
     * The signed-in user's due items of the home Pemda's working year: an OPD operator's own OPD's,
     * everyone else's for ADMIN and ASESOR, none for PIMPINAN.
     */
    /** Whether the signed-in user has evidence deadlines at all: a leader only reads. */
    public boolean hasDeadlines() {
        return currentUser.username().isPresent() && !currentUser.hasRole(Role.PIMPINAN);
    }

    public List<DueItem> myDueItems() {
        Optional<String> username = currentUser.username();
        Optional<Instansi> home = evaluation.home();
        if (username.isEmpty() || home.isEmpty() || currentUser.hasRole(Role.PIMPINAN)) {
            return List.of();
        }
        Optional<Integer> year = workingYear(home.get().code());
        if (year.isEmpty()) {
            return List.of();
        }
        List<EvidenceItem> items = evidence.items(home.get().code(), year.get());
        if (currentUser.hasRole(Role.OPERATOR_OPD)) {
            Long opd = users.find(username.get()).map(u -> u.opdId()).orElse(null);
            items = items.stream()
                    .filter(i -> opd != null && opd.equals(i.opdId()))
                    .toList();
        } else if (!currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.ASESOR)) {
            return List.of();
        }
        return ReminderRules.dueItems(
                items, today(), reminderSettings(home.get().code()).horizon());
    }

    /** The daily run of the schedule: queue what is due today (when enabled), then send everything queued. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void runDaily() {
        if (!mailer.configured()) {
            log.info("Reminders skipped: no mail server configured (spring.mail.host)");
            return;
        }
        evaluation.home().ifPresent(home -> {
            if (reminderSettings(home.code()).enabled()) {
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
        EvidenceItem item = rejected.item();
        if (!mailer.configured() || item.opdId() == null) {
            return;
        }
        OpdContact contact = opds.contacts(item.instansiCode()).get(item.opdId());
        if (contact == null || !contact.hasEmail()) {
            log.info("Rejection of evidence item {} not mailed: its OPD has no e-mail address", item.id());
            return;
        }
        String instansiName =
                evaluation.find(item.instansiCode()).map(Instansi::name).orElse(item.instansiCode());
        Opd opd = opds.find(item.instansiCode(), item.opdId()).orElseThrow();
        String greeting = Messages.indonesian(
                "mail.greeting",
                contact.headName() == null
                        ? Messages.indonesian("mail.greeting.head", opd.name())
                        : contact.headName());
        OutgoingMail mail =
                composer.rejection(instansiName, item, contact.email(), greeting, rejecter(rejected), today());
        newTransaction.executeWithoutResult(s -> repository.queue(mail, now()));
        try {
            deliverPending();
        } catch (RuntimeException e) {
            log.warn("Rejection mail of evidence item {} not sent yet: {}", item.id(), e.toString());
        }
    }

    private String rejecter(EvidenceRejected rejected) {
        return users.find(rejected.rejectedBy()).map(u -> u.displayName()).orElse(rejected.rejectedBy());
    }

    private record Planned(OutgoingMail mail, Opd opd, int items) {}

    private List<Planned> plan(String instansiCode, int year, ReminderSettings settings) {
        LocalDate today = today();
        String instansiName = evaluation.find(instansiCode).map(Instansi::name).orElse(instansiCode);
        List<Opd> registry = opds.list(instansiCode);
        Map<Long, OpdContact> contacts = opds.contacts(instansiCode);
        List<Planned> planned = new ArrayList<>();
        for (OpdReminder r :
                ReminderRules.reminders(evidence.items(instansiCode, year), registry, contacts, today, settings)) {
            OutgoingMail mail = composer.reminder(instansiCode, instansiName, year, r, today);
            planned.add(new Planned(
                    r.contact().hasEmail() ? mail : withoutRecipient(mail),
                    r.opd(),
                    r.items().size()));
        }
        List<String> occasions = new ArrayList<>();
        List<String> occasionKeys = new ArrayList<>();
        if (settings.reportDay() > 0 && today.getDayOfMonth() == settings.reportDay()) {
            occasions.add(Messages.indonesian("mail.report.monthly", TextFormat.date(today)));
            occasionKeys.add("monthly:" + today.getYear() + "-" + today.getMonthValue());
        }
        if (settings.reportOnStageClose()) {
            for (StageSchedule stage : cycle.schedule(instansiCode, year)) {
                if (today.equals(stage.closesOn())) {
                    occasions.add(Messages.indonesian(
                            "mail.report.stageClosed",
                            Messages.indonesian("stage." + stage.stage().name())));
                    occasionKeys.add("stage:" + year + ":" + stage.stage().name());
                }
            }
        }
        for (int i = 0; i < occasions.size(); i++) {
            for (String recipient : settings.reportRecipients()) {
                planned.add(new Planned(
                        composer.report(
                                instansiCode,
                                instansiName,
                                year,
                                recipient,
                                occasions.get(i),
                                occasionKeys.get(i),
                                today),
                        null,
                        0));
            }
        }
        return planned;
    }

    private static OutgoingMail withoutRecipient(OutgoingMail m) {
        return new OutgoingMail(
                m.kind(),
                m.instansiCode(),
                m.opdId(),
                null,
                m.subject(),
                m.text(),
                m.html(),
                m.reportYear(),
                m.dedupeKey());
    }

    private int queueToday(String instansiCode) {
        Optional<Integer> year = workingYear(instansiCode);
        if (year.isEmpty()) {
            return 0;
        }
        int queued = 0;
        for (Planned p : plan(instansiCode, year.get(), reminderSettings(instansiCode))) {
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

    private static String describe(ReminderSettings s) {
        return (s.enabled() ? "aktif" : "nonaktif") + "; H-" + s.daysBefore() + "; " + s.overdueDay() + "; laporan "
                + s.reportDay() + (s.reportOnStageClose() ? " + tutup tahap" : "") + " → " + s.reportRecipients();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
