package dev.herald.server.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What is wrong with a request target as RFC 3986 reads it, if anything. It stands in for the
 * check Quarkus makes before any route (which answers a bare 400 with no body, and which
 * {@code HeraldMain} turns off so that {@link RequestGuard} can say what is wrong).
 */
final class UriCheck {

    private UriCheck() {
    }

    /** Empty for a well-formed target; else a sentence naming the first fault. */
    static Optional<String> problem(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || hexValue(uri.charAt(i + 1)) < 0 || hexValue(uri.charAt(i + 2)) < 0) {
                    String escape = uri.substring(i, Math.min(uri.length(), i + 3));
                    return Optional.of("The URL has a malformed percent-escape \"" + escape
                            + "\": % must be followed by two hexadecimal digits (%25 for % itself).");
                }
            } else if (c > 0x7E || c < 0x21) {
                return Optional.of("The URL has a character that must be percent-encoded as UTF-8 at position "
                        + (i + 1) + " (for example tag=%E6%9D%B1%E4%BA%AC, not tag=東京).");
            }
        }
        try {
            new URI(uri);
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("The URL is not valid: " + e.getReason() + " at position " + (e.getIndex() + 1) + ".");
        }
    }

    private static int hexValue(char c) {
        return Character.digit(c, 16);
    }
}
