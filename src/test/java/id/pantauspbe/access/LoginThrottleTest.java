package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Password guessing in parallel bursts against the real server: however many guesses arrive at
 * once, no more than {@link UserService#MAX_FAILURES} wrong ones are checked before the lock, the
 * right password does not get through after them, and no guess gets a server error.
 */
@AppTest
class LoginThrottleTest {

    private static final int BURST = 150;
    private static final String PASSWORD = "rahasia-panjang-1";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    AuthenticationConfiguration authentication;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    @BeforeEach
    void signIn() {
        SignIn.as(security, "koordinator", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void aBurstOfHttpBasicGuessesLocksAfterFiveAndTheRightPasswordComingLaterIsRefused() throws Exception {
        users.createAccount("uji-serbu", "Uji Serbu", PASSWORD, Role.PIMPINAN, null);
        // 50 threads take the 150 guesses in order: the right one (last) starts only after at least
        // 100 wrong ones have been answered
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < BURST - 1; i++) {
            String wrong = "salah-" + i;
            guesses.add(() -> basic("uji-serbu", wrong));
        }
        guesses.add(() -> basic("uji-serbu", PASSWORD));
        List<Integer> statuses = run(guesses, 50);

        assertThat(statuses).hasSize(BURST).allSatisfy(s -> assertThat(s).isEqualTo(401));
        assertThat(users.locked("uji-serbu")).isTrue();
        assertThat(lockEntries("uji-serbu")).isEqualTo(1);
        // the lock holds for a right password sent alone afterwards, too
        assertThat(basic("uji-serbu", PASSWORD)).isEqualTo(401);
    }

    @Test
    void aBurstReleasedAtOnceChecksNoMoreThanFiveGuessesAndNeverFailsWithAServerError() throws Exception {
        users.createAccount("uji-serentak", "Uji Serentak", PASSWORD, Role.PIMPINAN, null);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String guess = i == BURST / 2 ? PASSWORD : "salah-" + i;
            guesses.add(() -> {
                start.await();
                return basic("uji-serentak", guess);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> guess : guesses) {
                answers.add(pool.submit(guess));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(200, 401));
            long accepted = statuses.stream().filter(s -> s == 200).count();
            assertThat(accepted).isLessThanOrEqualTo(1);
            if (accepted == 0) {
                // the right password came after five wrong ones (or while they were checked): locked
                assertThat(users.locked("uji-serentak")).isTrue();
                assertThat(lockEntries("uji-serentak")).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLoginFormsAuthenticationManagerKeepsTheSameLimitUnderParallelGuesses() throws Exception {
        users.createAccount("uji-formulir", "Uji Formulir", PASSWORD, Role.PIMPINAN, null);
        AuthenticationManager manager = authentication.getAuthenticationManager();
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String wrong = "salah-" + i;
            guesses.add(() -> login(manager, "uji-formulir", wrong));
        }
        guesses.add(() -> login(manager, "uji-formulir", PASSWORD));
        List<Integer> outcomes = run(guesses, 20);
        assertThat(outcomes).allSatisfy(s -> assertThat(s).isEqualTo(401));
        assertThat(users.locked("uji-formulir")).isTrue();
        // a reset by the coordinator lifts the lock at once
        users.resetPassword("uji-formulir", "kata-sandi-baru-2");
        assertThat(login(manager, "uji-formulir", "kata-sandi-baru-2")).isEqualTo(200);
    }

    private static int login(AuthenticationManager manager, String username, String password) {
        try {
            manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return 200;
        } catch (AuthenticationException e) {
            return 401;
        }
    }

    private long lockEntries(String username) {
        return audit
                .search(new AuditFilter(null, AuditAction.Entity.USER, null, null, null, username, null, null))
                .stream()
                .filter(e -> e.action() == AuditAction.LOGIN_LOCKED)
                .count();
    }

    private static List<Integer> run(List<Callable<Integer>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private int basic(String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/indeks?instansi=CONTOH&tahun=2021"))
                .header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(60))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
