package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Personal API tokens over real HTTP: made with the password, used as Bearer, revoked. */
@AppTest
class ApiTokenTest {

    private static final String INDEX = "/api/v1/indeks?instansi=CONTOH&tahun=2021";
    private static final Pattern TOKEN = Pattern.compile("\\{\"token\":\"(pantau_[A-Za-z0-9_-]{43})\"}");

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AuditService audit;

    @Autowired
    SecurityContextHolderStrategy security;

    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void aTokenMadeWithThePasswordReadsTheApiUntilItIsRevoked() throws Exception {
        HttpResponse<String> made = send("POST", "/api/v1/token?nama=skrip-laporan", basic("kadis", "demo"));
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher m = TOKEN.matcher(made.body());
        assertThat(m.matches()).as(made.body()).isTrue();
        String token = m.group(1);

        HttpResponse<String> read = send("GET", INDEX, "Bearer " + token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"indeks\":2.51");
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();

        SignIn.as(security, "kadis", Role.PIMPINAN);
        ApiToken listed = tokens.mine().stream()
                .filter(t -> t.name().equals("skrip-laporan"))
                .findFirst()
                .orElseThrow();
        // stored as a hash: the listing knows only the first characters, and the last use
        assertThat(token).startsWith(listed.prefix());
        assertThat(listed.prefix()).hasSize(13);
        assertThat(listed.lastUsedAt()).isNotNull();
        assertThat(ApiTokenService.hash(token)).hasSize(64).doesNotContain(token);

        tokens.revoke(listed.id());
        HttpResponse<String> revoked = send("GET", INDEX, "Bearer " + token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).isEqualTo("{\"pesan\":\"Token API tidak dikenal atau sudah dicabut.\"}");
        assertThat(revoked.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));

        SignIn.as(security, "koordinator", Role.ADMIN);
        assertThat(audit
                        .search(new AuditFilter(
                                "kadis", AuditAction.Entity.USER, null, null, null, "skrip-laporan", null, null))
                        .stream()
                        .map(AuditEvent::action))
                .contains(AuditAction.TOKEN_CREATED, AuditAction.TOKEN_REVOKED);
    }

    @Test
    void unknownTokensAndTokensOfDisabledAccountsAreRefusedAndATokenMakesNoNewToken() throws Exception {
        HttpResponse<String> unknown = send("GET", INDEX, "Bearer pantau_" + "A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("\"pesan\"");
        assertThat(send("GET", INDEX, "Bearer bukan-token").statusCode()).isEqualTo(401);

        SignIn.as(security, "koordinator", Role.ADMIN);
        users.createAccount("uji-token", "Uji Token", "rahasia-panjang-1", Role.ASESOR, null);
        security.clearContext();
        HttpResponse<String> made = send("POST", "/api/v1/token", basic("uji-token", "rahasia-panjang-1"));
        Matcher m = TOKEN.matcher(made.body());
        assertThat(m.matches()).as(made.body()).isTrue();
        String token = m.group(1);

        HttpResponse<String> more = send("POST", "/api/v1/token", "Bearer " + token);
        assertThat(more.statusCode()).isEqualTo(403);
        assertThat(more.body()).contains("kata sandi");
        // no token and a wrong password: 401 as before
        assertThat(send("POST", "/api/v1/token", null).statusCode()).isEqualTo(401);
        // reading needs a role: the token carries the account's role (ASESOR cannot import)
        assertThat(send("POST", "/api/v1/impor/hasil", "Bearer " + token).statusCode())
                .isEqualTo(403);

        SignIn.as(security, "koordinator", Role.ADMIN);
        users.setEnabled("uji-token", false);
        assertThat(send("GET", INDEX, "Bearer " + token).statusCode()).isEqualTo(401);
        // disabling revoked the token: enabling the account again does not bring it back
        users.setEnabled("uji-token", true);
        assertThat(send("GET", INDEX, "Bearer " + token).statusCode()).isEqualTo(401);
        assertThat(revocations("uji-token"))
                .hasSize(1)
                .allSatisfy(d -> assertThat(d).contains("dinonaktifkan"));
    }

    @Test
    void aPasswordResetByTheAdministratorRevokesEveryTokenOfTheAccountAudited() throws Exception {
        SignIn.as(security, "koordinator", Role.ADMIN);
        users.createAccount("uji-reset", "Uji Reset", "rahasia-panjang-1", Role.ASESOR, null);
        security.clearContext();
        String first = made(send("POST", "/api/v1/token?nama=satu", basic("uji-reset", "rahasia-panjang-1")));
        String second = made(send("POST", "/api/v1/token?nama=dua", basic("uji-reset", "rahasia-panjang-1")));
        assertThat(send("GET", INDEX, "Bearer " + first).statusCode()).isEqualTo(200);

        SignIn.as(security, "koordinator", Role.ADMIN);
        users.resetPassword("uji-reset", "rahasia-panjang-2");
        assertThat(send("GET", INDEX, "Bearer " + first).statusCode()).isEqualTo(401);
        assertThat(send("GET", INDEX, "Bearer " + second).statusCode()).isEqualTo(401);
        SignIn.as(security, "uji-reset", Role.ASESOR);
        assertThat(tokens.mine()).isEmpty();
        SignIn.as(security, "koordinator", Role.ADMIN);
        assertThat(revocations("uji-reset"))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d).contains("kata sandi diatur ulang"));
        // the new password makes a new token that works
        security.clearContext();
        String third = made(send("POST", "/api/v1/token?nama=tiga", basic("uji-reset", "rahasia-panjang-2")));
        assertThat(send("GET", INDEX, "Bearer " + third).statusCode()).isEqualTo(200);
    }

    private List<String> revocations(String username) {
        SignIn.as(security, "koordinator", Role.ADMIN);
        List<AuditEvent> all = audit.search(AuditFilter.all());
        List<String> found = all.stream()
                .filter(e -> e.action() == AuditAction.TOKEN_REVOKED && username.equals(e.key()))
                .map(AuditEvent::detail)
                .toList();
        if (found.isEmpty()) {
            throw new AssertionError("no TOKEN_REVOKED of " + username + " in "
                    + all.stream().limit(6).toList());
        }
        return found;
    }

    private static String made(HttpResponse<String> answer) {
        Matcher m = TOKEN.matcher(answer.body());
        assertThat(m.matches()).as(answer.body()).isTrue();
        return m.group(1);
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
