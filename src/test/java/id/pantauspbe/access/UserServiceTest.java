package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.SignIn;
import id.pantauspbe.base.UserMessageException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Account management by a coordinator, and the lock after repeated failed logins. */
@AppTest
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SecurityContextHolderStrategy security;

    @LocalServerPort
    int port;

    @BeforeEach
    void signIn() {
        SignIn.as(security, "koordinator", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    private AuditEvent lastAuditOf(String username) {
        return audit.search(new AuditFilter(null, AuditAction.Entity.USER, null, null, null, username, null, null))
                .getFirst();
    }

    @Test
    void aCoordinatorCreatesAnOperatorAccountWithAHashedPassword() {
        AppUser user = users.createAccount(
                "uji.operator.dinsos", "Operator Dinsos", "rahasia-panjang-1", Role.OPERATOR_OPD, 1L);
        assertThat(user.role()).isEqualTo(Role.OPERATOR_OPD);
        assertThat(user.opdId()).isEqualTo(1L);
        assertThat(user.enabled()).isTrue();
        assertThat(user.passwordHash()).startsWith("{bcrypt}").doesNotContain("rahasia");
        assertThat(encoder.matches("rahasia-panjang-1", user.passwordHash())).isTrue();
        AuditEvent created = lastAuditOf("uji.operator.dinsos");
        assertThat(created.action()).isEqualTo(AuditAction.USER_CREATED);
        assertThat(created.username()).isEqualTo("koordinator");
        assertThat(users.list()).extracting(AppUser::username).contains("uji.operator.dinsos", "bappeda");
    }

    @Test
    void badAccountDataIsRefusedWithTheReason() {
        assertThatThrownBy(() -> users.createAccount("Budi Santoso", "Budi", "rahasia-panjang-1", Role.ASESOR, null))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.username"));
        assertThatThrownBy(() -> users.createAccount("budi", "Budi", "pendek", Role.ASESOR, null))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Kata sandi minimal 10 karakter."));
        assertThatThrownBy(() -> users.createAccount("bappeda", "Lagi", "rahasia-panjang-1", Role.ASESOR, null))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.taken"));
        assertThatThrownBy(() -> users.createAccount("budi", "Budi", "rahasia-panjang-1", Role.OPERATOR_OPD, null))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.opd"));
        assertThat(users.find("budi")).isEmpty();
    }

    @Test
    void onlyACoordinatorManagesAccounts() {
        SignIn.as(security, "kadis", Role.PIMPINAN);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createAccount("x-kadis", "X", "rahasia-panjang-1", Role.ADMIN, null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(security, "bappeda", Role.OPERATOR_OPD);
        assertThatThrownBy(() -> users.resetPassword("koordinator", "rahasia-panjang-1"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(security, "asesor", Role.ASESOR);
        assertThatThrownBy(() -> users.setEnabled("bappeda", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.find("x-kadis")).isEmpty();
        assertThat(users.find("bappeda").orElseThrow().enabled()).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogInAndNobodyDisablesThemselves() throws Exception {
        users.createAccount("uji-nonaktif", "Uji Nonaktif", "rahasia-panjang-1", Role.PIMPINAN, null);
        assertThat(api("uji-nonaktif", "rahasia-panjang-1")).isEqualTo(200);
        users.setEnabled("uji-nonaktif", false);
        assertThat(api("uji-nonaktif", "rahasia-panjang-1")).isEqualTo(401);
        assertThat(lastAuditOf("uji-nonaktif").action()).isEqualTo(AuditAction.USER_DISABLED);
        assertThatThrownBy(() -> users.setEnabled("koordinator", false))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.disableSelf"));
        users.setEnabled("uji-nonaktif", true);
        assertThat(api("uji-nonaktif", "rahasia-panjang-1")).isEqualTo(200);
    }

    @Test
    void fiveFailedLoginsLockTheAccountUntilAPasswordReset() throws Exception {
        users.createAccount("uji-kunci", "Uji Kunci", "rahasia-panjang-1", Role.PIMPINAN, null);
        assertThat(api("uji-kunci", "rahasia-panjang-1")).isEqualTo(200);
        for (int i = 0; i < UserService.MAX_FAILURES; i++) {
            assertThat(api("uji-kunci", "salah-" + i)).isEqualTo(401);
        }
        assertThat(users.locked("uji-kunci")).isTrue();
        assertThat(users.lockedUsernames()).contains("uji-kunci").doesNotContain("koordinator");
        // the right password no longer helps while the lock lasts
        assertThat(api("uji-kunci", "rahasia-panjang-1")).isEqualTo(401);
        AuditEvent locked = lastAuditOf("uji-kunci");
        assertThat(locked.action()).isEqualTo(AuditAction.LOGIN_LOCKED);
        assertThat(locked.username()).isEqualTo("uji-kunci");

        users.resetPassword("uji-kunci", "kata-sandi-baru-2");
        assertThat(users.locked("uji-kunci")).isFalse();
        assertThat(api("uji-kunci", "rahasia-panjang-1")).isEqualTo(401);
        assertThat(api("uji-kunci", "kata-sandi-baru-2")).isEqualTo(200);
        assertThat(lastAuditOf("uji-kunci").action()).isEqualTo(AuditAction.PASSWORD_RESET);
    }

    @Test
    void aFailureBelowTheLimitIsForgottenAfterASuccessfulLogin() throws Exception {
        users.createAccount("uji-lupa", "Uji Lupa", "rahasia-panjang-1", Role.PIMPINAN, null);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < UserService.MAX_FAILURES - 1; i++) {
                assertThat(api("uji-lupa", "salah")).isEqualTo(401);
            }
            assertThat(api("uji-lupa", "rahasia-panjang-1")).isEqualTo(200);
        }
        assertThat(users.locked("uji-lupa")).isFalse();
    }

    @Test
    void everyUserChangesTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        users.createAccount("uji-sandi", "Uji Sandi", "sandi-awal-123", Role.PIMPINAN, null);
        SignIn.as(security, "uji-sandi", Role.PIMPINAN);
        assertThatThrownBy(() -> users.changeOwnPassword("salah-sekali", "sandi-baru-456"))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Kata sandi sekarang tidak cocok."));
        assertThatThrownBy(() -> users.changeOwnPassword("sandi-awal-123", "pendek"))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.password"));
        users.changeOwnPassword("sandi-awal-123", "sandi-baru-456");
        assertThat(api("uji-sandi", "sandi-awal-123")).isEqualTo(401);
        assertThat(api("uji-sandi", "sandi-baru-456")).isEqualTo(200);
        SignIn.as(security, "koordinator", Role.ADMIN);
        AuditEvent changed = lastAuditOf("uji-sandi");
        assertThat(changed.action()).isEqualTo(AuditAction.PASSWORD_CHANGED);
        assertThat(changed.username()).isEqualTo("uji-sandi");
    }

    @Test
    void theLastActiveCoordinatorKeepsTheRole() {
        long admins = users.list().stream()
                .filter(u -> u.role() == Role.ADMIN && u.enabled())
                .count();
        assertThat(admins).isEqualTo(1);
        // another administrator's session (not koordinator's own, which is refused for that reason)
        SignIn.as(security, "uji-admin-lain", Role.ADMIN);
        assertThatThrownBy(() -> users.update("koordinator", "Koordinator", Role.ASESOR, null))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.lastAdmin"));
        assertThat(users.find("koordinator").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void nobodyRemovesTheirOwnCoordinatorRoleAndTheLastActiveCoordinatorStaysEnabled() {
        users.createAccount("uji-koordinator-2", "Koordinator Dua", "rahasia-panjang-1", Role.ADMIN, null);
        try {
            // two active coordinators: still nobody demotes or disables themselves
            assertThatThrownBy(() -> users.update("koordinator", "Koordinator", Role.ASESOR, null))
                    .isInstanceOfSatisfying(
                            UserMessageException.class,
                            e -> assertThat(e.getMessage())
                                    .isEqualTo("Anda tidak dapat mencabut peran koordinator dari akun Anda sendiri."));
            SignIn.as(security, "uji-koordinator-2", Role.ADMIN);
            assertThatThrownBy(() -> users.setEnabled("uji-koordinator-2", false))
                    .isInstanceOfSatisfying(
                            UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.disableSelf"));
        } finally {
            SignIn.as(security, "koordinator", Role.ADMIN);
            users.setEnabled("uji-koordinator-2", false);
        }
        // koordinator is the last active coordinator again: another administrator's session cannot disable it
        SignIn.as(security, "uji-koordinator-2", Role.ADMIN);
        assertThatThrownBy(() -> users.setEnabled("koordinator", false))
                .isInstanceOfSatisfying(
                        UserMessageException.class, e -> assertThat(e.key()).isEqualTo("user.error.lastAdminDisable"));
        assertThat(users.find("koordinator").orElseThrow().enabled()).isTrue();
        assertThat(users.find("koordinator").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    /** The status of an API call with HTTP Basic (which goes through the same login checks). */
    private int api(String username, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/indeks?instansi=CONTOH&tahun=2021"))
                .header("Authorization", "Basic " + token)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
