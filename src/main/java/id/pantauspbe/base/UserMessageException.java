package id.pantauspbe.base;

/**
 * A refusal the user should read: it carries a key of the message bundles and its parameters, so
 * the view shows it in the user's language ({@link Messages#indonesian} gives the default text).
 */
public class UserMessageException extends RuntimeException {

    private final String key;
    private final transient Object[] params;

    public UserMessageException(String key, Object... params) {
        super(Messages.indonesian(key, params));
        this.key = key;
        this.params = params.clone();
    }

    public String key() {
        return key;
    }

    public Object[] params() {
        return params.clone();
    }
}
