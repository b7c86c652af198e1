package id.pantauspbe.demo;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.Csv;
import id.pantauspbe.opd.EvidenceFileService;
import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.EvidenceUpdate;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.StageDeadline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo evidence (data dukung) of Kabupaten Contoh: a checklist for 2025 (all verified, the final
 * year) carried forward into 2026, where the self-assessment is in progress: Bappeda and BKPSDM are
 * complete, Dinas Sosial is clearly behind, and the OPD deadline of 18 June 2026 has passed.
 * Responsible OPDs follow {@code opd-default-owners-8-2026.csv}. Bappeda's "SK Tim Koordinasi SPBE"
 * of 2026 also has an uploaded file (a generated one-page PDF), so the demo shows a real download.
 */
@Component
@Profile("demo")
@Order(20)
class DemoEvidence implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);
    private static final String HOME = DemoData.HOME;
    private static final String DINSOS = "Dinas Sosial";
    private static final LocalDate OPD_DEADLINE = LocalDate.of(2026, 6, 18);
    private static final LocalDate IMPROVEMENT_DEADLINE = LocalDate.of(2026, 12, 11);

    /** A document of the 2026 checklist; {@code owner} null = the indicator's lead OPD. */
    private record Doc(String indicator, String level, String title, String owner, boolean lastYear) {}

    private static final List<Doc> DOCS = List.of(
            new Doc("I1", null, "SK Tim Koordinasi SPBE", null, true),
            new Doc("I1", "3", "Dokumen Arsitektur SPBE", null, true),
            new Doc("I1", "4", "Peta Rencana SPBE 2025-2029", null, false),
            new Doc("I2", "2", "SOP manajemen layanan digital", null, true),
            new Doc("I2", "4", "Laporan evaluasi manajemen layanan digital", null, false),
            new Doc("I3", "2", "Rencana pengembangan kompetensi SDM digital", null, true),
            new Doc("I3", "3", "Laporan pelatihan literasi digital ASN", null, false),
            new Doc("I3", "4", "Rekap sertifikasi kompetensi TIK", null, false),
            new Doc("I4", "2", "Perjanjian kerja sama layanan digital", null, true),
            new Doc("I4", "3", "Notulen forum kolaborasi layanan sosial digital", DINSOS, false),
            new Doc("I5", null, "Peraturan Bupati tentang Satu Data", null, true),
            new Doc("I5", "3", "Daftar data prioritas daerah", "Badan Perencanaan Pembangunan Daerah", false),
            new Doc("I5", "4", "Laporan walidata tahunan", null, false),
            new Doc("I6", "2", "SK simpul jaringan informasi geospasial", null, false),
            new Doc("I6", "3", "Katalog data geospasial", null, false),
            new Doc("I7", "2", "Rekomendasi kegiatan statistik sektoral", null, true),
            new Doc("I7", "3", "Publikasi statistik sektoral", null, false),
            new Doc("I8", "2", "Kebijakan pelindungan data pribadi", null, false),
            new Doc("I8", "3", "Inventaris data pribadi penerima bantuan sosial", DINSOS, false),
            new Doc("I9", "3", "Laporan audit keamanan", null, true),
            new Doc("I9", "4", "Rencana tindak lanjut hasil audit keamanan", null, false),
            new Doc("I10", "2", "Kebijakan keamanan informasi", null, true),
            new Doc("I10", "4", "Laporan uji penetrasi aplikasi", null, false),
            new Doc("I11", "2", "Daftar sertifikat elektronik pejabat", null, false),
            new Doc("I11", "3", "Laporan penerapan enkripsi data", null, false),
            new Doc("I12", "2", "SK Tim Tanggap Insiden Siber (CSIRT)", null, true),
            new Doc("I12", "3", "Laporan penanganan insiden siber", null, false),
            new Doc("I13", "2", "Katalog aplikasi daerah", null, true),
            new Doc("I13", "3", "Dokumentasi aplikasi layanan sosial terpadu", DINSOS, false),
            new Doc("I13", "4", "Laporan evaluasi aplikasi", null, false),
            new Doc("I14", "2", "Dokumen pemanfaatan Pusat Data Nasional", null, false),
            new Doc("I14", "3", "Laporan kapasitas jaringan intra pemerintah", null, false),
            new Doc("I15", "2", "Peta proses bisnis pemerintah daerah", null, true),
            new Doc("I15", "3", "SOP layanan lintas OPD", null, false),
            new Doc("I16", "2", "Daftar integrasi aplikasi (API)", null, false),
            new Doc("I16", "3", "Berita acara integrasi data kesejahteraan sosial", DINSOS, false),
            new Doc("I17", "2", "Tangkapan layar portal layanan digital", null, false),
            new Doc("I17", "3", "Daftar layanan terintegrasi di portal", null, false),
            new Doc("I18", "2", "Perjanjian berbagi pakai data", null, false),
            new Doc("I18", "3", "Dokumen interoperabilitas data", null, false),
            new Doc("I19", "2", "SOP layanan bantuan pengguna (helpdesk)", null, true),
            new Doc("I19", "3", "Rekap tiket helpdesk layanan sosial", DINSOS, false),
            new Doc("I19", "4", "Laporan kinerja helpdesk", null, false),
            new Doc("I20", "3", "Hasil survei kepuasan pengguna layanan digital", null, false),
            new Doc("I20", "3", "Survei kepuasan penerima layanan sosial daring", DINSOS, false),
            new Doc("I20", "4", "Rencana tindak lanjut hasil survei kepuasan", null, false));

    /** The status cycle of OPDs other than the complete and the lagging ones. */
    private static final List<EvidenceStatus> MIXED = List.of(
            EvidenceStatus.DIVERIFIKASI,
            EvidenceStatus.DIUNGGAH,
            EvidenceStatus.DIVERIFIKASI,
            EvidenceStatus.BELUM,
            EvidenceStatus.DIVERIFIKASI,
            EvidenceStatus.DITOLAK,
            EvidenceStatus.DIUNGGAH);

    private static final List<EvidenceStatus> LAGGING =
            List.of(EvidenceStatus.DITOLAK, EvidenceStatus.BELUM, EvidenceStatus.DITOLAK, EvidenceStatus.BELUM);

    private final EvidenceService evidence;
    private final EvidenceFileService files;
    private final OpdService opds;
    private final CurrentUser currentUser;

    DemoEvidence(EvidenceService evidence, EvidenceFileService files, OpdService opds, CurrentUser currentUser) {
        this.evidence = evidence;
        this.files = files;
        this.opds = opds;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (opds.list(HOME).isEmpty() || !evidence.items(HOME, 2026).isEmpty()) {
            return;
        }
        currentUser.runAs("koordinator", Role.ADMIN, this::load);
        log.info("Loaded the demo evidence of Kabupaten Contoh");
    }

    private void load() {
        Map<String, Long> opdByName = new HashMap<>();
        for (Opd opd : opds.list(HOME)) {
            opdByName.put(opd.name(), opd.id());
            opdByName.put(opd.shortName(), opd.id());
        }
        Map<String, Long> leads = new HashMap<>();
        for (Map<String, String> row : read("reference/spbe/opd-default-owners-8-2026.csv")) {
            Long opd = opdByName.get(row.get("lead_opd"));
            for (String code : expand(row.get("indicator_codes"))) {
                leads.put(code, opd);
            }
        }
        load2025(opdByName, leads);
        evidence.carryForward(HOME, 2025, 2026);
        load2026(opdByName, leads);
        uploadDemoFile();
    }

    private void uploadDemoFile() {
        evidence.forIndicator(HOME, 2026, "I1").stream()
                .filter(i -> i.title().equals("SK Tim Koordinasi SPBE"))
                .findFirst()
                .ifPresent(item -> files.upload(
                        item.id(),
                        "SK Tim Koordinasi SPBE 2026.pdf",
                        new ByteArrayInputStream(DemoPdf.page(List.of(
                                "Keputusan Bupati Contoh",
                                "tentang Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik",
                                "Kabupaten Contoh, tahun 2026",
                                "(dokumen contoh untuk demo Pantau SPBE)")))));
    }

    private void load2025(Map<String, Long> opdByName, Map<String, Long> leads) {
        evidence.saveDeadline(
                new StageDeadline(HOME, 2025, "DATA_DUKUNG", "OPD melengkapi data dukung", LocalDate.of(2025, 6, 20)));
        evidence.saveDeadline(
                new StageDeadline(HOME, 2025, "MANDIRI", "Penilaian mandiri ditutup", LocalDate.of(2025, 7, 31)));
        LocalDate due = LocalDate.of(2025, 6, 20);
        for (Doc doc : DOCS) {
            if (doc.lastYear()) {
                Long opd = owner(doc, opdByName, leads);
                verify(evidence.add(HOME, 2025, doc.indicator(), level(doc), doc.title(), opd, null, due));
            }
        }
        // indicators of PermenPANRB 59/2020 that 8/2026 no longer has: not carried forward
        Long diskominfo = opdByName.get("Diskominfo");
        verify(evidence.add(HOME, 2025, "I21", level("3"), "Dokumen manajemen risiko SPBE", diskominfo, null, due));
        verify(evidence.add(
                HOME, 2025, "I27", level("3"), "Laporan audit TIK", opdByName.get("Inspektorat"), null, due));
    }

    private void verify(EvidenceItem item) {
        evidence.update(new EvidenceUpdate(
                item.id(),
                item.version(),
                item.title(),
                EvidenceStatus.DIVERIFIKASI,
                null,
                item.dueDate(),
                link(item),
                null));
    }

    private void load2026(Map<String, Long> opdByName, Map<String, Long> leads) {
        evidence.saveDeadline(new StageDeadline(HOME, 2026, "DATA_DUKUNG", "OPD melengkapi data dukung", OPD_DEADLINE));
        evidence.saveDeadline(
                new StageDeadline(HOME, 2026, "MANDIRI", "Penilaian mandiri ditutup", IMPROVEMENT_DEADLINE));
        evidence.saveDeadline(new StageDeadline(
                HOME, 2026, "PERBAIKAN", "Perbaikan data dukung yang ditolak", IMPROVEMENT_DEADLINE.minusDays(7)));
        Long bappeda = opdByName.get("Bappeda");
        Long bkpsdm = opdByName.get("BKPSDM");
        Long dinsos = opdByName.get(DINSOS);
        List<EvidenceItem> carried = evidence.items(HOME, 2026);
        int mixed = 0;
        int lagging = 0;
        for (Doc doc : DOCS) {
            Long opd = owner(doc, opdByName, leads);
            EvidenceStatus status;
            if (opd != null && (opd.equals(bappeda) || opd.equals(bkpsdm))) {
                status = EvidenceStatus.DIVERIFIKASI;
            } else if (opd != null && opd.equals(dinsos)) {
                status = LAGGING.get(lagging++ % LAGGING.size());
            } else {
                status = MIXED.get(mixed++ % MIXED.size());
            }
            LocalDate due = "4".equals(doc.level()) && !opd.equals(dinsos) ? IMPROVEMENT_DEADLINE : OPD_DEADLINE;
            EvidenceItem item = carried.stream()
                    .filter(i -> i.indicatorCode().equals(doc.indicator())
                            && i.title().equals(doc.title()))
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                item = evidence.add(HOME, 2026, doc.indicator(), level(doc), doc.title(), opd, null, due);
            } else if (status == EvidenceStatus.BELUM) {
                continue; // carried and not confirmed yet: stays flagged
            }
            if (status == EvidenceStatus.BELUM) {
                continue;
            }
            evidence.update(new EvidenceUpdate(
                    item.id(),
                    item.version(),
                    item.title(),
                    status,
                    status == EvidenceStatus.DITOLAK ? rejection(opd, dinsos) : null,
                    due,
                    link(item),
                    null));
        }
    }

    private static String rejection(Long opd, Long dinsos) {
        return opd.equals(dinsos)
                ? "Dokumen belum ditandatangani dan tidak memuat data tahun berjalan"
                : "Bukti pelaksanaan tidak sesuai dengan kriteria level";
    }

    private static String link(EvidenceItem item) {
        return "https://data-dukung.contoh.go.id/spbe/" + item.year() + "/" + item.indicatorCode() + "-" + item.id()
                + ".pdf";
    }

    private static Long owner(Doc doc, Map<String, Long> opdByName, Map<String, Long> leads) {
        return doc.owner() != null ? opdByName.get(doc.owner()) : leads.get(doc.indicator());
    }

    private static BigDecimal level(Doc doc) {
        return level(doc.level());
    }

    private static BigDecimal level(String level) {
        return level == null ? null : new BigDecimal(level).setScale(2);
    }

    /** "I1-I2" → I1, I2; "I3" → I3. */
    static List<String> expand(String codes) {
        String[] parts = codes.split("-");
        if (parts.length == 1) {
            return List.of(parts[0].strip());
        }
        int from = Integer.parseInt(parts[0].strip().substring(1));
        int to = Integer.parseInt(parts[1].strip().substring(1));
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(i -> "I" + i)
                .toList();
    }

    private static List<Map<String, String>> read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + path, e);
        }
    }
}
