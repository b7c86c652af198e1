package id.pantauspbe.evaluation;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.framework.FrameworkService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One indicator value over the API ({@code PUT /api/v1/nilai}), written through the entry screen's
 * path ({@link ValueEntryService#saveEntry}): the same {@link EditPolicy}, scale check, audit trail
 * and kept results. {@code sebelumnya} is an optimistic check: when the stored value differs, the
 * answer is 409 naming it and nothing is written. Errors are {@code {"pesan": "…"}} ({@link ApiErrors}).
 */
@RestController
@RequestMapping(path = "/api/v1/nilai", produces = MediaType.APPLICATION_JSON_VALUE)
class ValueApiController {

    /** The body of a PUT. */
    record ValueRequest(
            @Schema(example = "CONTOH") String instansi,
            @Schema(example = "2026") Integer tahun,
            @Schema(example = "mandiri") String tahap,
            @Schema(example = "I1") String indikator,
            @Schema(example = "3") BigDecimal nilai,

            @Schema(
                    description = "Nilai yang dibaca pengirim (opsional): bila nilai tersimpan berbeda, jawabannya "
                            + "409 dan tidak ada yang disimpan",
                    nullable = true)
            BigDecimal sebelumnya,

            @Schema(description = "Penjelasan atau bukti nilai (opsional)", nullable = true)
            String keterangan,

            @Schema(description = "Alasan koreksi; wajib untuk mengubah nilai hasil akhir", nullable = true)
            String alasanKoreksi) {}

    /** The index of the instansi for the year and stage after the edit. */
    record IndexAfter(
            String sumber,
            BigDecimal indeks,
            String indeksTepat,
            @Schema(nullable = true) String predikat,
            boolean lengkap,
            int indikatorBernilai,
            int indikatorTotal,
            @Schema(nullable = true) String keterangan) {}

    record ValueResponse(
            String instansi,
            int tahun,
            String tahap,
            String indikator,
            BigDecimal nilai,

            @Schema(description = "Nilai sebelum perubahan; null bila belum ada", nullable = true)
            BigDecimal sebelumnya,

            @Schema(description = "false bila nilai dan keterangan sama dengan yang tersimpan")
            boolean berubah,

            @Schema(nullable = true) String keterangan,
            String diubahOleh,
            OffsetDateTime diubahPada,
            int versi,
            @Schema(nullable = true) IndexAfter hasil) {}

    /** A 409 for a value changed meanwhile: the message and the stored value. */
    record ConflictResponse(String pesan, BigDecimal nilaiTersimpan, String diubahOleh) {}

    private final ValueEntryService entry;
    private final EvaluationService evaluation;
    private final FrameworkService frameworks;

    ValueApiController(ValueEntryService entry, EvaluationService evaluation, FrameworkService frameworks) {
        this.entry = entry;
        this.evaluation = evaluation;
        this.frameworks = frameworks;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Mengisi atau mengubah satu nilai indikator (seperti layar isian nilai): ADMIN, ASESOR, "
                    + "atau operator OPD untuk indikator yang dipegang OPD-nya pada tahap mandiri")
    @ApiResponse(
            responseCode = "200",
            description = "Nilai tersimpan dan indeks instansi pada tahun dan tahap itu",
            content = @Content(schema = @Schema(implementation = ValueResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "JSON tidak sah, isian wajib kosong, tahap tidak dikenal, nilai di luar skala, alasan "
                    + "koreksi tidak ada",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    @ApiResponse(
            responseCode = "403",
            description = "Peran ini tidak boleh mengubah nilai itu",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Instansi, kerangka tahun itu atau indikator tidak dikenal",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Nilai tersimpan berbeda dari sebelumnya (nilaiTersimpan), atau tahap tidak dibuka; "
                    + "tidak ada yang disimpan",
            content = @Content(schema = @Schema(implementation = ConflictResponse.class)))
    ResponseEntity<?> put(@RequestBody ValueRequest body) {
        Optional<String> missing = missingField(body);
        if (missing.isPresent()) {
            return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.missingField", missing.get());
        }
        Stage stage;
        try {
            stage = Stage.ofCode(body.tahap());
        } catch (IllegalArgumentException e) {
            return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.stage", body.tahap());
        }
        Optional<Instansi> found = evaluation.find(body.instansi().strip());
        if (found.isEmpty()) {
            return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.unknownInstansi", body.instansi());
        }
        String code = found.get().code();
        int year = body.tahun();
        Optional<Framework> framework = frameworks.forYear(year);
        if (framework.isEmpty()) {
            return ApiErrors.answer(HttpStatus.NOT_FOUND, "value.error.noFramework", String.valueOf(year));
        }
        String indicator = body.indikator().strip();
        if (framework.get().indicator(indicator).isEmpty()) {
            return ApiErrors.answer(
                    HttpStatus.NOT_FOUND,
                    "value.error.unknownIndicator",
                    indicator,
                    framework.get().code());
        }
        if (entry.editScope(code, year, stage).access() == EditScope.Access.STAGE_CLOSED) {
            return ApiErrors.answer(
                    HttpStatus.CONFLICT,
                    "api.error.stageClosed",
                    Messages.indonesian("stage." + stage.name()),
                    String.valueOf(year),
                    found.get().name());
        }
        ValueEntry before = evaluation.entries(code, year, stage).get(indicator);
        if (body.sebelumnya() != null && (before == null || before.value().compareTo(body.sebelumnya()) != 0)) {
            return conflict(indicator, before, body.sebelumnya());
        }
        ValueEntry saved;
        try {
            saved = entry.saveEntry(new ValueEdit(
                    code,
                    year,
                    stage,
                    indicator,
                    body.nilai(),
                    body.keterangan(),
                    before == null ? null : before.version(),
                    body.alasanKoreksi()));
        } catch (StaleValueException e) {
            // changed between the check above and the save
            return conflict(indicator, e.current(), before == null ? null : before.value());
        } catch (UserMessageException e) {
            if (e.key().equals("value.error.finalClosed")) {
                return ApiErrors.answer(HttpStatus.CONFLICT, e.key(), e.params());
            }
            throw e; // 400 by ApiErrors
        }
        boolean changed = before == null || before.version() != saved.version();
        return ResponseEntity.ok(new ValueResponse(
                code,
                year,
                stage.code(),
                indicator,
                saved.value(),
                before == null ? null : before.value(),
                changed,
                saved.justification(),
                saved.updatedBy(),
                saved.updatedAt(),
                saved.version(),
                evaluation
                        .result(code, year, stage)
                        .map(ValueApiController::index)
                        .orElse(null)));
    }

    private static Optional<String> missingField(ValueRequest body) {
        if (body == null || body.instansi() == null || body.instansi().isBlank()) {
            return Optional.of("instansi");
        }
        if (body.tahun() == null) {
            return Optional.of("tahun");
        }
        if (body.tahap() == null || body.tahap().isBlank()) {
            return Optional.of("tahap");
        }
        if (body.indikator() == null || body.indikator().isBlank()) {
            return Optional.of("indikator");
        }
        if (body.nilai() == null) {
            return Optional.of("nilai");
        }
        return Optional.empty();
    }

    private static ResponseEntity<ConflictResponse> conflict(String indicator, ValueEntry stored, BigDecimal read) {
        String pesan = stored == null
                ? Messages.indonesian("api.error.valueConflictEmpty", indicator, plain(read))
                : Messages.indonesian(
                        "api.error.valueConflict", indicator, plain(stored.value()), stored.updatedBy(), plain(read));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ConflictResponse(
                        pesan, stored == null ? null : stored.value(), stored == null ? null : stored.updatedBy()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "–" : TextFormat.level(value);
    }

    private static IndexAfter index(YearResult r) {
        if (r.exact() == null) {
            return null;
        }
        return new IndexAfter(
                r.provenance().name().toLowerCase(Locale.ROOT),
                r.value(),
                TextFormat.exactPlain(r.exact()),
                r.predikatShown() ? r.predikat().map(PredikatBand::name).orElse(null) : null,
                r.complete(),
                r.valuedIndicators(),
                r.totalIndicators(),
                FigureTexts.provisional(r, Messages::indonesian).orElse(null));
    }
}
