package id.pantauspbe.plan;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Stage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner and the forecast in the REST API: {@code POST /api/v1/rencana/hitung} computes a plan
 * (nothing saved) and {@code GET /api/v1/perkiraan} forecasts a year's final result; any role.
 * Errors are {@code {"pesan": "…"}} ({@link ApiErrors}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanController {

    record Basis(Integer tahun, String tahap) {}

    record PlanBody(
            String instansi,
            Integer tahun,

            @Schema(description = "Target indeks (dua desimal); tanpa ini target tahun itu")
            BigDecimal target,

            @Schema(description = "Nilai awal; tanpa ini hasil akhir lengkap terakhir dengan kerangka yang sama")
            Basis dasar,

            @Schema(description = "Level tertinggi per indikator tahun ini (sama dengan nilai awal = dikunci)")
            Map<String, BigDecimal> batas,

            @Schema(description = "Usaha satu langkah level per indikator (1–99, bawaan 1)")
            Map<String, Integer> usaha) {}

    record BasisAnswer(int tahun, String tahap, BigDecimal indeks, String indeksTepat) {}

    record StepAnswer(String indikator, BigDecimal dari, BigDecimal ke, int usaha, String tambahTepat, String opd) {}

    record PlanAnswer(
            String instansi,
            int tahun,
            String kerangka,
            BigDecimal target,
            BasisAnswer dasar,
            boolean tercapai,
            BigDecimal indeks,
            String indeksTepat,
            String predikat,
            int usahaTotal,
            List<StepAnswer> langkah,

            @Schema(description = "Bila target tidak tercapai: indikator yang batasnya menahan indeks, terbesar dahulu")
            List<String> batasMengikat) {}

    record BacktestAnswer(int tahun, BigDecimal perkiraan, BigDecimal hasil, BigDecimal galat, boolean dalamRentang) {}

    record ForecastAnswer(
            String instansi,
            int tahun,
            BigDecimal perkiraan,
            List<BigDecimal> rentang,
            String dasar,
            String metode,
            BigDecimal target,
            Boolean targetDalamRentang,
            List<BacktestAnswer> uji,
            BigDecimal galatRataRata,
            String rentangTepat) {}

    private final PlanService plans;
    private final ForecastService forecasts;
    private final EvaluationService evaluation;

    PlanController(PlanService plans, ForecastService forecasts, EvaluationService evaluation) {
        this.plans = plans;
        this.forecasts = forecasts;
        this.evaluation = evaluation;
    }

    @PostMapping(path = "/rencana/hitung", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rencana peningkatan dengan usaha terkecil menuju target (dihitung, tidak disimpan)")
    @ApiResponse(
            responseCode = "200",
            description = "Langkah level dengan usaha total terkecil; bila target tidak tercapai dalam batas, "
                    + "langkah menuju indeks tertinggi yang dapat dicapai",
            content = @Content(schema = @Schema(implementation = PlanAnswer.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Permintaan tidak sah (target, dasar, batas atau usaha)",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Instansi tidak dikenal",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> compute(@RequestBody PlanBody body) {
        if (body == null || body.instansi() == null || body.instansi().isBlank()) {
            return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.missingParameter", "instansi");
        }
        if (body.tahun() == null) {
            return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.missingParameter", "tahun");
        }
        if (evaluation.find(body.instansi()).isEmpty()) {
            return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.unknownInstansi", body.instansi());
        }
        Integer basisYear = null;
        Stage basisStage = null;
        if (body.dasar() != null) {
            if (body.dasar().tahun() == null) {
                return ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.missingParameter", "dasar.tahun");
            }
            basisYear = body.dasar().tahun();
            if (body.dasar().tahap() != null && !body.dasar().tahap().isBlank()) {
                try {
                    basisStage = Stage.ofCode(body.dasar().tahap());
                } catch (IllegalArgumentException e) {
                    return ApiErrors.answer(
                            HttpStatus.BAD_REQUEST,
                            "api.error.stage",
                            body.dasar().tahap());
                }
            }
        }
        String code = evaluation.find(body.instansi()).get().code();
        PlanResult plan = plans.compute(
                new PlanRequest(code, body.tahun(), body.target(), basisYear, basisStage, body.batas(), body.usaha()));
        return ResponseEntity.ok(new PlanAnswer(
                plan.instansiCode(),
                plan.year(),
                plan.frameworkCode(),
                plan.target(),
                new BasisAnswer(
                        plan.basisYear(),
                        plan.basisStage().code(),
                        plan.basisPublished(),
                        TextFormat.exactPlain(plan.basisExact())),
                plan.reached(),
                plan.published(),
                TextFormat.exactPlain(plan.exact()),
                plan.predikat(),
                plan.totalEffort(),
                plan.steps().stream()
                        .map(s -> new StepAnswer(
                                s.indicatorCode(),
                                level(s.from()),
                                level(s.to()),
                                s.effort(),
                                TextFormat.exactPlain(s.points()),
                                s.opdName()))
                        .toList(),
                plan.binding()));
    }

    @GetMapping("/perkiraan")
    @Operation(summary = "Perkiraan hasil akhir sebuah tahun dari penilaian mandiri, dengan rentang dan uji mundur")
    @ApiResponse(
            responseCode = "200",
            description = "Perkiraan, rentang, metode dan uji mundur (tahun dengan mandiri dan final saja)",
            content = @Content(schema = @Schema(implementation = ForecastAnswer.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Instansi tidak dikenal atau tahun tanpa penilaian mandiri",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> forecast(@RequestParam String instansi, @RequestParam int tahun) {
        if (evaluation.find(instansi).isEmpty()) {
            return ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.unknownInstansi", instansi);
        }
        String code = evaluation.find(instansi).get().code();
        return forecasts
                .forecast(code, tahun)
                .<ResponseEntity<?>>map(f -> ResponseEntity.ok(new ForecastAnswer(
                        code,
                        f.year(),
                        f.estimate(),
                        List.of(f.low(), f.high()),
                        f.basisText(id.pantauspbe.base.Messages::indonesian),
                        f.methodText(id.pantauspbe.base.Messages::indonesian),
                        f.target(),
                        f.targetInRange(),
                        f.backtest().stream()
                                .map(b ->
                                        new BacktestAnswer(b.year(), b.estimate(), b.actual(), b.error(), b.inRange()))
                                .toList(),
                        f.meanAbsoluteError(),
                        f.rangeHeldText(id.pantauspbe.base.Messages::indonesian))))
                .orElseGet(() -> ApiErrors.answer(HttpStatus.NOT_FOUND, "forecast.error.none", String.valueOf(tahun)));
    }

    private static BigDecimal level(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
