package id.pantauspbe.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins (web form and API alike) so that {@link UserService} can lock an account. */
@Component
class LoginAttempts {

    private final UserService users;

    LoginAttempts(UserService users) {
        this.users = users;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.loginSucceeded(event.getAuthentication().getName());
    }
}
