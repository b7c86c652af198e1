package id.pantauspbe.reminder;

import id.pantauspbe.access.UserService;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.TextFormat;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What to send: the year reminders are about, the reminders and Laporan SPBE due today (from {@link
 * ReminderRules} and the settings) and the news of a rejection, each composed by {@link MailComposer}.
 * Sends nothing; {@link ReminderService} queues and sends.
 */
@Component
class ReminderPlanner {

    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);

    /** A message due today, for an OPD (null for a report to a leader) with its count of items. */
    record Planned(OutgoingMail mail, Opd opd, int items) {}

    private final EvidenceService evidence;
    private final OpdService opds;
    private final EvaluationService evaluation;
    private final SelectionService selections;
    private final CycleService cycle;
    private final UserService users;
    private final Clock clock;
    private final MailComposer composer;

    ReminderPlanner(
            EvidenceService evidence,
            OpdService opds,
            EvaluationService evaluation,
            SelectionService selections,
            CycleService cycle,
            UserService users,
            Clock clock,
            @Value("${pantau.url:http://localhost:8080}") String baseUrl) {
        this.evidence = evidence;
        this.opds = opds;
        this.evaluation = evaluation;
        this.selections = selections;
        this.cycle = cycle;
        this.users = users;
        this.clock = clock;
        this.composer = new MailComposer(baseUrl);
    }

    /** The year reminders are about: the working year of the evidence (its open stage, else the latest). */
    Optional<Integer> workingYear(String instansiCode) {
        return selections
                .work(instansiCode, null, evidence.years(instansiCode))
                .map(Selection::year)
                .filter(y -> !evidence.items(instansiCode, y).isEmpty());
    }

    /**
     * Today's reminders to the OPDs (without recipient when the OPD has no e-mail address) and the
     * Laporan SPBE to each recipient when today is the report day or a stage closes.
     */
    List<Planned> plan(String instansiCode, int year, ReminderSettings settings) {
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

    /** The news of a rejected item to its OPD with the assessor's reason; empty when the OPD has no e-mail address. */
    Optional<OutgoingMail> rejection(EvidenceRejected rejected) {
        EvidenceItem item = rejected.item();
        if (item.opdId() == null) {
            return Optional.empty();
        }
        OpdContact contact = opds.contacts(item.instansiCode()).get(item.opdId());
        if (contact == null || !contact.hasEmail()) {
            log.info("Rejection of evidence item {} not mailed: its OPD has no e-mail address", item.id());
            return Optional.empty();
        }
        String instansiName =
                evaluation.find(item.instansiCode()).map(Instansi::name).orElse(item.instansiCode());
        Opd opd = opds.find(item.instansiCode(), item.opdId()).orElseThrow();
        String greeting = Messages.indonesian(
                "mail.greeting",
                contact.headName() == null
                        ? Messages.indonesian("mail.greeting.head", opd.name())
                        : contact.headName());
        return Optional.of(
                composer.rejection(instansiName, item, contact.email(), greeting, rejecter(rejected), today()));
    }

    private String rejecter(EvidenceRejected rejected) {
        return users.find(rejected.rejectedBy()).map(u -> u.displayName()).orElse(rejected.rejectedBy());
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
