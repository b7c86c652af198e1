package id.pantauspbe.access;

import id.pantauspbe.base.Messages;
import id.pantauspbe.base.UserMessageException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, their login and their management. Passwords are stored only as hashes (bcrypt through
 * a delegating encoder). After {@link #MAX_FAILURES} failed logins in a row an account is locked for
 * {@link #LOCK_TIME}. Only a coordinator (ADMIN) manages accounts; every change is audited.
 */
@Service
public class UserService implements UserDetailsService {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final ApiTokenRepository tokens;

    UserService(
            UserRepository repository,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            LoginThrottle throttle,
            ApiTokenRepository tokens) {
        this.throttle = throttle;
        this.tokens = tokens;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = repository.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        boolean locked = repository
                .lockedUntil(username)
                .filter(until -> until.toInstant().isAfter(clock.instant()))
                .isPresent();
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.role().name())
                .disabled(!user.enabled())
                .accountLocked(locked)
                .build();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username) {
        return repository.find(username);
    }

    @Transactional(readOnly = true)
    public boolean noAccounts() {
        return repository.count() == 0;
    }

    /** Whether an enabled ADMIN account exists (checked at a production start). */
    @Transactional(readOnly = true)
    public boolean hasActiveAdmin() {
        return activeAdmins() > 0;
    }

    /** Every account, by role and name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> list() {
        return repository.findAll();
    }

    /** The accounts locked now after failed logins (for a list of accounts). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Set<String> lockedUsernames() {
        return repository.lockedAt(OffsetDateTime.now(clock));
    }

    /** Whether an account is locked now after failed logins. */
    @Transactional(readOnly = true)
    public boolean locked(String username) {
        return repository
                .lockedUntil(username)
                .filter(until -> until.toInstant().isAfter(clock.instant()))
                .isPresent();
    }

    /**
     * Creates an account for loaders (demo accounts, the first administrator) without the password
     * rules; an existing username is left alone.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void create(String username, String displayName, String rawPassword, Role role, Long opdId) {
        if (repository.find(username).isPresent()) {
            return;
        }
        repository.insert(
                new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role, opdId, null, true));
        audit.record(AuditAction.USER_CREATED, username, AuditService.Scope.NONE, null, describe(role, opdId), null);
    }

    /**
     * Creates an account from the user management screen.
     *
     * @throws UserMessageException for a taken or malformed username, an empty name, a weak
     *     password, or an OPD operator without an OPD
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser createAccount(String username, String displayName, String rawPassword, Role role, Long opdId) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserMessageException("user.error.username");
        }
        if (repository.find(name).isPresent()) {
            throw new UserMessageException("user.error.taken", name);
        }
        checkPassword(rawPassword);
        String display = checkedDisplayName(displayName);
        Long opd = checkedOpd(role, opdId);
        repository.insert(new AppUser(name, display, passwordEncoder.encode(rawPassword), role, opd, null, true));
        audit.record(AuditAction.USER_CREATED, name, AuditService.Scope.NONE, null, describe(role, opd), display);
        return repository.find(name).orElseThrow();
    }

    /**
     * Changes the name, role and OPD of an account; nobody removes their own ADMIN role, and the
     * last active coordinator keeps the role.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser update(String username, String displayName, Role role, Long opdId) {
        AppUser before = existing(username);
        String display = checkedDisplayName(displayName);
        Long opd = checkedOpd(role, opdId);
        if (before.role() == Role.ADMIN && role != Role.ADMIN) {
            if (currentUser.username().filter(username::equals).isPresent()) {
                throw new UserMessageException("user.error.demoteSelf");
            }
            if (before.enabled() && activeAdmins() == 1) {
                throw new UserMessageException("user.error.lastAdmin");
            }
        }
        repository.update(username, display, role, opd);
        audit.record(
                AuditAction.USER_CHANGED,
                username,
                AuditService.Scope.NONE,
                describe(before.role(), before.opdId()),
                describe(role, opd),
                display.equals(before.displayName()) ? null : before.displayName() + " → " + display);
        return repository.find(username).orElseThrow();
    }

    /**
     * Enables or disables an account; nobody disables their own account or the last active ADMIN.
     * Disabling revokes the account's API tokens (each revocation audited), so enabling it again
     * does not bring old tokens back.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser setEnabled(String username, boolean enabled) {
        AppUser before = existing(username);
        if (!enabled && currentUser.username().filter(username::equals).isPresent()) {
            throw new UserMessageException("user.error.disableSelf");
        }
        if (!enabled && before.enabled() && before.role() == Role.ADMIN && activeAdmins() == 1) {
            throw new UserMessageException("user.error.lastAdminDisable");
        }
        if (before.enabled() != enabled) {
            repository.setEnabled(username, enabled);
            if (!enabled) {
                revokeTokens(username, "user.tokensRevoked.disabled");
            }
            audit.record(
                    enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
                    username,
                    AuditService.Scope.NONE,
                    null,
                    null,
                    null);
        }
        return repository.find(username).orElseThrow();
    }

    /**
     * Sets a new password (and lifts a login lock) and revokes the account's API tokens, each
     * revocation audited: whoever knew the old password may have made one. The password itself is
     * never logged.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(String username, String rawPassword) {
        existing(username);
        checkPassword(rawPassword);
        repository.setPassword(username, passwordEncoder.encode(rawPassword));
        throttle.forget(username);
        audit.record(AuditAction.PASSWORD_RESET, username, AuditService.Scope.NONE, null, null, null);
        revokeTokens(username, "user.tokensRevoked.reset");
    }

    private void revokeTokens(String username, String reasonKey) {
        String reason = Messages.indonesian(reasonKey);
        for (ApiToken token : tokens.deleteAll(username)) {
            audit.record(
                    AuditAction.TOKEN_REVOKED,
                    username,
                    AuditService.Scope.NONE,
                    token.name(),
                    null,
                    token.prefix() + "… (" + reason + ")");
        }
    }

    /**
     * The signed-in user sets a new password, confirming the current one.
     *
     * @throws UserMessageException for a wrong current password or a too short new one
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = currentUser.username().orElseThrow();
        AppUser user = existing(username);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new UserMessageException("user.error.currentPassword");
        }
        checkPassword(newPassword);
        repository.setPassword(username, passwordEncoder.encode(newPassword));
        throttle.forget(username);
        audit.record(AuditAction.PASSWORD_CHANGED, username, AuditService.Scope.NONE, null, null, null);
    }

    private AppUser existing(String username) {
        return repository.find(username).orElseThrow(() -> new UserMessageException("user.error.unknown", username));
    }

    private long activeAdmins() {
        return repository.findAll().stream()
                .filter(u -> u.role() == Role.ADMIN && u.enabled())
                .count();
    }

    private static void checkPassword(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserMessageException("user.error.password", MIN_PASSWORD_LENGTH);
        }
    }

    private static String checkedDisplayName(String displayName) {
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > 200) {
            throw new UserMessageException("user.error.displayName");
        }
        return display;
    }

    private static Long checkedOpd(Role role, Long opdId) {
        if (role == Role.OPERATOR_OPD && opdId == null) {
            throw new UserMessageException("user.error.opd");
        }
        return role == Role.OPERATOR_OPD ? opdId : null;
    }

    private static String describe(Role role, Long opdId) {
        return opdId == null ? role.name() : role.name() + " (OPD " + opdId + ")";
    }
}
