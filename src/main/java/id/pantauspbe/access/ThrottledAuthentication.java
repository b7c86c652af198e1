package id.pantauspbe.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one password check of the application (the login form and HTTP Basic use it alike): a
 * guess is reserved with {@link LoginThrottle} before the password is compared, so the lock holds
 * under any number of parallel guesses; a refused guess costs no password hashing and no write.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(UserService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        if (!throttle.reserve(username)) {
            throw new LockedException("Too many failed logins");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throw failed(username, e);
        } catch (RuntimeException e) {
            throttle.released(username);
            throw e;
        }
        try {
            throttle.succeeded(username);
        } catch (RuntimeException e) {
            log.warn("Could not clear the failed logins of {}: {}", username, e.toString());
        }
        return result;
    }

    /** Counts the failure; a failure to store it leaves the count in memory and the answer a 401. */
    private BadCredentialsException failed(String username, BadCredentialsException e) {
        try {
            throttle.failed(username);
        } catch (RuntimeException stored) {
            log.warn("Could not store a failed login of {}: {}", username, stored.toString());
        }
        return e;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
