package id.pantauspbe.opd;

import id.pantauspbe.base.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of evidence files: {@code GET /berkas/{id}}, behind the login of the Vaadin security
 * chain. The read rule is checked by {@link EvidenceFileService#download}: 403 for a user who may not
 * read the indicator, 404 for an unknown or missing file. The file is sent as an attachment with the
 * content type checked at upload and {@code nosniff}, so a browser never runs it.
 */
@RestController
class EvidenceFileController {

    static final String PATH = "/berkas/";

    private final EvidenceFileService files;

    EvidenceFileController(EvidenceFileService files) {
        this.files = files;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<?> download(@PathVariable long id) {
        Optional<EvidenceFileService.Download> download;
        try {
            download = files.download(id);
        } catch (AccessDeniedException e) {
            return text(HttpStatus.FORBIDDEN, "evidence.file.forbidden");
        }
        if (download.isEmpty()) {
            return text(HttpStatus.NOT_FOUND, "evidence.file.notFound");
        }
        EvidenceFile file = download.get().file();
        Resource body = new FileSystemResource(download.get().path());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.originalName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(body);
    }

    private static ResponseEntity<String> text(HttpStatus status, String key) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(Messages.indonesian(key));
    }
}
