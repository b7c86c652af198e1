package id.pantauspbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.SignIn;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditEvent;
import id.pantauspbe.access.AuditFilter;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.Role;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PUT /api/v1/nilai as a client sees it, on the demo data (2026: the self-assessment is open,
 * Bappeda leads I1 and I2, I2 is 3.10): the saved value with the resulting index, the optimistic
 * check, and the refusals in JSON.
 */
@AppTest
class ValueApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    AuditService audit;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    private HttpResponse<String> put(String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nilai"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode index2026Mandiri() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/indeks?instansi=CONTOH&tahun=2026&tahap=mandiri"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("kadis:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        return JSON.readTree(HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private BigDecimal stored(String code) {
        return evaluation.entries("CONTOH", 2026, Stage.MANDIRI).get(code).value();
    }

    private void restore(String code, String value) {
        SignIn.as(security, "koordinator", Role.ADMIN);
        evaluation.saveValues("CONTOH", 2026, Stage.MANDIRI, Map.of(code, new BigDecimal(value)), "uji");
        security.clearContext();
    }

    private static String pesan(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("pesan").asString();
    }

    @Test
    void anOperatorChangesAValueOfTheirOpdAndGetsItBackWithTheNewIndex() throws Exception {
        assertThat(stored("I2")).isEqualByComparingTo("3.10");
        try {
            HttpResponse<String> response = put("bappeda", """
                    {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I2","nilai":3.3,
                     "sebelumnya":3.1,"keterangan":"Perbup 12/2026 ditetapkan"}""");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("nilai").decimalValue()).isEqualByComparingTo("3.30");
            assertThat(body.get("sebelumnya").decimalValue()).isEqualByComparingTo("3.10");
            assertThat(body.get("berubah").asBoolean()).isTrue();
            assertThat(body.get("diubahOleh").asString()).isEqualTo("bappeda");
            assertThat(body.get("keterangan").asString()).isEqualTo("Perbup 12/2026 ditetapkan");
            JsonNode hasil = body.get("hasil");
            // the index in the answer is the one the API reads afterwards
            JsonNode read = index2026Mandiri();
            assertThat(hasil.get("indeks").decimalValue())
                    .isEqualByComparingTo(read.get("indeks").decimalValue());
            assertThat(hasil.get("indikatorBernilai").asInt())
                    .isEqualTo(read.get("indikatorBernilai").asInt());
            // a draft over part of the indicators: its exact index is given to at most ten decimals
            assertThat(hasil.get("indeksTepat").asString())
                    .matches("\\d\\.\\d{4,10}")
                    .isEqualTo(read.get("indeksTepat").asString());
            assertThat(stored("I2")).isEqualByComparingTo("3.30");

            SignIn.as(security, "koordinator", Role.ADMIN);
            AuditEvent event = audit
                    .search(new AuditFilter(null, AuditAction.Entity.VALUE, "CONTOH", 2026, null, "I2", null, null))
                    .stream()
                    .filter(e -> e.key().equals("I2"))
                    .findFirst()
                    .orElseThrow();
            assertThat(event.username()).isEqualTo("bappeda");
            assertThat(event.oldValue()).isEqualTo("3.1");
            assertThat(event.newValue()).isEqualTo("3.3");

            // the same value again changes nothing
            HttpResponse<String> again = put("bappeda", """
                    {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I2","nilai":3.3,
                     "keterangan":"Perbup 12/2026 ditetapkan"}""");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(again.body()).get("berubah").asBoolean()).isFalse();
        } finally {
            restore("I2", "3.10");
        }
    }

    @Test
    void aValueChangedMeanwhileIsAConflictNamingTheStoredValueAndNothingIsWritten() throws Exception {
        HttpResponse<String> response = put("asesor", """
                {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I2","nilai":4,"sebelumnya":2}""");
        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("pesan").asString())
                .isEqualTo("Indikator I2: nilai tersimpan 3,10 (terakhir diubah oleh "
                        + body.get("diubahOleh").asString()
                        + "), bukan 2 seperti isian \"sebelumnya\"; tidak ada yang disimpan.");
        assertThat(body.get("nilaiTersimpan").decimalValue()).isEqualByComparingTo("3.10");
        assertThat(stored("I2")).isEqualByComparingTo("3.10");
    }

    @Test
    void aRoleThatMayNotWriteTheValueGets403() throws Exception {
        HttpResponse<String> leader = put("kadis", """
                {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I2","nilai":4}""");
        assertThat(leader.statusCode()).isEqualTo(403);
        assertThat(pesan(leader)).isEqualTo("Akun ini tidak berhak melakukan tindakan ini.");
        // I5 is led by another OPD
        HttpResponse<String> otherOpd = put("bappeda", """
                {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I5","nilai":4}""");
        assertThat(otherOpd.statusCode()).isEqualTo(403);
        assertThat(pesan(otherOpd)).isEqualTo("Akun ini tidak berhak melakukan tindakan ini.");
        assertThat(stored("I2")).isEqualByComparingTo("3.10");
    }

    @Test
    void aClosedStageIsAConflict() throws Exception {
        HttpResponse<String> response = put("koordinator", """
                {"instansi":"CONTOH","tahun":2025,"tahap":"mandiri","indikator":"I2","nilai":4}""");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(pesan(response)).startsWith("Tahap ").contains("tahun 2025", "tidak dibuka");
    }

    @Test
    void badRequestsAreRefusedIn400WithTheReason() throws Exception {
        HttpResponse<String> broken = put("koordinator", "{\"instansi\":\"CONTOH\",");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(pesan(broken)).isEqualTo("Permintaan tidak sah: isi permintaan tidak dapat dibaca.");

        HttpResponse<String> noValue = put("koordinator", """
                {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I2"}""");
        assertThat(noValue.statusCode()).isEqualTo(400);
        assertThat(pesan(noValue)).isEqualTo("Permintaan tidak lengkap: isian \"nilai\" wajib diisi.");

        HttpResponse<String> offScale = put("koordinator", """
                {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I2","nilai":7}""");
        assertThat(offScale.statusCode()).isEqualTo(400);
        assertThat(pesan(offScale)).startsWith("Indikator I2: nilai 7 di luar skala");

        HttpResponse<String> stage = put("koordinator", """
                {"instansi":"CONTOH","tahun":2026,"tahap":"akhir","indikator":"I2","nilai":3}""");
        assertThat(stage.statusCode()).isEqualTo(400);
        assertThat(pesan(stage)).startsWith("Tahap \"akhir\" tidak dikenal");
        assertThat(stored("I2")).isEqualByComparingTo("3.10");
    }

    @Test
    void unknownInstansiIndicatorOrYearIs404() throws Exception {
        HttpResponse<String> instansi = put("koordinator", """
                {"instansi":"ENTAH","tahun":2026,"tahap":"mandiri","indikator":"I2","nilai":3}""");
        assertThat(instansi.statusCode()).isEqualTo(404);
        assertThat(pesan(instansi)).isEqualTo("Instansi \"ENTAH\" tidak dikenal.");

        HttpResponse<String> indicator = put("koordinator", """
                {"instansi":"CONTOH","tahun":2026,"tahap":"mandiri","indikator":"I99","nilai":3}""");
        assertThat(indicator.statusCode()).isEqualTo(404);
        assertThat(pesan(indicator)).startsWith("Indikator I99 tidak ada dalam kerangka");

        HttpResponse<String> year = put("koordinator", """
                {"instansi":"CONTOH","tahun":2010,"tahap":"mandiri","indikator":"I2","nilai":3}""");
        assertThat(year.statusCode()).isEqualTo(404);
        // the year as a year, not "2.010"
        assertThat(pesan(year)).isEqualTo("Belum ada kerangka evaluasi untuk tahun 2010.");
    }
}
