package id.pantauspbe.opd;

import id.pantauspbe.base.Messages;

/**
 * An uploaded file was refused (too large, empty, or of a type that is not allowed). {@link #key()}
 * and {@link #params()} name the message in the bundles, so a view can show it in the user's
 * language; the exception's own message is the Indonesian text.
 */
public class UploadRejectedException extends RuntimeException {

    private final String key;
    private final transient Object[] params;

    public UploadRejectedException(String key, Object... params) {
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
