package id.pantauspbe.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/rencana/hitung} and {@code GET /api/v1/perkiraan} over HTTP. */
@AppTest
class PlanApiTest {

    @Autowired
    EvaluationService evaluation;

    @Autowired
    CurrentUser currentUser;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void computesThePlanOfTheIssuesExample() throws Exception {
        HttpResponse<String> response = post(
                "{\"instansi\":\"CONTOH\",\"tahun\":2022,\"target\":3.20,\"dasar\":{\"tahun\":2021,\"tahap\":\"final\"},"
                        + "\"batas\":{\"I21\":3},\"usaha\":{\"I21\":2}}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("instansi").asString()).isEqualTo("CONTOH");
        assertThat(body.get("kerangka").asString()).isEqualTo("PERMENPANRB-59-2020");
        assertThat(body.get("target").decimalValue()).isEqualByComparingTo("3.20");
        assertThat(body.get("dasar").get("tahun").asInt()).isEqualTo(2021);
        assertThat(body.get("dasar").get("tahap").asString()).isEqualTo("final");
        assertThat(body.get("dasar").get("indeks").decimalValue()).isEqualByComparingTo("2.51");
        assertThat(body.get("dasar").get("indeksTepat").asString()).isEqualTo("2.5050");
        assertThat(body.get("tercapai").asBoolean()).isTrue();
        assertThat(body.get("indeks").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("3.20"));
        assertThat(body.get("indeksTepat").asString()).matches("\\d\\.\\d{4,}");
        int sum = 0;
        for (JsonNode step : body.get("langkah")) {
            sum += step.get("usaha").asInt();
            assertThat(step.get("opd").asString()).isNotBlank();
            assertThat(step.get("tambahTepat").asString()).matches("0\\.\\d{4,}");
            if (step.get("indikator").asString().equals("I21")) {
                assertThat(step.get("ke").asInt()).isLessThanOrEqualTo(3);
                assertThat(step.get("usaha").asInt())
                        .isEqualTo(
                                2 * (step.get("ke").asInt() - step.get("dari").asInt()));
            }
        }
        assertThat(body.get("usahaTotal").asInt()).isEqualTo(sum);
    }

    @Test
    void badInputIsA4xxWithAMessage() throws Exception {
        HttpResponse<String> badEffort = post("{\"instansi\":\"CONTOH\",\"tahun\":2022,\"usaha\":{\"I21\":0}}");
        assertThat(badEffort.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badEffort.body()).get("pesan").asString()).contains("I21");
        assertThat(post("{\"instansi\":\"CONTOH\",\"tahun\":2022,\"batas\":{\"I99\":3}}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("{\"instansi\":\"CONTOH\",\"tahun\":2022,\"target\":3.205}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("{\"instansi\":\"TIDAKADA\",\"tahun\":2022}").statusCode())
                .isEqualTo(404);
        assertThat(post("{\"tahun\":2022}").statusCode()).isEqualTo(400);
        assertThat(post("{\"instansi\":\"CONTOH\",\"tahun\":1990}").statusCode())
                .isEqualTo(400);
        assertThat(post("bukan json").statusCode()).isEqualTo(400);
        assertThat(post("{\"instansi\":\"CONTOH\",\"tahun\":2022,\"dasar\":{\"tahun\":2021,\"tahap\":\"x\"}}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void forecastsTheOpenYear() throws Exception {
        HttpResponse<String> response = get("/api/v1/perkiraan?instansi=CONTOH&tahun=2026");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("perkiraan").decimalValue()).isNotNull();
        assertThat(body.get("rentang")).hasSize(2);
        assertThat(body.get("target").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(body.get("metode").asString())
                .startsWith("Belum ada nilai asesor: indeks penilaian mandiri ditambah rata-rata selisih");
        assertThat(body.get("dasar").asString()).startsWith("Penilaian mandiri 2026: ");
        assertThat(body.get("uji")).hasSize(7);
        JsonNode first = body.get("uji").get(0);
        assertThat(first.get("tahun").asInt()).isEqualTo(2019);
        assertThat(first.get("galat").decimalValue())
                .isEqualByComparingTo(first.get("perkiraan")
                        .decimalValue()
                        .subtract(first.get("hasil").decimalValue()));
        assertThat(get("/api/v1/perkiraan?instansi=CONTOH&tahun=2031").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theForecastSaysWhenItStartsFromAsesorValues() throws Exception {
        try {
            currentUser.runAs(
                    "koordinator",
                    Role.ADMIN,
                    () -> evaluation.saveValues(
                            "CONTOH",
                            2026,
                            Stage.INTERVIU,
                            Map.of("I1", new BigDecimal("3.00"), "I2", new BigDecimal("3.00")),
                            "asesor"));
            JsonNode body = JSON.readTree(
                    get("/api/v1/perkiraan?instansi=CONTOH&tahun=2026").body());
            assertThat(body.get("dasar").asString())
                    .startsWith("Nilai terakhir 2026: ")
                    .contains("nilai asesor untuk 2 indikator, terakhir Penilaian interviu");
            assertThat(body.get("metode").asString())
                    .startsWith("Indeks nilai terakhir (nilai asesor bila ada, penilaian mandiri bila belum)")
                    .contains("nilai asesor dipakai apa adanya");
            // the backtest is still the self-assessment's
            assertThat(body.get("uji")).hasSize(7);
        } finally {
            currentUser.runAs(
                    "koordinator", Role.ADMIN, () -> evaluation.deleteStageValues("CONTOH", 2026, Stage.INTERVIU));
        }
    }

    private HttpResponse<String> post(String json) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rencana/hitung"))
                        .header("Authorization", basic())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("kadis:demo".getBytes(StandardCharsets.UTF_8));
    }
}
