package id.pantauspbe.demo;

import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.backup.BackupService;
import id.pantauspbe.backup.DatabaseIntegrity;
import id.pantauspbe.base.Csv;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.NoteService;
import id.pantauspbe.evaluation.PublishedTotal;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdScoring;
import id.pantauspbe.opd.OpdScoringService;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.OwnershipService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Deterministic demo data of the {@code demo} profile: the home Pemda "Kabupaten Contoh" with its
 * OPDs, final results 2018–2025 and mandiri values (from {@code demo/nilai-contoh.csv}), a 2026
 * self-assessment in progress and targets; the peers of {@code seed-facts.csv} and the national
 * averages as published totals only; and the four demo accounts (password {@code demo}).
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String HOME = "CONTOH";
    static final String INTERNAL = "INTERNAL-CONTOH";
    /** The first year the Pemda scored its OPDs with its own questionnaire. */
    static final int FIRST_QUESTIONNAIRE = 2022;
    /** The OPD formed by the reorganisation of 2024. */
    static final String NEW_OPD = "Badan Riset dan Inovasi Daerah";

    static final String NEW_OPD_SHORT = "BRIDA";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final EvaluationService evaluation;
    private final NoteService noteService;
    private final TargetService targetService;
    private final CycleService cycle;
    private final OpdService opds;
    private final OpdScoringService scorings;
    private final OwnershipService ownerships;
    private final UserService users;
    private final CurrentUser currentUser;
    private final FrameworkService frameworks;
    private final DatabaseIntegrity integrity;
    private final BackupService backups;

    DemoData(
            EvaluationService evaluation,
            NoteService noteService,
            TargetService targetService,
            OpdService opds,
            OpdScoringService scorings,
            OwnershipService ownerships,
            UserService users,
            CurrentUser currentUser,
            FrameworkService frameworks,
            CycleService cycle,
            DatabaseIntegrity integrity,
            BackupService backups) {
        this.integrity = integrity;
        this.backups = backups;
        this.cycle = cycle;
        this.evaluation = evaluation;
        this.noteService = noteService;
        this.targetService = targetService;
        this.opds = opds;
        this.scorings = scorings;
        this.ownerships = ownerships;
        this.users = users;
        this.currentUser = currentUser;
        this.frameworks = frameworks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // only into an empty database: a restored or used demo keeps what it has; never into a damaged one
        if (integrity.damaged() || !evaluation.instansi().isEmpty()) {
            return;
        }
        // loading is a coordinator's work; the audit trail records it as the system. No safety backups:
        // closing the 35 stages of 2019-2025 would write one each, of a database with nothing to lose yet
        backups.withoutSafetyBackups(() -> currentUser.runAs(AuditService.SYSTEM, Role.ADMIN, this::load));
    }

    private void load() {
        evaluation.ensureInstansi(new Instansi(HOME, "Kabupaten Contoh", Instansi.Kind.PEMDA, "Jawa Tengah", true));
        for (Map<String, String> row : read("reference/spbe/opd-typical-kabupaten.csv")) {
            opds.create(HOME, row.get("name"), row.get("short_name"), row.get("group"));
        }
        loadValues();
        loadTargets();
        loadPeers();
        loadNational();
        createAccounts();
        loadNotes();
        loadOpdAccountability();
        loadCycle();
        log.info("Loaded the demo data of Kabupaten Contoh");
    }

    private void loadValues() {
        Map<String, Map<String, BigDecimal>> byYearStage = new TreeMap<>();
        for (Map<String, String> row : read("demo/nilai-contoh.csv")) {
            byYearStage
                    .computeIfAbsent(row.get("tahun") + "|" + row.get("tahap"), k -> new LinkedHashMap<>())
                    .put(row.get("indikator"), new BigDecimal(row.get("nilai")));
        }
        byYearStage.forEach((key, values) -> {
            String[] parts = key.split("\\|");
            evaluation.saveValues(HOME, Integer.parseInt(parts[0]), Stage.ofCode(parts[1]), values, "demo");
        });
    }

    private void loadTargets() {
        target(2019, "2.80", Target.Source.RPJMD, "RPJMD 2016-2021");
        target(2020, "3.10", Target.Source.RPJMD, "RPJMD 2016-2021");
        target(2021, "3.20", Target.Source.RPJMD, "RPJMD 2021-2026");
        target(2022, "3.20", Target.Source.RAKOR, "Rakor evaluasi SPBE 2021");
        target(2023, "3.40", Target.Source.RPJMD, "RPJMD 2021-2026");
        target(2024, "3.60", Target.Source.RPJMD, "RPJMD 2021-2026");
        target(2025, "3.80", Target.Source.RPJMD, "RPJMD 2021-2026");
        target(2026, "3.50", Target.Source.RAKOR, "Rakor evaluasi SPBE 2025 (Indeks Pemdi)");
    }

    private void target(int year, String value, Target.Source source, String note) {
        targetService.insertTarget(HOME, new Target(year, Target.Scope.INDEX, "", new BigDecimal(value), source, note));
    }

    private void loadPeers() {
        Map<String, Instansi> peers = new LinkedHashMap<>();
        peers.put(
                "Kabupaten Grobogan",
                new Instansi("GROBOGAN", "Kabupaten Grobogan", Instansi.Kind.PEMDA, "Jawa Tengah", false));
        peers.put("Kota Blitar", new Instansi("BLITAR", "Kota Blitar", Instansi.Kind.PEMDA, "Jawa Timur", false));
        peers.put(
                "Kota Mojokerto",
                new Instansi("MOJOKERTO", "Kota Mojokerto", Instansi.Kind.PEMDA, "Jawa Timur", false));
        peers.put(
                "Kabupaten Rembang",
                new Instansi("REMBANG", "Kabupaten Rembang", Instansi.Kind.PEMDA, "Jawa Tengah", false));
        peers.put(
                "Kabupaten Sragen",
                new Instansi("SRAGEN", "Kabupaten Sragen", Instansi.Kind.PEMDA, "Jawa Tengah", false));
        peers.values().forEach(evaluation::ensureInstansi);
        for (Map<String, String> row : read("reference/spbe/seed-facts.csv")) {
            Instansi peer = peers.get(row.get("pemda"));
            int year = Integer.parseInt(row.get("year"));
            BigDecimal value = new BigDecimal(row.get("value"));
            String metric = row.get("metric");
            if (metric.startsWith("Target")) {
                targetService.insertTarget(
                        peer.code(),
                        new Target(year, Target.Scope.INDEX, "", value, Target.Source.RAKOR, row.get("context")));
            } else {
                evaluation.insertPublishedTotal(peer.code(), total(year, metric, value, row.get("context")));
            }
        }
    }

    private void loadNational() {
        Instansi national = new Instansi("NASIONAL", "Rata-rata Nasional", Instansi.Kind.NASIONAL, null, false);
        Instansi pemdaAverage =
                new Instansi("RATA-PEMDA", "Rata-rata Pemerintah Daerah", Instansi.Kind.NASIONAL, null, false);
        evaluation.ensureInstansi(national);
        evaluation.ensureInstansi(pemdaAverage);
        for (Map<String, String> row : read("reference/spbe/national.csv")) {
            String code = row.get("scope").equals("Nasional") ? national.code() : pemdaAverage.code();
            evaluation.insertPublishedTotal(
                    code,
                    total(
                            Integer.parseInt(row.get("year")),
                            row.get("metric"),
                            new BigDecimal(row.get("value")),
                            "KemenPAN-RB"));
        }
    }

    private static PublishedTotal total(int year, String metric, BigDecimal value, String source) {
        if (metric.startsWith("Domain ")) {
            String name = metric.substring("Domain ".length())
                    .replace(" (average)", "")
                    .strip();
            return new PublishedTotal(year, Target.Scope.DOMAIN, name, value, source);
        }
        return new PublishedTotal(year, Target.Scope.INDEX, "", value, source);
    }

    private void createAccounts() {
        users.create("koordinator", "Koordinator SPBE (Diskominfo)", "demo", Role.ADMIN, null);
        users.create("kadis", "Kepala Dinas Kominfo", "demo", Role.PIMPINAN, null);
        users.create("asesor", "Tim Asesor Internal", "demo", Role.ASESOR, null);
        Long bappeda = opds.findByShortName(HOME, "Bappeda").map(o -> o.id()).orElseThrow();
        users.create("bappeda", "Operator Bappeda", "demo", Role.OPERATOR_OPD, bappeda);
    }

    /**
     * The stage schedule: every stage of 2019-2025 is closed; in 2026 the self-assessment
     * (mandiri) is open until 11 December, the assessors' stages are planned for 2027.
     */
    private void loadCycle() {
        for (int year = 2019; year <= 2025; year++) {
            for (Stage stage : Stage.values()) {
                cycle.close(HOME, year, stage);
            }
        }
        cycle.plan(HOME, 2026, Stage.MANDIRI, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 11));
        cycle.plan(HOME, 2026, Stage.DOKUMEN, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 12));
        cycle.plan(HOME, 2026, Stage.INTERVIU, LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 12));
        cycle.plan(HOME, 2026, Stage.VISITASI, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 9));
        cycle.plan(HOME, 2026, Stage.FINAL, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 6, 30));
        cycle.open(HOME, 2026, Stage.MANDIRI);
    }

    /** Notes are a coordinator's action: written as the demo coordinator. */
    private void loadNotes() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> {
            note(2021, "", "Kerangka evaluasi baru (PermenPANRB 59/2020): 47 indikator, domain Manajemen SPBE baru.");
            note(2021, "D3", "Belum ada kebijakan dan pelaksanaan manajemen risiko, data, aset TIK dan audit TIK.");
            note(2022, "", "Rakor evaluasi SPBE 2021 menetapkan target 3,20 untuk 2022.");
            note(2023, "I21", "Perbup tentang manajemen risiko SPBE ditetapkan; penerapan dimulai di Diskominfo.");
            note(
                    2026,
                    "",
                    "Evaluasi pertama dengan Indeks Pemerintah Digital (PermenPANRB 8/2026): 20 indikator, tanpa domain.");
        });
    }

    /**
     * Default indicator owners for 2021-2026 and the internal OPD questionnaire, which the Pemda
     * started after the drop of 2021 (so 2021 ranks OPDs by the official index points they hold):
     * scored 2022-2025, and 2026 in progress (not every OPD has answered yet). The stories: Dinas
     * Sosial weak from 2023 on; Disdukcapil weak in 2022 and 2023, recovered in 2024 after the rakor
     * action of 2023; the Badan Riset dan Inovasi Daerah formed in 2024 by a reorganisation.
     */
    private void loadOpdAccountability() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> {
            for (int year = 2021; year <= 2026; year++) {
                ownerships.applyDefaultOwnership(HOME, year);
            }
            opds.create(HOME, NEW_OPD, NEW_OPD_SHORT, "Badan");
            frameworks.addInternal(
                    INTERNAL,
                    "Kuesioner SPBE internal OPD Kabupaten Contoh",
                    read("demo/kuesioner-internal-contoh.csv"));
            for (int year = FIRST_QUESTIONNAIRE; year <= 2026; year++) {
                scorings.saveScoring(HOME, year, new OpdScoring(INTERNAL, OpdScoring.Aggregation.MEAN));
                for (Opd opd : opds.list(HOME)) {
                    Map<String, BigDecimal> scores = internalScores(opd.shortName(), year);
                    if (!scores.isEmpty()) {
                        scorings.saveScores(HOME, year, opd.id(), scores);
                    }
                }
            }
        });
    }

    /**
     * Deterministic questionnaire answers (9 indicators, 1-5) of an OPD in a year; empty when it was
     * not scored (before the questionnaire, before the OPD existed, or not answered yet in 2026).
     */
    static Map<String, BigDecimal> internalScores(String shortName, int year) {
        int seed = Math.abs(shortName.hashCode());
        int[] values;
        if (year < FIRST_QUESTIONNAIRE || (shortName.equals(NEW_OPD_SHORT) && year < 2024)) {
            return Map.of();
        } else if (year == 2026 && seed % 4 == 1 && !shortName.equals("Dinsos")) {
            return Map.of(); // 2026 is in progress: this OPD has not answered yet
        } else if (shortName.equals("Bappeda") || shortName.equals("BKPSDM")) {
            values = year == 2022 ? new int[] {4, 4, 5, 4, 4, 5, 4, 4, 4} : new int[] {5, 5, 5, 5, 5, 5, 5, 5, 5};
        } else if (shortName.equals("Dinsos")) {
            values = switch (year) {
                case 2022 -> new int[] {3, 3, 3, 3, 4, 3, 3, 3, 3};
                case 2023 -> new int[] {3, 2, 2, 2, 3, 2, 3, 2, 2};
                case 2024 -> new int[] {2, 1, 2, 1, 2, 2, 2, 1, 1};
                case 2025 -> new int[] {2, 2, 2, 1, 2, 2, 3, 2, 1};
                default -> new int[] {3, 2, 2, 2, 2, 3, 3, 2, 2};
            };
        } else if (shortName.equals("Disdukcapil") && year <= 2023) {
            values = year == 2022 ? new int[] {2, 3, 2, 2, 3, 2, 2, 3, 2} : new int[] {3, 2, 3, 2, 2, 3, 2, 3, 3};
        } else if (shortName.equals(NEW_OPD_SHORT)) {
            values = switch (year) {
                case 2024 -> new int[] {3, 3, 2, 3, 3, 3, 2, 3, 2};
                case 2025 -> new int[] {3, 4, 3, 4, 3, 4, 3, 3, 4};
                default -> new int[] {4, 4, 3, 4, 4, 4, 3, 4, 4};
            };
        } else {
            // a stable profile of 3s and 4s per OPD that improves slowly: one indicator a level up
            // from 2024, another from 2025, one a level down in the first questionnaire year
            values = new int[9];
            for (int i = 0; i < 9; i++) {
                int v = 3 + (seed >> i) % 2;
                v += i == seed % 9 && year >= 2024 ? 1 : 0;
                v += i == (seed / 9) % 9 && year >= 2025 ? 1 : 0;
                v -= i == (seed / 81) % 9 && year == FIRST_QUESTIONNAIRE ? 1 : 0;
                values[i] = Math.max(1, Math.min(5, v));
            }
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            scores.put("I" + (i + 1), BigDecimal.valueOf(values[i]));
        }
        return scores;
    }

    private void note(int year, String code, String text) {
        noteService.addNote(HOME, year, code, text, "koordinator");
    }

    private static List<Map<String, String>> read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + path, e);
        }
    }
}
