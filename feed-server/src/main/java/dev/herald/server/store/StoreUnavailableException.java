package dev.herald.server.store;

import dev.herald.core.HeraldException;

/**
 * The store could not be read or written: a full disk, a database that went away. No fault of the
 * request, and perhaps soon over, so it is answered 503 with a time to try again.
 */
public class StoreUnavailableException extends HeraldException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
