package id.pantauspbe.access;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it (never the token itself, which is shown only once). */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {

    /** A token just created: the secret, to be shown once, and its listing. */
    public record Created(String token, ApiToken info) {
        @Override
        public String toString() {
            return "ApiToken.Created[" + info + "]";
        }
    }
}
