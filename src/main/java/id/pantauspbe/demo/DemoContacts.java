package id.pantauspbe.demo;

import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import id.pantauspbe.opd.OpdService;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo contacts of the OPDs of Kabupaten Contoh: a head and a contact person with an address on the
 * reserved domain {@code .example} (RFC 2606: no mail can reach anyone) and a phone number. The
 * Sekretariat DPRD has none yet, so the reminder page shows an OPD without an address.
 */
@Component
@Profile("demo")
@Order(15)
class DemoContacts implements ApplicationRunner {

    static final String DOMAIN = "kabupaten-contoh.example";
    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);
    private static final String WITHOUT_CONTACT = "Setwan";

    private static final List<String> HEADS = List.of(
            "Drs. Bambang Sutrisno, M.Si.",
            "Ir. Sri Wahyuni, M.M.",
            "Dr. Agus Prasetyo, S.H., M.H.",
            "Dra. Endang Lestari, M.Si.",
            "Budi Santoso, S.T., M.T.",
            "Hj. Siti Aminah, S.Sos., M.Si.",
            "Joko Widodo Saputro, S.E., M.M.",
            "Dr. Retno Wulandari, M.Kes.",
            "Slamet Riyadi, S.Kom., M.Kom.",
            "Ir. Heru Purnomo, M.T.");
    private static final List<String> CONTACTS = List.of(
            "Dewi Anggraini, S.Kom.",
            "Rizky Pratama, S.T.",
            "Fitri Handayani, S.E.",
            "Andi Setiawan, A.Md.",
            "Nur Hidayah, S.Sos.",
            "Yoga Aditya, S.Kom.",
            "Ratna Sari, S.H.",
            "Eko Nugroho, S.Si.",
            "Putri Maharani, S.I.Kom.",
            "Wahyu Hidayat, S.Kom.",
            "Lina Marlina, S.AP.");

    private final OpdService opds;
    private final CurrentUser currentUser;

    DemoContacts(OpdService opds, CurrentUser currentUser) {
        this.opds = opds;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String home = DemoData.HOME;
        List<Opd> registry = opds.list(home);
        if (registry.isEmpty() || opds.contacts(home).values().stream().anyMatch(OpdContact::hasEmail)) {
            return;
        }
        currentUser.runAs(AuditService.SYSTEM, Role.ADMIN, () -> {
            for (int i = 0; i < registry.size(); i++) {
                Opd opd = registry.get(i);
                if (opd.shortName().equals(WITHOUT_CONTACT)) {
                    continue;
                }
                opds.saveContact(home, contactOf(opd, i));
            }
        });
        log.info("Loaded the demo OPD contacts of Kabupaten Contoh");
    }

    static OpdContact contactOf(Opd opd, int i) {
        String slug = opd.shortName()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String phone = String.format(Locale.ROOT, "0291 59%d %03d", i % 10, 100 + i * 37 % 900);
        return new OpdContact(
                opd.id(), HEADS.get(i % HEADS.size()), CONTACTS.get(i % CONTACTS.size()), slug + "@" + DOMAIN, phone);
    }
}
