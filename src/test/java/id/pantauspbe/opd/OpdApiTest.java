package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/opd: the OPD list of a year as JSON or XLSX, the same ranking as the view. */
@AppTest
class OpdApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("kadis:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, body);
    }

    @Test
    void aYearScoredByTheQuestionnaireListsEveryOpdWithIndexRankAndPoints() throws Exception {
        HttpResponse<String> response =
                get("/api/v1/opd?instansi=CONTOH&tahun=2025", HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        assertThat(list.size()).isEqualTo(26);
        JsonNode first = list.get(0);
        assertThat(first.get("peringkat").asInt()).isEqualTo(1);
        assertThat(first.get("dari").asInt()).isEqualTo(26);
        assertThat(first.get("dasar").asString()).isEqualTo("kuesioner");
        JsonNode dinsos = null;
        for (JsonNode n : list) {
            if (n.get("singkatan").asString().equals("Dinsos")) {
                dinsos = n;
            }
        }
        assertThat(dinsos).isNotNull();
        assertThat(dinsos.get("opd").asString()).isEqualTo("Dinas Sosial");
        assertThat(dinsos.get("indeks").decimalValue()).isLessThan(new java.math.BigDecimal("3.00"));
        assertThat(dinsos.get("peringkat").asInt()).isEqualTo(26);
        assertThat(dinsos.get("lemah").asBoolean()).isTrue();
        assertThat(dinsos.get("poinDipegang").isNumber()).isTrue();
        assertThat(dinsos.get("poinSementara").asBoolean()).isFalse();
    }

    @Test
    void pointsOfAnOpenYearAreMarkedProvisional() throws Exception {
        JsonNode list =
                JSON.readTree(get("/api/v1/opd?instansi=CONTOH&tahun=2026", HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(list.size()).isPositive();
        for (JsonNode n : list) {
            assertThat(n.get("poinSementara").asBoolean()).isTrue();
        }
    }

    @Test
    void aYearWithoutTheQuestionnaireIsRankedByOfficialIndicators() throws Exception {
        JsonNode list =
                JSON.readTree(get("/api/v1/opd?instansi=CONTOH&tahun=2021", HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(list.get(0).get("dasar").asString()).isEqualTo("indikator resmi");
        assertThat(list.get(0).get("indeks").isNull()).isTrue();
        int ranked = 0;
        for (JsonNode n : list) {
            ranked += n.get("peringkat").isNull() ? 0 : 1;
        }
        // only OPDs that lead a valued official indicator have a rank by points
        assertThat(list.get(0).get("dari").asInt()).isEqualTo(ranked).isLessThan(list.size());
    }

    @Test
    void theSameListAsXlsx() throws Exception {
        HttpResponse<byte[]> response =
                get("/api/v1/opd?instansi=CONTOH&tahun=2025&format=xlsx", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("opd-CONTOH-2025.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("opd");
            assertThat(sheet.getLastRowNum()).isEqualTo(26);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void badRequestsAreAnsweredInIndonesianJson() throws Exception {
        HttpResponse<String> unknown =
                get("/api/v1/opd?instansi=ENTAH&tahun=2025", HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("pesan").asString())
                .isEqualTo("Instansi \"ENTAH\" tidak dikenal.");
        HttpResponse<String> year = get("/api/v1/opd?instansi=CONTOH&tahun=2010", HttpResponse.BodyHandlers.ofString());
        assertThat(year.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(year.body()).get("pesan").asString())
                .isEqualTo("Belum ada data OPD Kabupaten Contoh untuk tahun 2010.");
        HttpResponse<String> format =
                get("/api/v1/opd?instansi=CONTOH&tahun=2025&format=pdf", HttpResponse.BodyHandlers.ofString());
        assertThat(format.statusCode()).isEqualTo(400);
        HttpResponse<String> notANumber =
                get("/api/v1/opd?instansi=CONTOH&tahun=dua", HttpResponse.BodyHandlers.ofString());
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).startsWith("{");
    }
}
