package id.pantauspbe.rakor;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/v1/laporan} over HTTP. */
@AppTest
class ReportApiTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void pdfAndXlsxForAnyRole() throws Exception {
        HttpResponse<byte[]> pdf = get("/api/v1/laporan?instansi=CONTOH&tahun=2021&format=pdf", "kadis");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("laporan-spbe-CONTOH-2021.pdf");
        PdfReader reader = new PdfReader(pdf.body());
        assertThat(reader.getNumberOfPages()).isPositive();
        reader.close();

        HttpResponse<byte[]> xlsx = get("/api/v1/laporan?instansi=contoh&tahun=2021&format=XLSX", "bappeda");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("laporan-spbe-CONTOH-2021.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet("Ringkasan")).isNotNull();
        }
    }

    @Test
    void aPeerWithTotalsOnlyAndADraftYearGiveReportsToo() throws Exception {
        for (String query : List.of(
                "instansi=REMBANG&tahun=2021&format=pdf",
                "instansi=REMBANG&tahun=2021&format=xlsx",
                "instansi=CONTOH&tahun=2026&format=pdf&anonim=true",
                "instansi=CONTOH&tahun=2026&format=xlsx")) {
            assertThat(get("/api/v1/laporan?" + query, "asesor").statusCode())
                    .as(query)
                    .isEqualTo(200);
        }
    }

    @Test
    void errors() throws Exception {
        assertThat(get("/api/v1/laporan?instansi=CONTOH&tahun=2021&format=pdf", null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<byte[]> unknown = get("/api/v1/laporan?instansi=TIDAK-ADA&tahun=2021&format=pdf", "kadis");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("TIDAK-ADA");
        assertThat(get("/api/v1/laporan?instansi=CONTOH&tahun=1999&format=pdf", "kadis")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> format = get("/api/v1/laporan?instansi=CONTOH&tahun=2021&format=docx", "kadis");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(new String(format.body(), StandardCharsets.UTF_8)).contains("docx");
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
