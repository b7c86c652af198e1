package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Response headers, the session cookie and redirects over real HTTP, directly and as behind a TLS
 * proxy ({@code X-Forwarded-Proto: https} from a trusted, loopback address).
 */
@AppTest
class HttpHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryThePolicyHeadersAndALaxSessionCookieWithoutHstsOverPlainHttp() throws Exception {
        HttpResponse<String> login = get("/login", false, null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'self'");
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(login, "Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String cookie = sessionCookie(login);
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyTheCookieIsSecureHstsIsSentAndRedirectsStayOnHttps() throws Exception {
        HttpResponse<String> login = get("/login", true, null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(sessionCookie(login)).contains("Secure").contains("SameSite=Lax");

        HttpResponse<String> view = get("/?instansi=CONTOH&tahun=2021", true, null);
        assertThat(view.statusCode()).isEqualTo(302);
        assertThat(header(view, "Location")).startsWith("https://").endsWith("/login");
    }

    @Test
    void theApiAnswersWithAPolicyThatAllowsNothingToRun() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("kadis:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = get("/api/v1/indeks?instansi=CONTOH&tahun=2021", false, basic);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(header(api, "Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
        assertThat(header(api, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(api, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(header(api, "Cache-Control")).contains("no-store");
        HttpResponse<String> viaProxy = get("/api/v1/indeks?instansi=CONTOH&tahun=2021", true, basic);
        assertThat(header(viaProxy, "Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void anEncodedSlashInAnApiPathAnswersAJson400NotTomcatsHtmlPage() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("kadis:demo".getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/v1/instansi/CON%2FTOH", "/api/v1/%2F..%2Findeks", "/api/v1/indeks%2f")) {
            HttpResponse<String> answer = get(path, false, basic);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(header(answer, "Content-Type")).startsWith("application/json");
            assertThat(answer.body())
                    .as(path)
                    .startsWith("{\"pesan\":\"Alamat API tidak sah: ")
                    .contains(path)
                    .doesNotContain("<html");
        }
        // outside the API the firewall's plain 400 stays
        assertThat(get("/halaman%2Flain", false, null).statusCode()).isEqualTo(400);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers()
                .firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers()));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private HttpResponse<String> get(String path, boolean viaTlsProxy, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
