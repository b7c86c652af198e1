package id.pantauspbe.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over HTTP, as curl or another system would call it. */
@AppTest
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    ExchangeService exchange;

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy security;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void indexOfAYearWithDomainsAndAspects() throws Exception {
        HttpResponse<String> response = get("/api/v1/indeks?instansi=CONTOH&tahun=2021&tahap=final", "kadis");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("instansi").asString()).isEqualTo("CONTOH");
        assertThat(body.get("tahun").asInt()).isEqualTo(2021);
        assertThat(body.get("kerangka").asString()).isEqualTo("PERMENPANRB-59-2020");
        assertThat(body.get("indeks").decimalValue()).isEqualByComparingTo("2.51");
        assertThat(body.get("indeksTepat").asString()).isEqualTo("2.5050");
        assertThat(body.get("predikat").asString()).isEqualTo("Cukup");
        assertThat(body.get("sumber").asString()).isEqualTo("resmi");
        assertThat(body.get("hasilAkhir").asBoolean()).isTrue();
        assertThat(body.get("keterangan").isNull()).isTrue();
        assertThat(body.get("predikatSementara").asBoolean()).isFalse();
        assertThat(body.get("lengkap").asBoolean()).isTrue();
        assertThat(body.get("domain")).hasSize(4);
        JsonNode management = body.get("domain").get(2);
        assertThat(management.get("kode").asString()).isEqualTo("D3");
        assertThat(management.get("nama").asString()).isEqualTo("Manajemen SPBE");
        assertThat(management.get("bobot").decimalValue()).isEqualByComparingTo("16.50");
        assertThat(management.get("indeks").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(body.get("aspek")).hasSize(8);

        JsonNode y2024 = JSON.readTree(get("/api/v1/indeks?instansi=CONTOH&tahun=2024&tahap=final", "asesor")
                .body());
        assertThat(y2024.get("indeks").decimalValue()).isEqualByComparingTo("3.77");
        assertThat(y2024.get("indeksTepat").asString()).isEqualTo("3.7650");
    }

    @Test
    void aFrameworkWithoutDomainsAndMissingValues() throws Exception {
        HttpResponse<String> response = get("/api/v1/indeks?instansi=CONTOH&tahun=2026&tahap=mandiri", "bappeda");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("kerangka").asString()).isEqualTo("PERMENPANRB-8-2026");
        assertThat(body.get("lengkap").asBoolean()).isFalse();
        assertThat(body.get("indikatorBernilai").asInt()).isEqualTo(14);
        assertThat(body.get("domain")).isEmpty();
        assertThat(body.get("aspek")).hasSize(7);
    }

    @Test
    void theDraftOf2026CarriesItsProvenanceAndNoPredikat() throws Exception {
        JsonNode body = JSON.readTree(
                get("/api/v1/indeks?instansi=CONTOH&tahun=2026", "kadis").body());
        assertThat(body.get("tahap").asString()).isEqualTo("mandiri");
        assertThat(body.get("sumber").asString()).isEqualTo("draf");
        assertThat(body.get("hasilAkhir").asBoolean()).isFalse();
        assertThat(body.get("keterangan").asString())
                .isEqualTo("Draf penilaian mandiri \u00b7 sementara, 14 dari 20 indikator bernilai");
        assertThat(body.get("predikat").isNull()).isTrue();
        assertThat(body.get("predikatSementara").asBoolean()).isFalse();
        assertThat(body.get("indeks").decimalValue()).isEqualByComparingTo("3.17");
    }

    @Test
    void unknownInstansiOrYearIsNotFound() throws Exception {
        HttpResponse<String> instansi = get("/api/v1/indeks?instansi=TIDAK-ADA&tahun=2021&tahap=final", "kadis");
        assertThat(instansi.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(instansi.body()).get("pesan").asString())
                .isEqualTo("Instansi \"TIDAK-ADA\" tidak dikenal.");
        HttpResponse<String> year = get("/api/v1/indeks?instansi=CONTOH&tahun=2010&tahap=final", "kadis");
        assertThat(year.statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/indeks?instansi=CONTOH&tahun=2026&tahap=final", "kadis")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void withoutCredentialsTheAnswerIs401NotALoginPage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/indeks?instansi=CONTOH&tahun=2021"))
                .GET()
                .build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("<html");
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/v1/indeks?instansi=CONTOH&tahun=2021"))
                .header("Authorization", basic("kadis", "salah"))
                .GET()
                .build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> upload = post("/api/v1/impor/hasil", null, "a.csv", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestWithoutAFileIsAnErrorOfTheRequestNotOfTheRights() throws Exception {
        HttpResponse<String> notMultipart = send(HttpRequest.newBuilder(uri("/api/v1/impor/hasil"))
                .header("Authorization", basic("koordinator", "demo"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(notMultipart.statusCode()).isEqualTo(415);
        assertJson(notMultipart);
        assertThat(message(notMultipart)).startsWith("Jenis isi \"-\" tidak didukung. Kirim: multipart/form-data");
        HttpResponse<String> badYear = get("/api/v1/indeks?instansi=CONTOH&tahun=dua", "kadis");
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(message(badYear))
                .isEqualTo("Permintaan tidak sah: nilai \"dua\" tidak dapat dipakai untuk parameter \"tahun\".");
        HttpResponse<String> noInstansi = get("/api/v1/indeks?tahun=2021", "kadis");
        assertThat(noInstansi.statusCode()).isEqualTo(400);
        assertThat(message(noInstansi)).isEqualTo("Permintaan tidak lengkap: parameter \"instansi\" wajib diisi.");
        HttpResponse<String> badReportYear = get("/api/v1/laporan?instansi=CONTOH&tahun=x", "kadis");
        assertThat(badReportYear.statusCode()).isEqualTo(400);
        assertJson(badReportYear);
    }

    @Test
    void anUnknownApiPathIs404InJsonNotTheApplicationPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/tidak-ada", "kadis");
        assertThat(response.statusCode()).isEqualTo(404);
        assertJson(response);
        assertThat(message(response)).isEqualTo("Alamat API tidak dikenal: GET /api/v1/tidak-ada.");
        HttpResponse<String> deeper = get("/api/v2/indeks?instansi=CONTOH&tahun=2021", "kadis");
        assertThat(deeper.statusCode()).isEqualTo(404);
        assertJson(deeper);
    }

    @Test
    void aKnownPathWithAnotherMethodIs405InJsonWithTheAllowedMethods() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/indeks?instansi=CONTOH&tahun=2021"))
                .header("Authorization", basic("kadis", "demo"))
                .DELETE()
                .build());
        assertThat(response.statusCode()).isEqualTo(405);
        assertJson(response);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(message(response)).isEqualTo("Metode DELETE tidak didukung untuk /api/v1/indeks. Gunakan: GET.");
    }

    @Test
    void anUploadAboveTheLimitIs413InJsonWithTheLimit() throws Exception {
        // the tests' limit is 8 MB (src/test/resources/config/application.properties)
        byte[] large = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        HttpResponse<String> response = post("/api/v1/impor/hasil", "koordinator", "besar.csv", large);
        assertThat(response.statusCode()).isEqualTo(413);
        assertJson(response);
        assertThat(message(response)).isEqualTo("Berkas terlalu besar: paling besar 8 MB.");
    }

    @Test
    void anImportWhileAnotherRunsIs409InJson() throws Exception {
        try (RunningImport running = new RunningImport(exchange, security)) {
            HttpResponse<String> response = post(
                    "/api/v1/impor/hasil",
                    "koordinator",
                    "kedua.csv",
                    values("UJI-API-409", "3").getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(409);
            assertJson(response);
            assertThat(message(response))
                    .isEqualTo("Impor lain sedang berjalan. Tunggu sampai selesai, lalu unggah lagi.");
            assertThat(evaluation.find("UJI-API-409")).isEmpty();
            assertThat(running.finish().problemCount()).isEqualTo(1);
        }
    }

    @Test
    void anInvalidReportListsAHundredProblemsAndCountsAll() throws Exception {
        String file = "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                + IntStream.range(0, 150)
                        .mapToObj(i -> "UJI-API-100;Kota Uji;" + (2021 + i / 47) + ";final;I" + (i % 47 + 1) + ";9")
                        .collect(Collectors.joining("\n"));
        HttpResponse<String> response =
                post("/api/v1/impor/hasil", "koordinator", "salah.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("jumlahGalat").asInt()).isEqualTo(150);
        assertThat(body.get("galat")).hasSize(100);
        assertThat(body.get("pesan").asString())
                .isEqualTo("Berkas tidak diimpor: 150 kesalahan, 100 yang pertama tercantum. Tidak ada data yang"
                        + " disimpan.");
    }

    private static void assertJson(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).doesNotContain("<html").contains("\"pesan\"");
    }

    private static String message(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("pesan").asString();
    }

    @Test
    void importingNeedsTheAdminRole() throws Exception {
        HttpResponse<String> response = post(
                "/api/v1/impor/hasil",
                "kadis",
                "uji.csv",
                values("UJI-API-403", "3").getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(evaluation.find("UJI-API-403")).isEmpty();
    }

    @Test
    void aValidFileIsImported() throws Exception {
        HttpResponse<String> response = post(
                "/api/v1/impor/hasil",
                "koordinator",
                "uji.csv",
                values("UJI-API", "4,5").getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("baris").asInt()).isEqualTo(20);
        assertThat(body.get("baru").asInt()).isEqualTo(20);
        assertThat(body.get("instansiBaru").get(0).asString()).isEqualTo("UJI-API");
        JsonNode index = JSON.readTree(get("/api/v1/indeks?instansi=UJI-API&tahun=2026&tahap=mandiri", "kadis")
                .body());
        assertThat(index.get("indeks").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(index.get("predikat").isNull()).isFalse();

        HttpResponse<String> again = post(
                "/api/v1/impor/hasil",
                "koordinator",
                "uji.csv",
                values("UJI-API", "4,5").getBytes(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(again.body()).get("tetap").asInt()).isEqualTo(20);
    }

    @Test
    void anInvalidFileIsRejectedWith422AndNothingIsSaved() throws Exception {
        String file = "instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\n"
                + "UJI-API-422,Kota Uji,2021,final,I1,3\n"
                + "UJI-API-422,Kota Uji,2021,final,I99,3\n";
        HttpResponse<String> response =
                post("/api/v1/impor/hasil", "koordinator", "salah.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("berkas").asString()).isEqualTo("salah.csv");
        assertThat(body.get("galat")).hasSize(1);
        JsonNode problem = body.get("galat").get(0);
        assertThat(problem.get("baris").asInt()).isEqualTo(3);
        assertThat(problem.get("kolom").asString()).isEqualTo("indikator");
        assertThat(problem.get("pesan").asString()).startsWith("Indikator \"I99\" tidak ada dalam kerangka");
        assertThat(evaluation.find("UJI-API-422")).isEmpty();
        assertThat(evaluation.result("UJI-API-422", 2021, Stage.FINAL)).isEmpty();
    }

    @Test
    void exportAndTemplateDownloads() throws Exception {
        HttpResponse<byte[]> csv = client.send(
                HttpRequest.newBuilder(uri("/api/v1/ekspor/hasil?instansi=CONTOH&tahun=2021&format=csv"))
                        .header("Authorization", basic("kadis", "demo"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(h -> assertThat(h).contains("nilai-contoh-2021.csv"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8).lines().count())
                .isEqualTo(1 + 47 + 47);
        HttpResponse<byte[]> template = client.send(
                HttpRequest.newBuilder(uri("/api/v1/templat/target"))
                        .header("Authorization", basic("kadis", "demo"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).startsWith('P', 'K');
    }

    private static String values(String code, String value) {
        return "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                + IntStream.rangeClosed(1, 20)
                        .mapToObj(i -> code + ";Kota Uji API;2026;mandiri;I" + i + ";" + value)
                        .collect(Collectors.joining("\n"));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(user, "demo"))
                .GET()
                .build());
    }

    private HttpResponse<String> post(String path, String user, String fileName, byte[] content) throws Exception {
        String boundary = "----pantau" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", basic(user, "demo"));
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
