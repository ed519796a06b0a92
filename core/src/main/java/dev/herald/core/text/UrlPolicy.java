package dev.herald.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Which link and image URLs article HTML may keep: relative ones, and absolute ones whose scheme
 * is http, https or mailto. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:})
 * is dropped. Browsers ignore white space and control characters inside a scheme
 * ("java&#9;script:"), so those are removed before the scheme is read.
 */
public final class UrlPolicy {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {
    }

    public static boolean isSafe(String url) {
        StringBuilder compact = new StringBuilder(Math.min(url.length(), 64));
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != '\u007F') {
                compact.append(c);
            }
        }
        String text = compact.toString();
        int colon = text.indexOf(':');
        if (colon < 0) {
            return true;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                // the colon is in a path, query or fragment: the URL is relative
                return true;
            }
        }
        return SAFE_SCHEMES.contains(text.substring(0, colon).toLowerCase(Locale.ROOT));
    }
}
