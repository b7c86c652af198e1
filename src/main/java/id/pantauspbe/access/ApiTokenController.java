package id.pantauspbe.access;

import id.pantauspbe.base.ApiErrors;
import id.pantauspbe.base.UserMessageException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/token}: a personal API token for the account whose password (HTTP Basic) is sent. */
@RestController
class ApiTokenController {

    /** The answer: the token, shown this once. */
    record TokenResponse(String token) {}

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = "/api/v1/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Token API pribadi untuk akun yang masuk dengan kata sandi (HTTP Basic)")
    ResponseEntity<?> create(
            @RequestParam(name = "nama", defaultValue = "API") String name, Authentication authentication) {
        if (authentication instanceof ApiTokenFilter.TokenAuthentication) {
            // a token does not make more tokens: the password is needed
            return ApiErrors.answer(HttpStatus.FORBIDDEN, "api.error.tokenNeedsPassword");
        }
        try {
            return ResponseEntity.ok(new TokenResponse(tokens.create(name).token()));
        } catch (UserMessageException e) {
            return ApiErrors.answer(HttpStatus.BAD_REQUEST, e.key(), e.params());
        }
    }
}
