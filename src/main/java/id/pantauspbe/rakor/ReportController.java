package id.pantauspbe.rakor;

import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/laporan}: the "Laporan SPBE" of an instansi and year as PDF or XLSX, under the
 * same HTTP Basic security as the rest of the API (any role may read); and the same at {@code
 * GET /laporan} for signed-in users of the web application (the download links of the views).
 */
@RestController
class ReportController {

    /** The path of the views' download links: {@code /laporan?instansi=CONTOH&tahun=2021&format=pdf}. */
    static final String WEB_PATH = "/laporan";

    private final ReportService reports;
    private final EvaluationService evaluation;

    ReportController(ReportService reports, EvaluationService evaluation) {
        this.reports = reports;
        this.evaluation = evaluation;
    }

    @GetMapping(
            path = {"/api/v1/laporan", WEB_PATH},
            produces = MediaType.ALL_VALUE)
    @Operation(summary = "Laporan SPBE (isi rakor) sebuah instansi dan tahun sebagai PDF A4 atau XLSX")
    @ApiResponse(responseCode = "200", description = "Berkas laporan")
    @ApiResponse(responseCode = "400", description = "Format tidak dikenal (pdf atau xlsx)")
    @ApiResponse(responseCode = "404", description = "Instansi atau tahun tidak dikenal")
    ResponseEntity<?> report(
            @RequestParam String instansi,
            @RequestParam int tahun,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "false") boolean anonim) {
        Optional<ReportService.ReportFormat> reportFormat = ReportService.ReportFormat.of(format);
        if (reportFormat.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "api.error.reportFormat", format);
        }
        Optional<Instansi> found = evaluation.find(instansi);
        if (found.isEmpty()) {
            return message(HttpStatus.NOT_FOUND, "api.error.unknownInstansi", instansi);
        }
        if (evaluation.result(found.get().code(), tahun).isEmpty()) {
            return message(
                    HttpStatus.NOT_FOUND, "api.error.noResult", found.get().name(), tahun, "");
        }
        ExportFile file = reports.report(found.get().code(), tahun, reportFormat.get(), anonim)
                .orElseThrow();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String key, Object... params) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("pesan", Messages.indonesian(key, params)));
    }
}
