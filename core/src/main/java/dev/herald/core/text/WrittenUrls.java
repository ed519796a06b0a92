package dev.herald.core.text;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * URLs as people write them: {@code /images/lake view.png}, {@code /images/zürich.png}, a pasted
 * link with a {@code |}, a {@code %} that starts no escape or brackets in its query. A URI holds none of those, and a feed
 * validator wants URIs where RSS asks for a URL, so they are percent-encoded in UTF-8, as a browser
 * does before it asks for the URL; escapes already made and everything else stay as written.
 */
public final class WrittenUrls {

    // what RFC 3986 allows nowhere in a URI (but inside an escape), besides controls and the space
    private static final String NEVER_ALLOWED = "\"<>\\^`{|}";

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private WrittenUrls() {
    }

    /** The URL with each character a URI may not hold percent-encoded. */
    public static String encoded(String url) {
        StringBuilder out = null;
        int hostEnd = authorityEnd(url);
        int i = 0;
        while (i < url.length()) {
            int c = url.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean startsEscape = c == '%' && isHex(url, i + 1) && isHex(url, i + 2);
            boolean illegal = c <= ' ' || c >= 0x7F || NEVER_ALLOWED.indexOf(c) >= 0 || (c == '%' && !startsEscape)
                    || (c == '[' || c == ']') && i >= hostEnd; // brackets hold an IPv6 host, nothing else
            if (illegal && out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (illegal) {
                for (byte b : url.substring(i, next).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            } else if (out != null) {
                out.append(url, i, next);
            }
            i = next;
        }
        return out == null ? url : out.toString();
    }

    // where the authority ("//user@host:port") ends, or 0 for a URL without one
    private static int authorityEnd(String url) {
        int slashes = url.indexOf("//");
        int colon = url.indexOf(':');
        boolean opensAuthority = slashes == 0
                || slashes > 0 && colon + 1 == slashes && SCHEME.matcher(url.substring(0, colon)).matches();
        if (!opensAuthority) {
            return 0;
        }
        int end = slashes + 2;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && text.charAt(at) < 0x80 && Character.digit(text.charAt(at), 16) >= 0;
    }
}
