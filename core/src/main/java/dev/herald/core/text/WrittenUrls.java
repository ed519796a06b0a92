package dev.herald.core.text;

import java.nio.charset.StandardCharsets;

/**
 * URLs as people write them: {@code /images/lake view.png}, {@code /images/zürich.png}, a pasted
 * link with a {@code |} or a {@code %} that starts no escape. A URI holds none of those, and a feed
 * validator wants URIs where RSS asks for a URL, so they are percent-encoded in UTF-8, as a browser
 * does before it asks for the URL; escapes already made and everything else stay as written.
 */
public final class WrittenUrls {

    // what RFC 3986 allows nowhere in a URI (but inside an escape), besides controls and the space
    private static final String NEVER_ALLOWED = "\"<>\\^`{|}";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private WrittenUrls() {
    }

    /** The URL with each character a URI may not hold percent-encoded. */
    public static String encoded(String url) {
        StringBuilder out = null;
        int i = 0;
        while (i < url.length()) {
            int c = url.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean startsEscape = c == '%' && isHex(url, i + 1) && isHex(url, i + 2);
            boolean illegal = c <= ' ' || c >= 0x7F || NEVER_ALLOWED.indexOf(c) >= 0 || (c == '%' && !startsEscape);
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

    private static boolean isHex(String text, int at) {
        return at < text.length() && text.charAt(at) < 0x80 && Character.digit(text.charAt(at), 16) >= 0;
    }
}
