package dev.herald.server.problem;

import dev.herald.server.config.HubAddress;

/**
 * The methods a resource of Herald's URL space takes, for the {@code Allow} header a 405 must
 * carry (RFC 9110, section 15.5.6), which RESTEasy Reactive leaves out: the write API's two
 * resources and the hub take more than reading, everything else is read only.
 */
final class AllowedMethods {

    private static final String ARTICLES = "/api/articles";

    private AllowedMethods() {
    }

    static String of(String path) {
        if (path.equals(ARTICLES)) {
            return "GET, HEAD, POST, OPTIONS";
        }
        if (path.startsWith(ARTICLES + "/")) {
            return "GET, HEAD, PUT, DELETE, OPTIONS";
        }
        if (path.equals(HubAddress.BUILT_IN_PATH)) {
            return "POST, OPTIONS";
        }
        return "GET, HEAD, OPTIONS";
    }
}
