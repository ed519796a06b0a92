package dev.herald.core.text;

/**
 * URLs as people write them: {@code /images/lake view.png}, a pasted link with a {@code |} or a
 * {@code %} that starts no escape. A URI may not hold those characters, so they are
 * percent-encoded, as a browser does before it asks for the URL; everything else, escapes already
 * made and letters of any script included, stays as written.
 */
public final class WrittenUrls {

    // what RFC 3986 allows nowhere in a URI (but inside an escape), besides controls and the space
    private static final String NEVER_ALLOWED = "\"<>\\^`{|}";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private WrittenUrls() {
    }

    /** The URL with each character a URI may not hold percent-encoded (all of them ASCII: one byte each). */
    public static String encoded(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean startsEscape = c == '%' && isHex(url, i + 1) && isHex(url, i + 2);
            boolean illegal = c <= ' ' || c == 0x7F || NEVER_ALLOWED.indexOf(c) >= 0 || (c == '%' && !startsEscape);
            if (illegal && out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (illegal) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? url : out.toString();
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && text.charAt(at) < 0x80 && Character.digit(text.charAt(at), 16) >= 0;
    }
}
