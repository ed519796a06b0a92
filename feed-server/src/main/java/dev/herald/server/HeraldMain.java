package dev.herald.server;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the feed server. */
@QuarkusMain
public final class HeraldMain {

    /** Set before Quarkus starts: see {@link #main}. */
    static final String URI_VALIDATION = "vertx.disableURIValidation";

    public static void main(String... args) {
        // Quarkus answers a malformed URL with a bare 400 before any route; RequestGuard makes the
        // same check and says what is wrong in application/problem+json
        System.setProperty(URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
