package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /berkas/{id}} over HTTP: login required, the read rule, the bytes and safe headers (year 2036). */
@AppTest
class EvidenceFileDownloadTest {

    private static final String HOME = "CONTOH";
    private static final int YEAR = 2036;

    @LocalServerPort
    int port;

    @Autowired
    EvidenceService evidence;

    @Autowired
    EvidenceFileService files;

    @Autowired
    OpdService opds;

    @Autowired
    CurrentUser currentUser;

    private long bappedaFile;
    private long dinsosFile;
    private final byte[] workbook = TestFiles.xlsx();

    @BeforeEach
    void uploadTwoFiles() {
        AtomicReference<Long> own = new AtomicReference<>();
        AtomicReference<Long> other = new AtomicReference<>();
        currentUser.runAs("koordinator", Role.ADMIN, () -> {
            EvidenceItem bappeda = evidence.add(
                    HOME,
                    YEAR,
                    "I1",
                    null,
                    "SK Tim",
                    opds.findByShortName(HOME, "Bappeda").orElseThrow().id(),
                    null,
                    null);
            EvidenceItem dinsos = evidence.add(
                    HOME,
                    YEAR,
                    "I19",
                    null,
                    "Rekap tiket",
                    opds.findByShortName(HOME, "Dinsos").orElseThrow().id(),
                    null,
                    null);
            own.set(files.upload(
                            bappeda.id(),
                            "Laporan Tim SPBE 2036 – final.pdf",
                            new ByteArrayInputStream(TestFiles.pdf()))
                    .files()
                    .getFirst()
                    .id());
            other.set(files.upload(dinsos.id(), "rekap.xlsx", new ByteArrayInputStream(workbook))
                    .files()
                    .getFirst()
                    .id());
        });
        bappedaFile = own.get();
        dinsosFile = other.get();
    }

    @AfterEach
    void cleanUp() {
        currentUser.runAs("koordinator", Role.ADMIN, () -> evidence.deleteYear(HOME, YEAR));
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient client = client();
        client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> login = client.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<byte[]> get(HttpClient client, long id) throws Exception {
        return client.send(request("/berkas/" + id).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void withoutLoginTheDownloadRedirectsToTheLoginPage() throws Exception {
        HttpResponse<byte[]> response = get(client(), bappedaFile);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theOwnOpdOperatorGetsTheBytesAsAnAttachment() throws Exception {
        HttpResponse<byte[]> response = get(loggedIn("bappeda"), bappedaFile);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(TestFiles.pdf());
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String name = URLEncoder.encode("Laporan Tim SPBE 2036 – final.pdf", StandardCharsets.UTF_8)
                .replace("+", "%20");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''" + name));
    }

    @Test
    void anotherOpdsOperatorIsRefusedAndPimpinanMayRead() throws Exception {
        HttpResponse<byte[]> refused = get(loggedIn("bappeda"), dinsosFile);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .isEqualTo("Anda tidak berhak mengunduh berkas ini.");

        HttpResponse<byte[]> pimpinan = get(loggedIn("kadis"), dinsosFile);
        assertThat(pimpinan.statusCode()).isEqualTo(200);
        assertThat(pimpinan.body()).isEqualTo(workbook);
        assertThat(pimpinan.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void anUnknownFileIsNotFound() throws Exception {
        assertThat(get(loggedIn("kadis"), 999_999).statusCode()).isEqualTo(404);
    }
}
