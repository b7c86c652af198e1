package id.pantauspbe.access;

/** A start outside the demo without any active administrator and without one configured. */
class NoAdministratorException extends IllegalStateException {

    private final String username;

    NoAdministratorException(String username) {
        super("No active administrator exists and pantau.admin.password (PANTAU_ADMIN_PASSWORD) is not set,"
                + " or the account '" + username + "' exists without being an active administrator");
        this.username = username;
    }

    String username() {
        return username;
    }
}
