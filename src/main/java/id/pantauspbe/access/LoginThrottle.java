package id.pantauspbe.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guard against password guessing, for the login form and HTTP Basic alike: each password
 * check of an account first reserves one of its {@link UserService#MAX_FAILURES} guesses here,
 * atomically, so that however many guesses arrive at once no more than that many are ever checked
 * before the account is locked for {@link UserService#LOCK_TIME}. A success frees the account's
 * guesses again. The count and the lock are kept in memory (the atomic part) and in the accounts
 * table (so a restart keeps them); the table is written only when a guess is counted, at most
 * {@code MAX_FAILURES} times per lock period, never for a refused guess.
 */
@Component
class LoginThrottle {

    /** An account's guesses: counted failures in a row, checks in progress, and the lock. */
    private static final class Guesses {
        int failures;
        int inFlight;
        Instant lockedUntil;

        Guesses(int failures, Instant lockedUntil) {
            this.failures = failures;
            this.lockedUntil = lockedUntil;
        }
    }

    /** Known accounts only (an unknown name is never stored, so the map stays as small as the accounts). */
    private final ConcurrentHashMap<String, Guesses> accounts = new ConcurrentHashMap<>();

    private final UserRepository repository;
    private final AuditService audit;
    private final Clock clock;

    LoginThrottle(UserRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reserves one password check for the account; false when it is locked or all its remaining
     * guesses are being checked right now. An unknown account is never refused here (its check
     * always fails, and nothing is stored for it).
     */
    boolean reserve(String username) {
        Guesses guesses = load(username);
        if (guesses == null) {
            return true;
        }
        synchronized (guesses) {
            Instant now = clock.instant();
            if (guesses.lockedUntil != null) {
                if (now.isBefore(guesses.lockedUntil)) {
                    return false;
                }
                guesses.lockedUntil = null;
                guesses.failures = 0;
            }
            if (guesses.failures + guesses.inFlight >= UserService.MAX_FAILURES) {
                return false;
            }
            guesses.inFlight++;
            return true;
        }
    }

    /** A reserved check found a wrong password: counts it, and locks the account at the limit. */
    @Transactional
    void failed(String username) {
        Guesses guesses = accounts.get(username);
        if (guesses == null) {
            return;
        }
        int failures;
        Instant lockedUntil = null;
        synchronized (guesses) {
            guesses.inFlight = Math.max(0, guesses.inFlight - 1);
            guesses.failures++;
            failures = guesses.failures;
            if (failures >= UserService.MAX_FAILURES && guesses.lockedUntil == null) {
                lockedUntil = clock.instant().plus(UserService.LOCK_TIME);
                guesses.lockedUntil = lockedUntil;
            }
        }
        if (lockedUntil != null) {
            OffsetDateTime until = OffsetDateTime.ofInstant(lockedUntil, clock.getZone());
            repository.lock(username, until);
            audit.recordAs(
                    username,
                    AuditAction.LOGIN_LOCKED,
                    username,
                    AuditService.Scope.NONE,
                    null,
                    until.toString(),
                    String.valueOf(UserService.MAX_FAILURES));
        } else if (failures < UserService.MAX_FAILURES) {
            repository.setFailures(username, failures);
        }
    }

    /** A reserved check succeeded: the failures in a row are forgotten. */
    @Transactional
    void succeeded(String username) {
        Guesses guesses = accounts.get(username);
        boolean hadFailures = guesses == null;
        if (guesses != null) {
            synchronized (guesses) {
                guesses.inFlight = Math.max(0, guesses.inFlight - 1);
                hadFailures = guesses.failures > 0;
                guesses.failures = 0;
            }
        }
        if (hadFailures) {
            repository.clearFailures(username);
        }
    }

    /** A reserved check ended otherwise (a disabled account, an error): the reservation is returned. */
    void released(String username) {
        Guesses guesses = accounts.get(username);
        if (guesses != null) {
            synchronized (guesses) {
                guesses.inFlight = Math.max(0, guesses.inFlight - 1);
            }
        }
    }

    /** Forgets the account's state (after a password reset, which also clears the table's lock). */
    void forget(String username) {
        accounts.remove(username);
    }

    /** Whether the account is locked now (in memory or in the table). */
    boolean locked(String username) {
        Guesses guesses = load(username);
        if (guesses == null) {
            return false;
        }
        synchronized (guesses) {
            return guesses.lockedUntil != null && clock.instant().isBefore(guesses.lockedUntil);
        }
    }

    private Guesses load(String username) {
        Guesses known = accounts.get(username);
        if (known != null || username == null) {
            return known;
        }
        Optional<UserRepository.LoginState> state = repository.loginState(username);
        if (state.isEmpty()) {
            return null;
        }
        Instant until = state.get().lockedUntil() == null
                ? null
                : state.get().lockedUntil().toInstant();
        return accounts.computeIfAbsent(
                username, name -> new Guesses(state.get().failures(), until));
    }
}
