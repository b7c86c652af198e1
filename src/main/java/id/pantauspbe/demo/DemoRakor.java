package id.pantauspbe.demo;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.ActionStatus;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.rakor.RakorService;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo rakor: the meetings on the 2020 and 2024 results with their agreements and action items
 * (some done, some not), so the 2021 and 2025 presentations open with a follow-up list.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRakor implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRakor.class);
    private static final String HOME = DemoData.HOME;

    private final RakorService rakor;
    private final OpdService opds;
    private final CurrentUser currentUser;

    DemoRakor(RakorService rakor, OpdService opds, CurrentUser currentUser) {
        this.rakor = rakor;
        this.opds = opds;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (opds.list(HOME).isEmpty() || !rakor.ofOpd(opd("Diskominfo")).isEmpty()) {
            return;
        }
        currentUser.runAs("koordinator", Role.ADMIN, () -> {
            rakor.saveClosing(
                    HOME,
                    2020,
                    "Indeks 2020 naik menjadi 3,08 (Baik). Kerangka PermenPANRB 59/2020 menambah indikator: "
                            + "semua OPD menyiapkan data dukung sejak awal tahun.",
                    java.time.LocalDate.of(2021, 2, 18));
            action(
                    2020,
                    "Diskominfo",
                    "Menyusun Arsitektur SPBE daerah",
                    "Kabid Aplikasi Informatika",
                    "2021-06-30",
                    ActionStatus.SELESAI);
            action(
                    2020,
                    "Bappeda",
                    "Memasukkan Peta Rencana SPBE ke RKPD 2022",
                    "Sekretaris Bappeda",
                    "2021-08-31",
                    ActionStatus.SELESAI);
            action(
                    2020,
                    "Dinsos",
                    "Mendokumentasikan layanan bansos digital",
                    "Kabid Linjamsos",
                    "2021-07-31",
                    ActionStatus.BERJALAN);
            action(
                    2020,
                    "Inspektorat",
                    "Audit TIK internal pertama",
                    "Inspektur Pembantu II",
                    "2021-10-31",
                    ActionStatus.TERBUKA);

            // Disdukcapil was weak in the OPD questionnaire of 2022 and 2023; the action of the
            // 2023 rakor is why it recovered in 2024 (the OPD trend shows both on one time axis)
            action(
                    2023,
                    "Disdukcapil",
                    "Pendampingan Diskominfo: SOP layanan adminduk daring dan pengelola SPBE OPD",
                    "Sekretaris Disdukcapil",
                    "2024-03-31",
                    ActionStatus.SELESAI);

            rakor.saveClosing(
                    HOME,
                    2024,
                    "Target 2025: indeks 3,80. Fokus pada domain Manajemen SPBE dan keamanan informasi.",
                    java.time.LocalDate.of(2025, 2, 20));
            action(
                    2024,
                    "Diskominfo",
                    "Uji penetrasi aplikasi layanan publik",
                    "Kabid Persandian",
                    "2025-05-31",
                    ActionStatus.SELESAI);
            action(
                    2024,
                    "Dinsos",
                    "Melengkapi SOP layanan sosial terpadu",
                    "Sekretaris Dinas Sosial",
                    "2025-04-30",
                    ActionStatus.BERJALAN);
            action(
                    2024,
                    "BKPSDM",
                    "Rencana kompetensi SDM digital",
                    "Kabid Pengembangan SDM",
                    "2025-03-31",
                    ActionStatus.SELESAI);
        });
        log.info("Loaded the demo rakor of Kabupaten Contoh");
    }

    private void action(int year, String shortName, String what, String who, String due, ActionStatus status) {
        ActionItem item = rakor.addAction(HOME, year, opd(shortName), what, who, LocalDate.parse(due));
        if (status != ActionStatus.TERBUKA) {
            rakor.setStatus(item.id(), status);
        }
    }

    private long opd(String shortName) {
        return opds.findByShortName(HOME, shortName).map(Opd::id).orElseThrow();
    }
}
