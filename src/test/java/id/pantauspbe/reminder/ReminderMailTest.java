package id.pantauspbe.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.EvidenceUpdate;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import id.pantauspbe.opd.OpdService;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminders, rejections and reports sent to a real SMTP server (GreenMail) inside the test, on the
 * demo data; "today" is Monday 23 November 2026, when the OPD deadline of 18 June has long passed.
 */
@AppTest
@TestPropertySource(
        properties = {
            // a database of its own: the mail log and audit entries of these tests stay here
            "spring.datasource.url=jdbc:h2:mem:pantau-mail;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jooq.sql-dialect=H2",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "pantau.url=https://spbe.contoh.example"
        })
class ReminderMailTest {

    private static final String HOME = "CONTOH";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderSettingsService reminderSettings;

    @Autowired
    EvidenceService evidence;

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptyMailboxAndLog() throws Exception {
        if (!MAIL.isRunning()) {
            MAIL.start();
        }
        MAIL.purgeEmailFromAllMailboxes();
        jdbc.update("delete from mail_log");
        jdbc.update("delete from reminder_setting");
    }

    private <T> T as(String user, Role role, Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        currentUser.runAs(user, role, () -> result.set(task.get()));
        return result.get();
    }

    private static String recipient(MimeMessage message) throws Exception {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to[0].toString();
    }

    /** The plain-text alternative of a message. */
    private static String text(MimeMessage message) throws Exception {
        String found = textOf(message);
        assertThat(found).as("text/plain part").isNotNull();
        return found;
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String inner = textOf(multipart.getBodyPart(i));
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private Opd dinsos() {
        return opds.findByShortName(HOME, "Dinsos").orElseThrow();
    }

    @Test
    void eachOpdWithOverdueItemsGetsOneMessageListingThemInIndonesian() throws Exception {
        ReminderService.Preview preview = as("koordinator", Role.ADMIN, () -> reminders.preview(HOME));
        assertThat(preview.year()).isEqualTo(2026);
        assertThat(preview.opdsWithoutEmail()).extracting(Opd::shortName).doesNotContain("Dinsos");

        int sent = as("koordinator", Role.ADMIN, () -> reminders.sendNow(HOME));

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(sent)
                .isPositive()
                .isEqualTo(received.length)
                .isEqualTo(preview.mails().size());
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : received) {
            recipients.add(recipient(m));
        }
        assertThat(recipients).doesNotHaveDuplicates();
        String dinsosAddress = opds.contacts(HOME).get(dinsos().id()).email();
        assertThat(recipients).contains(dinsosAddress);

        MimeMessage toDinsos = Arrays.stream(received)
                .filter(m -> {
                    try {
                        return recipient(m).equals(dinsosAddress);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(toDinsos.getSubject())
                .startsWith("Pengingat data dukung SPBE 2026:")
                .contains("lewat tenggat")
                .endsWith("Dinas Sosial");
        String body = text(toDinsos);
        assertThat(body)
                .contains("Yth.")
                .contains("Dinas Sosial")
                .contains("tenggat 18 Juni 2026 (lewat 158 hari)")
                .contains("https://spbe.contoh.example/data-dukung?instansi=CONTOH&tahun=2026&opd=" + dinsos().id());
        // plain text and HTML alternatives
        assertThat(toDinsos.getContent()).isInstanceOf(Multipart.class);
        assertThat(toDinsos.getContentType()).contains("multipart");

        List<MailLogEntry> log = as("koordinator", Role.ADMIN, () -> reminders.mailLog(HOME));
        assertThat(log).hasSize(sent).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(MailLogEntry.Status.TERKIRIM);
            assertThat(e.kind()).isEqualTo(MailKind.REMINDER);
            assertThat(e.sentAt()).isNotNull();
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'MAIL_SENT' and entity_key = ?",
                        Integer.class,
                        dinsosAddress))
                .isPositive();
    }

    @Test
    void aSecondRunTheSameDaySendsNothingAgain() {
        int first = as("koordinator", Role.ADMIN, () -> reminders.sendNow(HOME));
        int second = as("koordinator", Role.ADMIN, () -> reminders.sendNow(HOME));
        reminders.runDaily();
        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(first);
        assertThat(as("koordinator", Role.ADMIN, () -> reminders.preview(HOME)).mails())
                .allSatisfy(p -> assertThat(p.alreadySent()).isTrue());
    }

    @Test
    void aFailedSendIsLoggedShownAndRetriedLater() {
        MAIL.stop();
        int sent = as("koordinator", Role.ADMIN, () -> reminders.sendNow(HOME));
        assertThat(sent).isZero();
        List<MailLogEntry> failed = as("koordinator", Role.ADMIN, () -> reminders.mailLog(HOME));
        assertThat(failed).isNotEmpty().allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(MailLogEntry.Status.GAGAL);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).isNotBlank();
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MAIL_FAILED'", Integer.class))
                .isPositive();

        MAIL.start();
        reminders.retry();
        assertThat(MAIL.getReceivedMessages()).hasSize(failed.size());
        assertThat(as("koordinator", Role.ADMIN, () -> reminders.mailLog(HOME))).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(MailLogEntry.Status.TERKIRIM);
            assertThat(e.attempts()).isEqualTo(2);
        });
    }

    @Test
    void aRejectedItemIsMailedToItsOpdAtOnceWithTheReason() throws Exception {
        EvidenceItem item = evidence.items(HOME, 2026).stream()
                .filter(i -> dinsos().id() == i.opdId() && i.status() == EvidenceStatus.DIUNGGAH)
                .findFirst()
                .orElseGet(() -> evidence.items(HOME, 2026).stream()
                        .filter(i -> dinsos().id() == i.opdId() && i.status() != EvidenceStatus.DITOLAK)
                        .findFirst()
                        .orElseThrow());
        EvidenceItem rejected = as(
                "asesor",
                Role.ASESOR,
                () -> evidence.update(new EvidenceUpdate(
                        item.id(),
                        item.version(),
                        item.title(),
                        EvidenceStatus.DITOLAK,
                        "Belum ditandatangani kepala dinas",
                        item.dueDate(),
                        item.link(),
                        item.note())));
        try {
            MimeMessage[] received = MAIL.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(recipient(received[0]))
                    .isEqualTo(opds.contacts(HOME).get(dinsos().id()).email());
            assertThat(received[0].getSubject())
                    .isEqualTo("Data dukung ditolak: " + item.indicatorCode() + " \"" + item.title() + "\"");
            assertThat(text(received[0]))
                    .contains("ditolak oleh Tim Asesor Internal")
                    .contains("Alasan: Belum ditandatangani kepala dinas")
                    .contains("indikator=" + item.indicatorCode());
            assertThat(as("koordinator", Role.ADMIN, () -> reminders.mailLog(HOME)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(MailKind.REJECTION));
        } finally {
            as(
                    "koordinator",
                    Role.ADMIN,
                    () -> evidence.update(new EvidenceUpdate(
                            rejected.id(),
                            rejected.version(),
                            item.title(),
                            item.status(),
                            item.reason(),
                            item.dueDate(),
                            item.link(),
                            item.note())));
        }
    }

    @Test
    void theLaporanSpbeGoesToTheLeadersOnTheChosenDayWithThePdf() throws Exception {
        ReminderSettings settings = new ReminderSettings(
                true,
                List.of(7, 3, 1),
                DayOfWeek.FRIDAY,
                List.of("bupati@kabupaten-contoh.example", "kadis@kabupaten-contoh.example"),
                23,
                false);
        as("koordinator", Role.ADMIN, () -> reminderSettings.saveSettings(HOME, settings));
        as("koordinator", Role.ADMIN, () -> reminders.sendNow(HOME));
        List<MimeMessage> reports = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getSubject().startsWith("Laporan SPBE")) {
                reports.add(m);
            }
        }
        // Friday is the overdue day now: no reminders on a Monday without milestones, two reports
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
        assertThat(reports).hasSize(2);
        MimeMessage report = reports.getFirst();
        assertThat(report.getSubject())
                .isEqualTo("Laporan SPBE 2026 Kabupaten Contoh \u2013 laporan bulanan 23 November 2026");
        Part pdf = attachment((Multipart) report.getContent());
        assertThat(pdf.getFileName()).isEqualTo("laporan-spbe-CONTOH-2026.pdf");
        byte[] head = pdf.getInputStream().readNBytes(5);
        assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    private static Part attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof Multipart inner) {
                Part found = attachment(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void badSettingsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> as(
                        "koordinator",
                        Role.ADMIN,
                        () -> reminderSettings.saveSettings(
                                HOME, new ReminderSettings(true, List.of(90), DayOfWeek.MONDAY, List.of(), 1, true))))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Hari sebelum tenggat harus 0 sampai 60, bukan 90.");
        assertThatThrownBy(() -> as(
                        "koordinator",
                        Role.ADMIN,
                        () -> reminderSettings.saveSettings(
                                HOME,
                                new ReminderSettings(
                                        true, List.of(7), DayOfWeek.MONDAY, List.of("bukan alamat"), 1, true))))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Alamat penerima \"bukan alamat\" tidak valid.");
    }

    @Test
    void theApiSendsForAnAdminAndRefusesOthers() throws Exception {
        HttpResponse<String> refused = post("kadis");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"pesan\"");
        assertThat(post(null).statusCode()).isEqualTo(401);
        HttpResponse<String> ok = post("koordinator");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"terkirim\":" + MAIL.getReceivedMessages().length + "}");
        assertThat(post("koordinator").body()).isEqualTo("{\"terkirim\":0}");
    }

    @Test
    void anOpdWithoutAnAddressIsListedNotMailed() {
        Opd dinsos = dinsos();
        OpdContact before = opds.contacts(HOME).get(dinsos.id());
        as(
                "koordinator",
                Role.ADMIN,
                () -> opds.saveContact(
                        HOME, new OpdContact(dinsos.id(), before.headName(), before.contactName(), null, null)));
        try {
            ReminderService.Preview preview = as("koordinator", Role.ADMIN, () -> reminders.preview(HOME));
            assertThat(preview.opdsWithoutEmail()).extracting(Opd::shortName).contains("Dinsos");
            as("koordinator", Role.ADMIN, () -> reminders.sendNow(HOME));
            assertThat(as("koordinator", Role.ADMIN, () -> reminders.mailLog(HOME)))
                    .noneSatisfy(e -> assertThat(e.opdId()).isEqualTo(dinsos.id()));
        } finally {
            as("koordinator", Role.ADMIN, () -> opds.saveContact(HOME, before));
        }
    }

    private HttpResponse<String> post(String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/pengingat/kirim"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
