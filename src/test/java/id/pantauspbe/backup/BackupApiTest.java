package id.pantauspbe.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Backups over HTTP (ADMIN only), and what a damaged database or an unusable data folder answers. */
@AppTest
class BackupApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DatabaseIntegrity integrity;

    @Autowired
    BackupService backups;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAdminTakesABackupAndDownloadsItOthersAreRefused() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/v1/cadangan", "kadis");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("pesan").asString()).isNotBlank();
        assertThat(send("POST", "/api/v1/cadangan", null).statusCode()).isEqualTo(401);

        HttpResponse<String> created = send("POST", "/api/v1/cadangan", "koordinator");
        assertThat(created.statusCode()).isEqualTo(200);
        String name = JSON.readTree(created.body()).get("berkas").asString();
        assertThat(name).matches("pantau-cadangan-\\d{8}-\\d{6}-manual(-\\d+)?\\.zip");

        HttpResponse<byte[]> zip = client.send(
                request("GET", "/api/v1/cadangan/" + name, "koordinator"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains(name));
        assertThat(new String(zip.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        for (String user : List.of("kadis", "asesor", "bappeda")) {
            assertThat(send("GET", "/api/v1/cadangan/" + name, user).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void namesOutsideTheBackupFolderAreRefusedWithJson() throws Exception {
        for (String name : List.of(
                "pantau.mv.db", "..", "%2e%2e", "..pantau.mv.db", "pantau-cadangan-20260101-000000-x.zip.part")) {
            HttpResponse<String> response = send("GET", "/api/v1/cadangan/" + name, "koordinator");
            assertThat(response.statusCode()).as(name).isBetween(400, 404);
            assertThat(response.body()).as(name).startsWith("{").doesNotContain("<html");
        }
        HttpResponse<String> invalid = send("GET", "/api/v1/cadangan/pantau.mv.db", "koordinator");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).get("pesan").asString()).contains("tidak sah");
        HttpResponse<String> unknown =
                send("GET", "/api/v1/cadangan/pantau-cadangan-20000101-000000-manual.zip", "koordinator");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("tidak ada");
    }

    @Test
    void aDamagedDatabaseIsNotServedAndNamesTheNewestBackup() throws Exception {
        String newest = backups.latest().map(BackupFile::name).orElse("(belum ada cadangan)");
        integrity.found(List.of("EVALUATION_VALUE: index X has 3 rows, the table 4"));
        try {
            HttpResponse<String> health = send("GET", "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN").contains("rusak");

            HttpResponse<String> page = send("GET", "/", null);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Basis data rusak").contains(newest);

            HttpResponse<String> api = send("GET", "/api/v1/indeks?instansi=CONTOH&tahun=2021", "kadis");
            assertThat(api.statusCode()).isEqualTo(503);
            JsonNode body = JSON.readTree(api.body());
            assertThat(body.get("pesan").asString()).contains(newest);
        } finally {
            integrity.found(List.of());
        }
        assertThat(send("GET", "/actuator/health", null).body()).contains("UP");
    }

    @Test
    void aDataFolderThatCannotBeWrittenOrIsFullIsDown(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        java.nio.file.Files.writeString(temp.resolve("file"), "x");
        // a folder below a plain file can never be created (root ignores permissions, this it cannot)
        DatabaseHealth blocked =
                new DatabaseHealth(integrity, temp.resolve("file/data").toString(), DataSize.ofMegabytes(1));
        assertThat(blocked.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(blocked.health().getStatus().getDescription()).contains("tidak dapat ditulis");

        DatabaseHealth full = new DatabaseHealth(integrity, temp.toString(), DataSize.ofTerabytes(1_000_000));
        assertThat(full.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(full.health().getStatus().getDescription()).contains("hampir penuh");

        DatabaseHealth fine = new DatabaseHealth(integrity, temp.toString(), DataSize.ofMegabytes(1));
        assertThat(fine.health().getStatus().getCode()).isEqualTo("UP");
    }

    private HttpResponse<String> send(String method, String path, String user) throws Exception {
        return client.send(request(method, path, user), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }
}
