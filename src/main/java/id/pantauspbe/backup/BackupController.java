package id.pantauspbe.backup;

import id.pantauspbe.base.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Backups over the API (ADMIN only): take one now, download one as a zip. */
@RestController
@RequestMapping(path = "/api/v1/cadangan", produces = MediaType.APPLICATION_JSON_VALUE)
class BackupController {

    /** The backup just written. */
    record Created(String berkas) {}

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping
    @Operation(summary = "Buat cadangan basis data dan berkas data dukung sekarang; hanya ADMIN")
    @ApiResponse(
            responseCode = "200",
            description = "Nama berkas cadangan",
            content = @Content(schema = @Schema(implementation = Created.class)))
    Created create() {
        return new Created(backups.createNow());
    }

    @GetMapping(path = "/{berkas}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Unduh satu cadangan (zip); hanya ADMIN")
    @ApiResponse(
            responseCode = "404",
            description = "Cadangan tidak ada",
            content = @Content(schema = @Schema(implementation = ApiErrors.Message.class)))
    ResponseEntity<?> download(@PathVariable String berkas) {
        Optional<Path> file = backups.file(berkas);
        if (file.isEmpty()) {
            return BackupService.validName(berkas)
                    ? ApiErrors.answer(HttpStatus.NOT_FOUND, "api.error.unknownBackup", berkas)
                    : ApiErrors.answer(HttpStatus.BAD_REQUEST, "api.error.backupName");
        }
        Resource body = new FileSystemResource(file.get());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(berkas).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(body);
    }
}
