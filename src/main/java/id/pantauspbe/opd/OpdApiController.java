package id.pantauspbe.opd;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.SpreadsheetText;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The OPD list of a year over the API, as JSON or XLSX; the same ranking as the OPD view (any role). */
@RestController
@RequestMapping(path = "/api/v1/opd", produces = MediaType.ALL_VALUE)
class OpdApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OpdRankingService rankings;
    private final OpdTrendService trends;
    private final EvaluationService evaluation;

    OpdApiController(OpdRankingService rankings, OpdTrendService trends, EvaluationService evaluation) {
        this.rankings = rankings;
        this.trends = trends;
        this.evaluation = evaluation;
    }

    @GetMapping
    @Operation(summary = "Daftar OPD satu tahun dengan indeks, peringkat dan poin indeks dipegang (JSON atau xlsx)")
    ResponseEntity<?> list(
            @RequestParam String instansi,
            @RequestParam int tahun,
            @RequestParam(defaultValue = "json") String format) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("json") && !kind.equals("xlsx")) {
            return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.opdFormat", format);
        }
        Optional<Instansi> found = evaluation.find(instansi);
        if (found.isEmpty()) {
            return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.unknownInstansi", instansi);
        }
        if (!trends.years(found.get()).contains(tahun)) {
            return ApiErrors.answer(
                    HttpStatus.NOT_FOUND, "api.error.noOpdYear", found.get().name(), String.valueOf(tahun));
        }
        OpdReport.Ranking ranking = rankings.ranking(found.get(), tahun);
        List<Map<String, Object>> rows = rows(ranking);
        if (kind.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
        }
        String name = "opd-" + found.get().code() + "-" + tahun + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(xlsx(rows, tahun));
    }

    /** One object per OPD in ranking order, with the field names of the API. */
    static List<Map<String, Object>> rows(OpdReport.Ranking ranking) {
        List<Map<String, Object>> rows = new ArrayList<>();
        // points held come from the Pemda's result of the year: provisional until the final one is settled
        boolean provisional = ranking.result().map(result -> !result.settled()).orElse(false);
        for (OpdReport.Row r : ranking.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("opd", r.opd().name());
            row.put("singkatan", r.opd().shortName());
            row.put("indeks", r.index());
            row.put("peringkat", r.ranked() ? r.rank() : null);
            row.put("dari", ranking.rankedCount());
            row.put("dasar", ranking.basis() == OpdReport.RankBasis.OWN_INDEX ? "kuesioner" : "indikator resmi");
            row.put("poinDipegang", r.pointsHeld());
            row.put("poinSementara", provisional);
            row.put("perubahanPeringkat", r.rankChange());
            row.put("lemah", r.weak());
            row.put("alasan", r.reasons().stream().map(Enum::name).toList());
            rows.add(row);
        }
        return rows;
    }

    private static byte[] xlsx(List<Map<String, Object>> rows, int year) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("OPD " + year);
            List<String> columns = List.of(
                    "opd",
                    "singkatan",
                    "indeks",
                    "peringkat",
                    "dari",
                    "dasar",
                    "poinDipegang",
                    "poinSementara",
                    "perubahanPeringkat",
                    "lemah");
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = rows.get(i).get(columns.get(c));
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(Messages.indonesian(b ? "opd.api.xlsx.yes" : "opd.api.xlsx.no"));
                    } else if (v != null) {
                        row.createCell(c).setCellValue(SpreadsheetText.neutralise(v.toString()));
                    }
                }
            }
            sheet.setColumnWidth(0, 45 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
