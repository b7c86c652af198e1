package id.pantauspbe;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.access.AuditFilter;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.analysis.AnalysisService;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.Target;
import id.pantauspbe.evaluation.ValueEdit;
import id.pantauspbe.exchange.ExchangeService;
import id.pantauspbe.exchange.ImportKind;
import id.pantauspbe.framework.FrameworkService;
import id.pantauspbe.opd.EvidenceService;
import id.pantauspbe.opd.OpdScoring;
import id.pantauspbe.opd.OpdService;
import id.pantauspbe.opd.Ownership;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every write of every service refused to the roles that may not make it, called directly (not
 * through a screen): PIMPINAN changes nothing; ASESOR and OPD operators none of the coordinator's
 * writes. The services check before they touch anything, so the arguments need not be valid.
 */
@AppTest
class AuthorizationTest {

    @Autowired
    EvaluationService evaluation;

    @Autowired
    CycleService cycle;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    AnalysisService analysis;

    @Autowired
    OpdService opds;

    @Autowired
    EvidenceService evidence;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    ExchangeService exchange;

    @Autowired
    id.pantauspbe.evaluation.BulkValueWriter bulk;

    @Autowired
    id.pantauspbe.rakor.RakorService rakor;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    /** The coordinator's writes (and reads of the audit trail). */
    private Map<String, Runnable> adminOnly() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put(
                "EvaluationService.saveValues",
                () -> evaluation.saveValues("CONTOH", 2026, Stage.MANDIRI, Map.of(), "x"));
        calls.put(
                "EvaluationService.saveTarget",
                () -> evaluation.saveTarget(
                        "CONTOH", new Target(2027, Target.Scope.INDEX, "", BigDecimal.ONE, Target.Source.RAKOR, null)));
        calls.put("EvaluationService.deleteValues", () -> evaluation.deleteValues("CONTOH", 2026));
        calls.put(
                "EvaluationService.deleteStageValues",
                () -> evaluation.deleteStageValues("CONTOH", 2026, Stage.MANDIRI));
        calls.put("EvaluationService.addNote", () -> evaluation.addNote("CONTOH", 2026, "", "x", "x"));
        calls.put("CycleService.open", () -> cycle.open("CONTOH", 2026, Stage.DOKUMEN));
        calls.put("CycleService.close", () -> cycle.close("CONTOH", 2026, Stage.MANDIRI));
        calls.put("CycleService.plan", () -> cycle.plan("CONTOH", 2026, Stage.DOKUMEN, null, null));
        calls.put("UserService.list", () -> users.list());
        calls.put(
                "UserService.createAccount",
                () -> users.createAccount("x-user", "X", "rahasia-panjang", Role.ADMIN, null));
        calls.put("UserService.update", () -> users.update("bappeda", "X", Role.ADMIN, null));
        calls.put("UserService.setEnabled", () -> users.setEnabled("koordinator", false));
        calls.put("UserService.resetPassword", () -> users.resetPassword("koordinator", "rahasia-panjang"));
        calls.put("AuditService.search", () -> audit.search(AuditFilter.all()));
        calls.put("AnalysisService.saveThresholds", () -> analysis.saveThresholds(analysis.thresholds()));
        calls.put("OpdService.create", () -> opds.create("CONTOH", "X", "X", "X"));
        calls.put(
                "OpdService.saveOwnership",
                () -> opds.saveOwnership("CONTOH", 2026, new Ownership("I1", 1L, List.of())));
        calls.put("OpdService.copyOwnership", () -> opds.copyOwnership("CONTOH", 2025, 2026));
        calls.put(
                "OpdService.saveScoring",
                () -> opds.saveScoring("CONTOH", 2026, new OpdScoring("INTERNAL-CONTOH", OpdScoring.Aggregation.MEAN)));
        calls.put("EvidenceService.carryForward", () -> evidence.carryForward("CONTOH", 2025, 2026));
        calls.put("FrameworkService.addInternal", () -> frameworks.addInternal("X", "X", List.of()));
        calls.put("ExchangeService.importFile", () -> exchange.importFile(ImportKind.HASIL, "x.csv", new byte[0], "x"));
        calls.put(
                "BulkValueWriter.write",
                () -> bulk.write(
                        new id.pantauspbe.evaluation.ValueBatch(),
                        id.pantauspbe.evaluation.BulkValueWriter.Source.LOADER,
                        "x"));
        calls.put("BulkValueWriter.registerInstansi", () -> bulk.registerInstansi(Map.of("X", "X")));
        calls.put("AuditService.importChanges", () -> audit.importChanges(1L));
        return calls;
    }

    /** Writes open to assessors (and, within their scope, OPD operators). */
    private Map<String, Runnable> assessorWrites() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put(
                "EvaluationService.saveEntry",
                () -> evaluation.saveEntry(
                        new ValueEdit("CONTOH", 2026, Stage.MANDIRI, "I1", BigDecimal.ONE, null, 0, null)));
        calls.put("OpdService.saveScores", () -> opds.saveScores("CONTOH", 2025, 1L, Map.of()));
        calls.put("RakorService.saveClosing", () -> rakor.saveClosing("CONTOH", 2021, "x", null));
        calls.put("RakorService.addAction", () -> rakor.addAction("CONTOH", 2021, null, "x", null, null));
        calls.put(
                "EvaluationService.copyFromEarlierStage",
                () -> evaluation.copyFromEarlierStage("CONTOH", 2026, Stage.DOKUMEN));
        return calls;
    }

    private Stream<DynamicTest> refused(String username, Role role, Map<String, Runnable> calls) {
        return calls.entrySet().stream()
                .map(call -> DynamicTest.dynamicTest(role + " → " + call.getKey(), () -> {
                    SignIn.as(security, username, role);
                    assertThatThrownBy(call.getValue()::run).isInstanceOf(AccessDeniedException.class);
                }));
    }

    @TestFactory
    Stream<DynamicTest> pimpinanChangesNothing() {
        Map<String, Runnable> all = new LinkedHashMap<>(adminOnly());
        all.putAll(assessorWrites());
        return refused("kadis", Role.PIMPINAN, all);
    }

    @TestFactory
    Stream<DynamicTest> anAssessorMakesNoneOfTheCoordinatorsWrites() {
        return refused("asesor", Role.ASESOR, adminOnly());
    }

    @TestFactory
    Stream<DynamicTest> anOpdOperatorMakesNoneOfTheCoordinatorsWrites() {
        Map<String, Runnable> calls = new LinkedHashMap<>(adminOnly());
        calls.put("RakorService.saveClosing", () -> rakor.saveClosing("CONTOH", 2021, "x", null));
        calls.put("RakorService.addAction", () -> rakor.addAction("CONTOH", 2021, null, "x", null, null));
        calls.put(
                "EvaluationService.copyFromEarlierStage",
                () -> evaluation.copyFromEarlierStage("CONTOH", 2026, Stage.DOKUMEN));
        return refused("bappeda", Role.OPERATOR_OPD, calls);
    }

    @TestFactory
    Stream<DynamicTest> withoutSignInNothingIsWritten() {
        Map<String, Runnable> all = new LinkedHashMap<>(adminOnly());
        all.putAll(assessorWrites());
        return all.entrySet().stream()
                .map(call -> DynamicTest.dynamicTest("anonymous → " + call.getKey(), () -> {
                    security.clearContext();
                    assertThatThrownBy(call.getValue()::run)
                            .isInstanceOfAny(
                                    AccessDeniedException.class,
                                    org.springframework.security.authentication
                                            .AuthenticationCredentialsNotFoundException.class);
                }));
    }
}
