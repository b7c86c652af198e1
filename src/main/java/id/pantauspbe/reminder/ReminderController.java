package id.pantauspbe.reminder;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reminders over the API (ADMIN only): send the due reminders of the home Pemda now. */
@RestController
@RequestMapping(path = "/api/v1/pengingat", produces = MediaType.APPLICATION_JSON_VALUE)
class ReminderController {

    /** How many messages the mail server accepted in this run. */
    record Sent(int terkirim) {}

    private final ReminderService reminders;
    private final EvaluationService evaluation;

    ReminderController(ReminderService reminders, EvaluationService evaluation) {
        this.reminders = reminders;
        this.evaluation = evaluation;
    }

    @PostMapping("/kirim")
    @Operation(summary = "Kirim pengingat yang jatuh tempo hari ini sekarang (dan ulangi yang gagal); hanya ADMIN")
    @ApiResponse(
            responseCode = "200",
            description = "Jumlah surel terkirim",
            content = @Content(schema = @Schema(implementation = Sent.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Server surat belum diatur",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> send() {
        String home = evaluation.home().map(Instansi::code).orElse(null);
        if (home == null) {
            return ApiErrors.answer(HttpStatus.CONFLICT, "api.error.noHome");
        }
        try {
            return ResponseEntity.ok(new Sent(reminders.sendNow(home)));
        } catch (UserMessageException e) {
            return ApiErrors.answer(HttpStatus.CONFLICT, e.key(), e.params());
        }
    }
}
