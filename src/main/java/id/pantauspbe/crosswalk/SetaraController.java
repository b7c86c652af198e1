package id.pantauspbe.crosswalk;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.Messages;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/setara}: the comparable index of an instansi between two years across a
 * framework boundary, over the project's own crosswalk (not an official mapping). Reading needs any
 * role, like the rest of {@code /api/v1}; errors are {@code {"pesan": "…"}}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SetaraController {

    /** A pair with the stored values of both years (null when a year has none). */
    record Pair(String dari, String ke, BigDecimal nilaiDari, BigDecimal nilaiKe, String alasan) {}

    record SetaraResponse(
            String instansi,
            int dari,
            int ke,
            String kerangkaDari,
            String kerangkaKe,

            @Schema(description = "Pemetaan buatan proyek, bukan pemetaan resmi")
            String keterangan,

            List<Pair> pasangan,

            @Schema(
                    description = "Rata-rata tertimbang nilai indikator yang setara tahun 'dari' (dua desimal); "
                            + "bobot tiap kelompok indikator setara = bobot kerangka yang lebih baru, sama untuk "
                            + "kedua tahun",
                    nullable = true)
            BigDecimal indeksSetaraDari,

            @Schema(nullable = true) BigDecimal indeksSetaraKe,

            @Schema(description = "Perubahan dari nilai tepat, dua desimal", nullable = true)
            BigDecimal perubahanSetara,

            @Schema(description = "Bagian bobot kerangka tahun 'dari' yang ikut dibandingkan (0–1)")
            BigDecimal cakupanDari,

            BigDecimal cakupanKe,

            @Schema(description = "Indikator tahun 'dari' tanpa padanan")
            List<String> tanpaPadananDari,

            @Schema(description = "Indikator baru tahun 'ke' tanpa padanan")
            List<String> tanpaPadananKe) {}

    private final CrosswalkService service;
    private final EvaluationService evaluation;

    SetaraController(CrosswalkService service, EvaluationService evaluation) {
        this.service = service;
        this.evaluation = evaluation;
    }

    @GetMapping("/setara")
    @Operation(
            summary = "Indeks setara dua tahun lintas kerangka (pemetaan buatan proyek, bukan resmi), dari nilai "
                    + "tahap paling lanjut tiap tahun")
    @ApiResponse(
            responseCode = "200",
            description = "Pasangan indikator dengan nilainya, indeks setara kedua tahun, perubahan dan cakupan",
            content = @Content(schema = @Schema(implementation = SetaraResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Tahun tidak berurutan, kerangka sama atau tidak bersebelahan",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Instansi tidak dikenal atau tahun tanpa nilai indikator",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> setara(@RequestParam String instansi, @RequestParam int dari, @RequestParam int ke) {
        Optional<Instansi> found = evaluation.find(instansi);
        if (found.isEmpty()) {
            return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.unknownInstansi", instansi);
        }
        Setara.Bridge bridge;
        try {
            bridge = service.compare(found.get().code(), dari, ke);
        } catch (id.pantauspbe.base.UserMessageException e) {
            HttpStatus status = "setara.error.noValues".equals(e.key()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            return ApiErrors.answer(status, e.key(), e.params());
        }
        ComparableIndex.Comparison c = bridge.comparison();
        return ResponseEntity.ok(new SetaraResponse(
                found.get().code(),
                dari,
                ke,
                c.fromFramework(),
                c.toFramework(),
                Messages.indonesian("setara.disclaimer"),
                c.pairs().stream()
                        .map(p -> new Pair(
                                p.pair().fromIndicator(),
                                p.pair().toIndicator(),
                                stored(p.fromValue()),
                                stored(p.toValue()),
                                p.pair().reason()))
                        .toList(),
                two(c.fromIndex()),
                two(c.toIndex()),
                two(c.change()),
                two(c.fromCoverage()),
                two(c.toCoverage()),
                c.unmatchedFrom(),
                c.unmatchedTo()));
    }

    /** A stored value without trailing zeros (2.00 is 2), the same number. */
    private static BigDecimal stored(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal two(BigDecimal exact) {
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }
}
