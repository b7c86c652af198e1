package id.pantauspbe.opd;

import id.pantauspbe.base.UserMessageException;

/**
 * An uploaded file was refused (too large, empty, or of a type that is not allowed); the message
 * names the file and the reason in the user's language.
 */
public class UploadRejectedException extends UserMessageException {

    public UploadRejectedException(String key, Object... params) {
        super(key, params);
    }
}
