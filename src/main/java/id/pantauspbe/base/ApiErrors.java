package id.pantauspbe.base;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of the REST API ({@code /api/**}) as JSON {@code {"pesan": "…"}} in Bahasa Indonesia, with
 * the status that fits: 400 for a missing or unreadable parameter or part, 403, 404 for an unknown
 * path, 405 (with {@code Allow}), 406, 413 for an upload above the limit (the limit is in the
 * message), 415, and 500 for anything unexpected (logged, no details sent). It handles the
 * exceptions of the API's controllers and those Spring MVC raises before a controller is chosen
 * (method, media type, multipart size). Requests outside {@code /api/} are left to the default
 * handling: each handler rethrows, which makes Spring carry on as if this advice were not there.
 * 401 and the security chain's own 403 are written by {@code access.ApiSecurityConfig}.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The body of every API error. */
    public record Message(String pesan) {}

    private final ObjectProvider<MultipartConfigElement> multipart;

    ApiErrors(ObjectProvider<MultipartConfigElement> multipart) {
        this.multipart = multipart;
    }

    /** Whether a request is one of the REST API. */
    public static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith("/api/");
    }

    /** An error answer: the status and the bundle text of {@code key} as {@code {"pesan": "…"}}. */
    public static ResponseEntity<Message> answer(HttpStatusCode status, String key, Object... params) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Message(Messages.indonesian(key, params)));
    }

    /**
     * Unknown paths under {@code /api/}: 404 in JSON. Without this mapping Vaadin's catch-all
     * mapping would answer them with the application's HTML page. It is consulted after the
     * annotated controllers, so a known path with another method still answers 405.
     */
    @Bean
    static SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType("application/json;charset=UTF-8");
            JSON.writeValue(
                    response.getWriter(),
                    new Message(Messages.indonesian(
                            "api.error.unknownPath", request.getMethod(), request.getRequestURI())));
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        // after RequestMappingHandlerMapping (0), before static resources and Vaadin (LOWEST - 1)
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return mapping;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Message> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) throws Exception {
        onlyApi(request, e);
        long limit = e.getMaxUploadSize() > 0
                ? e.getMaxUploadSize()
                : multipart.stream()
                        .mapToLong(MultipartConfigElement::getMaxFileSize)
                        .filter(l -> l > 0)
                        .findFirst()
                        .orElse(-1);
        return limit > 0
                ? answer(HttpStatus.CONTENT_TOO_LARGE, "api.error.tooLarge", megabytes(limit))
                : answer(HttpStatus.CONTENT_TOO_LARGE, "api.error.tooLargeNoLimit");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Message> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request)
            throws Exception {
        onlyApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, "api.error.missingParameter", e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Message> missingPart(MissingServletRequestPartException e, HttpServletRequest request)
            throws Exception {
        onlyApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, "api.error.missingPart", e.getRequestPartName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Message> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        onlyApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, "api.error.badParameter", e.getName(), String.valueOf(e.getValue()));
    }

    @ExceptionHandler({MultipartException.class, HttpMessageNotReadableException.class})
    ResponseEntity<Message> unreadableBody(Exception e, HttpServletRequest request) throws Exception {
        onlyApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, "api.error.unreadableBody");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Message> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        onlyApi(request, e);
        String allowed = e.getSupportedHttpMethods() == null
                ? ""
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, allowed)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Message(Messages.indonesian(
                        "api.error.methodNotAllowed", e.getMethod(), request.getRequestURI(), allowed)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Message> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        onlyApi(request, e);
        String sent = e.getContentType() == null ? "-" : e.getContentType().toString();
        String supported =
                e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.unsupportedMediaType", sent, supported);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Message> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws Exception {
        onlyApi(request, e);
        return answer(HttpStatus.NOT_ACCEPTABLE, "api.error.notAcceptable");
    }

    @ExceptionHandler(UserMessageException.class)
    ResponseEntity<Message> refused(UserMessageException e, HttpServletRequest request) throws Exception {
        onlyApi(request, e);
        return answer(HttpStatus.BAD_REQUEST, e.key(), e.params());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Message> forbidden(AccessDeniedException e, HttpServletRequest request) throws Exception {
        onlyApi(request, e);
        return answer(HttpStatus.FORBIDDEN, "api.error.forbidden");
    }

    /** Spring's other web exceptions carry their status; anything else is a fault of the server. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Message> other(Exception e, HttpServletRequest request) throws Exception {
        onlyApi(request, e);
        if (e instanceof AuthenticationException) {
            throw e; // the security chain answers 401
        }
        if (e instanceof org.springframework.web.ErrorResponse response
                && response.getStatusCode().is4xxClientError()) {
            return answer(
                    response.getStatusCode(),
                    "api.error.status",
                    String.valueOf(response.getStatusCode().value()));
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "api.error.internal");
    }

    private static void onlyApi(HttpServletRequest request, Exception e) throws Exception {
        if (!isApi(request)) {
            // declined: Spring goes on with its other resolvers, as without this advice
            throw e;
        }
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
