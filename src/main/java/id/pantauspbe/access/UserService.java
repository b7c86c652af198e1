package id.pantauspbe.access;

import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their login. Passwords are stored only as hashes. */
@Service
public class UserService implements UserDetailsService {

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;

    UserService(UserRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = repository.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.role().name())
                .disabled(!user.enabled())
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

    @Transactional
    public void create(String username, String displayName, String rawPassword, Role role, Long opdId) {
        if (repository.find(username).isPresent()) {
            return;
        }
        repository.insert(
                new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role, opdId, null, true));
    }
}
