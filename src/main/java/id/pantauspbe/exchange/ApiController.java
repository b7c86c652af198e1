package id.pantauspbe.exchange;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.YearResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The REST API ({@code /api/v1}): the index of an instansi and year, import of values and targets,
 * export of values and the templates. HTTP Basic with an application account; reading needs any
 * role, importing needs ADMIN (see {@code access.ApiSecurityConfig}). Answers are JSON with
 * Indonesian field names and messages; errors are {@code {"pesan": "…"}} ({@link ApiErrors}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    /** A domain or aspect: code, name, weight (percent of the index) and its index (2 decimals). */
    record Node(String kode, String nama, BigDecimal bobot, BigDecimal indeks) {}

    /**
     * The index of a year under the presentation rule: only a settled result ({@code hasilAkhir})
     * is the result; any other figure carries its provenance ({@code sumber}, {@code keterangan})
     * and an incomplete one gets no predikat.
     */
    record IndexResponse(
            String instansi,
            String namaInstansi,
            int tahun,

            @Schema(
                    description =
                            "Tahap asal angka: mandiri, dokumen, interviu, visitasi atau final; null untuk total publikasi")
            String tahap,

            @Schema(
                    description = "Asal angka: resmi (hasil akhir KemenPAN-RB), asesor (hasil tahap asesor), "
                            + "mandiri (penilaian mandiri lengkap), draf (penilaian mandiri belum lengkap) "
                            + "atau publikasi (total yang dipublikasikan)",
                    allowableValues = {"resmi", "asesor", "mandiri", "draf", "publikasi"})
            String sumber,

            @Schema(
                    description = "true hanya untuk hasil akhir resmi yang lengkap; selain itu angka sementara "
                            + "yang tidak boleh disajikan sebagai hasil (tanpa peringkat, selisih target, "
                            + "atau perubahan sebagai angka bila belum lengkap)")
            boolean hasilAkhir,

            @Schema(
                    description = "Keterangan asal angka yang wajib ditampilkan bersama angka yang bukan hasil "
                            + "akhir, misalnya \"Draf penilaian mandiri · sementara, 14 dari 20 indikator "
                            + "bernilai\"; null untuk hasil akhir",
                    nullable = true)
            String keterangan,

            String kerangka,

            @Schema(description = "Indeks dua desimal (pembulatan setengah ke atas dari nilai tepat)")
            BigDecimal indeks,

            String indeksTepat,

            @Schema(
                    description = "Predikat; null bila indikator belum lengkap. Untuk angka yang bukan hasil "
                            + "akhir, predikat hanya sementara (predikatSementara true)",
                    nullable = true)
            String predikat,

            @Schema(description = "true bila predikat hanya sementara (angka lengkap tetapi bukan hasil akhir resmi)")
            boolean predikatSementara,

            boolean lengkap,
            int indikatorBernilai,
            int indikatorTotal,
            List<Node> domain,
            List<Node> aspek) {}

    record ImportResponse(
            String berkas,
            String jenis,
            int baris,
            int baru,
            int diubah,
            int tetap,
            List<String> instansiBaru,
            List<Problem> catatan) {}

    record Problem(Integer baris, String kolom, String pesan) {}

    record InvalidFileResponse(String berkas, String jenis, String pesan, int jumlahGalat, List<Problem> galat) {}

    private final EvaluationService evaluation;
    private final ExchangeService exchange;

    ApiController(EvaluationService evaluation, ExchangeService exchange) {
        this.evaluation = evaluation;
        this.exchange = exchange;
    }

    /**
     * The index of an instansi for a year; with {@code tahap} the result of that stage, without it
     * the most advanced stage present (or a published total).
     */
    @GetMapping("/indeks")
    @Operation(summary = "Indeks SPBE sebuah instansi pada satu tahun (dan tahap)")
    @ApiResponse(
            responseCode = "200",
            description = "Indeks dengan asal angkanya (sumber, hasilAkhir, keterangan), predikat bila lengkap, "
                    + "domain dan aspek",
            content = @Content(schema = @Schema(implementation = IndexResponse.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Instansi atau tahun tidak dikenal",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> index(
            @RequestParam String instansi, @RequestParam int tahun, @RequestParam(required = false) String tahap) {
        Optional<Instansi> found = evaluation.find(instansi);
        if (found.isEmpty()) {
            return notFound("api.error.unknownInstansi", instansi);
        }
        Stage stage = null;
        if (tahap != null && !tahap.isBlank()) {
            try {
                stage = Stage.ofCode(tahap);
            } catch (IllegalArgumentException e) {
                return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.stage", tahap);
            }
        }
        String code = found.get().code();
        Optional<YearResult> result =
                stage == null ? evaluation.result(code, tahun) : evaluation.result(code, tahun, stage);
        if (result.isEmpty() || result.get().exact() == null) {
            return notFound(
                    stage == null ? "api.error.noResult" : "api.error.noResultStage",
                    found.get().name(),
                    tahun,
                    stage == null ? "" : stage.code());
        }
        YearResult r = result.get();
        return ResponseEntity.ok(new IndexResponse(
                code,
                found.get().name(),
                r.year(),
                r.stage() == null ? null : r.stage().code(),
                r.totalsOnly() ? "publikasi" : r.provenance().name().toLowerCase(Locale.ROOT),
                r.settled(),
                FigureTexts.provisional(r, Messages::indonesian).orElse(null),
                r.frameworkCode(),
                r.value(),
                TextFormat.exactPlain(r.exact()),
                r.predikatShown() ? r.predikat().map(PredikatBand::name).orElse(null) : null,
                r.predikatShown() && !r.settled(),
                r.complete(),
                r.valuedIndicators(),
                r.totalIndicators(),
                nodes(r.domains()),
                nodes(r.aspects())));
    }

    @PostMapping(path = "/impor/hasil", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Impor nilai evaluasi dari berkas CSV atau XLSX (field multipart file); hanya ADMIN")
    @ApiResponse(
            responseCode = "200",
            description = "Berkas valid dan disimpan",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Berkas tidak valid; tidak ada yang disimpan (paling banyak 100 galat, jumlahGalat semuanya)",
            content = @Content(schema = @Schema(implementation = InvalidFileResponse.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Impor lain sedang berjalan",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    @ApiResponse(
            responseCode = "413",
            description = "Berkas lebih besar dari batas",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> importValues(@RequestPart("file") MultipartFile file, Principal principal) {
        return importFile(ImportKind.HASIL, file, principal);
    }

    @PostMapping(path = "/impor/target", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Impor target dari berkas CSV atau XLSX (field multipart file); hanya ADMIN")
    @ApiResponse(
            responseCode = "200",
            description = "Berkas valid dan disimpan",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Berkas tidak valid; tidak ada yang disimpan (paling banyak 100 galat, jumlahGalat semuanya)",
            content = @Content(schema = @Schema(implementation = InvalidFileResponse.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Impor lain sedang berjalan",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    @ApiResponse(
            responseCode = "413",
            description = "Berkas lebih besar dari batas",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> importTargets(@RequestPart("file") MultipartFile file, Principal principal) {
        return importFile(ImportKind.TARGET, file, principal);
    }

    /** Values of an instansi (one year, or all without {@code tahun}) as XLSX or CSV. */
    @GetMapping(path = "/ekspor/hasil", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Ekspor nilai mandiri dan final (satu tahun atau semua) sebagai XLSX atau CSV")
    ResponseEntity<?> export(
            @RequestParam String instansi,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(defaultValue = "xlsx") String format) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.format", format);
        }
        return exchange.exportValues(instansi, tahun, exportFormat)
                .<ResponseEntity<?>>map(ApiController::download)
                .orElseGet(() -> notFound("api.error.unknownInstansi", instansi));
    }

    /** The XLSX template of {@code hasil} or {@code target}. */
    @GetMapping(path = "/templat/{jenis}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Templat XLSX (hasil atau target) dengan lembar Petunjuk")
    ResponseEntity<?> template(@PathVariable String jenis) {
        for (ImportKind kind : ImportKind.values()) {
            if (kind.code().equals(jenis)) {
                return download(exchange.template(kind));
            }
        }
        return notFound("api.error.unknownTemplate", jenis);
    }

    private ResponseEntity<?> importFile(ImportKind kind, MultipartFile file, Principal principal) {
        ImportLimits limits = exchange.limits();
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            return ApiErrors.answer(HttpStatus.CONTENT_TOO_LARGE, "api.error.tooLarge", limits.maxFileMegabytes());
        }
        ImportResult result;
        try {
            result = exchange.importFile(
                    kind,
                    file.getOriginalFilename(),
                    ImportSource.of(file::getInputStream, file.getSize()),
                    principal.getName());
        } catch (ImportBusyException e) {
            return ApiErrors.answer(HttpStatus.CONFLICT, e.key(), e.params());
        }
        if (!result.valid()) {
            String message = result.truncated()
                    ? Messages.indonesian(
                            "api.import.invalidTruncated",
                            result.problemCount(),
                            result.problems().size())
                    : Messages.indonesian("api.import.invalid", result.problemCount());
            return ResponseEntity.unprocessableContent()
                    .body(new InvalidFileResponse(
                            result.file(), kind.code(), message, result.problemCount(), problems(result.problems())));
        }
        return ResponseEntity.ok(new ImportResponse(
                result.file(),
                kind.code(),
                result.rows(),
                result.inserted(),
                result.updated(),
                result.unchanged(),
                result.newInstansi(),
                problems(result.notes())));
    }

    private static ResponseEntity<byte[]> download(ExportFile file) {
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

    private static ResponseEntity<?> notFound(String key, Object... params) {
        return ApiErrors.answer(HttpStatus.NOT_FOUND, key, params);
    }

    private static List<Problem> problems(List<ImportProblem> problems) {
        return problems.stream()
                .map(p -> new Problem(p.row(), p.column(), p.message()))
                .toList();
    }

    private static List<Node> nodes(List<Figure> figures) {
        return figures.stream()
                .map(f -> new Node(f.code(), f.name(), f.weight(), f.value()))
                .toList();
    }
}
