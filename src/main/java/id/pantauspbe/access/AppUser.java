package id.pantauspbe.access;

/** An application account; {@code opdId} is set for OPD operators. */
public record AppUser(
        String username,
        String displayName,
        String passwordHash,
        Role role,
        Long opdId,
        String opdShortName,
        boolean enabled) {

    @Override
    public String toString() {
        return "AppUser[" + username + ", " + role + "]";
    }
}
