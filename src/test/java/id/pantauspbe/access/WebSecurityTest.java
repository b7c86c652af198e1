package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an unauthenticated client and the demo accounts get over HTTP. */
@AppTest
class WebSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    @Test
    void healthAnswersWithoutLogin() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void viewsRequireLogin() throws Exception {
        HttpResponse<String> response = get("/?instansi=CONTOH&tahun=2021");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"id\"");
    }

    @Test
    void demoAccountsHaveTheirRolesAndHashedPasswords() {
        assertThat(users.find("koordinator")).map(AppUser::role).contains(Role.ADMIN);
        assertThat(users.find("kadis")).map(AppUser::role).contains(Role.PIMPINAN);
        assertThat(users.find("asesor")).map(AppUser::role).contains(Role.ASESOR);
        AppUser bappeda = users.find("bappeda").orElseThrow();
        assertThat(bappeda.role()).isEqualTo(Role.OPERATOR_OPD);
        assertThat(bappeda.opdShortName()).isEqualTo("Bappeda");
        assertThat(bappeda.passwordHash()).startsWith("{bcrypt}").doesNotContain("demo");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
