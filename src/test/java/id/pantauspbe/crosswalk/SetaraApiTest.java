package id.pantauspbe.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/setara} over HTTP on the demo data. */
@AppTest
class SetaraApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void comparesTheMappedIndicatorsAcrossTheFirstBoundary() throws Exception {
        HttpResponse<String> response = get("/api/v1/setara?instansi=CONTOH&dari=2020&ke=2021");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("dari").asInt()).isEqualTo(2020);
        assertThat(body.get("ke").asInt()).isEqualTo(2021);
        assertThat(body.get("keterangan").asString()).contains("bukan pemetaan resmi");
        JsonNode first = body.get("pasangan").get(0);
        assertThat(first.get("dari").asString()).isEqualTo("I1");
        assertThat(first.get("ke").asString()).isEqualTo("I10");
        assertThat(first.get("alasan").asString()).isNotBlank();
        // values exactly as stored, without trailing zeros
        assertThat(first.get("nilaiDari").isIntegralNumber()
                        || first.get("nilaiDari").isNumber())
                .isTrue();
        assertThat(first.get("nilaiDari").toString()).doesNotContain(".00");
        assertThat(body.get("pasangan")).hasSize(27);
        BigDecimal from = body.get("indeksSetaraDari").decimalValue();
        BigDecimal to = body.get("indeksSetaraKe").decimalValue();
        assertThat(body.get("perubahanSetara").decimalValue())
                .isBetween(
                        to.subtract(from).subtract(new BigDecimal("0.01")),
                        to.subtract(from).add(new BigDecimal("0.01")));
        assertThat(body.get("cakupanDari").decimalValue()).isEqualByComparingTo("0.83");
        assertThat(body.get("cakupanKe").decimalValue()).isEqualByComparingTo("0.65");
        assertThat(body.get("tanpaPadananKe")).hasSize(20);
    }

    @Test
    void badInputIsAnsweredInIndonesianNeverWith500() throws Exception {
        assertPesan(
                get("/api/v1/setara?instansi=TIDAKADA&dari=2020&ke=2021"), 404, "Instansi \"TIDAKADA\" tidak dikenal.");
        assertPesan(get("/api/v1/setara?instansi=CONTOH&dari=2021&ke=2022"), 400, "kerangka yang sama");
        assertPesan(get("/api/v1/setara?instansi=CONTOH&dari=2021&ke=2020"), 400, "harus sebelum");
        assertPesan(get("/api/v1/setara?instansi=CONTOH&dari=2019&ke=2026"), 400, "berurutan");
        assertPesan(
                get("/api/v1/setara?instansi=CONTOH&dari=2010&ke=2021"),
                404,
                "Belum ada nilai indikator untuk tahun 2010.");
        assertThat(get("/api/v1/setara?instansi=CONTOH&dari=abc&ke=2021").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/setara?instansi=CONTOH&dari=2020").statusCode()).isEqualTo(400);
    }

    private void assertPesan(HttpResponse<String> response, int status, String text) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("pesan").asString()).contains(text);
    }

    private HttpResponse<String> get(String path) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("kadis:demo".getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
