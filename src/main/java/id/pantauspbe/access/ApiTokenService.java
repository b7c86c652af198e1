package id.pantauspbe.access;

import id.pantauspbe.base.UserMessageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: each user creates and revokes their own; the API accepts them
 * as {@code Authorization: Bearer …}. A token is 256 random bits; only its SHA-256 is stored. A
 * slow password hash (bcrypt) is not needed for it: bcrypt protects guessable passwords, while a
 * 256-bit random value cannot be guessed or brute-forced from its hash, so one fast SHA-256 per
 * call is as safe and keeps the API fast (bcrypt costs ~80 ms per call here). The last use is
 * stored at most once a minute per token, so parallel calls do not contend for its row.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "pantau_";
    public static final int MAX_TOKENS = 20;
    private static final int PREFIX_SHOWN = PREFIX.length() + 6;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Who a token stands for. */
    public record TokenUser(String username, Role role) {}

    private final ApiTokenRepository repository;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<Long, Instant> lastTouched = new ConcurrentHashMap<>();

    ApiTokenService(ApiTokenRepository repository, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a token for the signed-in user; the returned secret is not stored and cannot be
     * shown again.
     *
     * @throws UserMessageException for an empty or too long name, or too many tokens
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApiToken.Created create(String name) {
        String username = currentUser.username().orElseThrow();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new UserMessageException("token.error.name");
        }
        if (repository.count(username) >= MAX_TOKENS) {
            throw new UserMessageException("token.error.tooMany", MAX_TOKENS);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, PREFIX_SHOWN);
        long id = repository.insert(username, label, hash(token), prefix, OffsetDateTime.now(clock));
        audit.record(AuditAction.TOKEN_CREATED, username, AuditService.Scope.NONE, null, label, prefix + "…");
        return new ApiToken.Created(token, repository.find(id, username).orElseThrow());
    }

    /** The signed-in user's tokens, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> mine() {
        return repository.listFor(currentUser.username().orElseThrow());
    }

    /**
     * Revokes one of the signed-in user's tokens: it stops working at once.
     *
     * @throws UserMessageException when the user has no such token
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long id) {
        String username = currentUser.username().orElseThrow();
        ApiToken token =
                repository.find(id, username).orElseThrow(() -> new UserMessageException("token.error.unknown"));
        repository.delete(id, username);
        lastTouched.remove(id);
        audit.record(
                AuditAction.TOKEN_REVOKED, username, AuditService.Scope.NONE, token.name(), null, token.prefix() + "…");
    }

    /** The enabled account a token stands for; empty for an unknown or revoked token. */
    public Optional<TokenUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Owner> owner = repository.ownerOf(hash(token));
        owner.ifPresent(o -> touch(o.tokenId()));
        return owner.map(o -> new TokenUser(o.username(), o.role()));
    }

    private void touch(long tokenId) {
        Instant now = clock.instant();
        boolean[] due = {false};
        lastTouched.compute(tokenId, (id, last) -> {
            if (last == null || !now.isBefore(last.plus(TOUCH_EVERY))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        if (due[0]) {
            repository.touch(tokenId, OffsetDateTime.ofInstant(now, clock.getZone()));
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
