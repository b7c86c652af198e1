package id.pantauspbe.exchange;

import id.pantauspbe.base.UserMessageException;

/** Another import is running; imports run one at a time (the API answers 409). */
public class ImportBusyException extends UserMessageException {

    ImportBusyException() {
        super("import.error.busy");
    }
}
