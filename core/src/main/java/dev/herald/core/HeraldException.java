package dev.herald.core;

/** An environment or library failure, wrapped with what Herald was doing when it happened. */
public class HeraldException extends RuntimeException {

    public HeraldException(String message, Throwable cause) {
        super(message, cause);
    }

    public HeraldException(String message) {
        super(message);
    }
}
