package dev.herald.core.text;

/**
 * Removes the characters that XML 1.0 forbids (section 2.2: controls other than tab, line feed and
 * carriage return, unpaired surrogates, U+FFFE and U+FFFF). One such character anywhere makes an
 * XML writer fail on the whole feed, so they are removed from every text field on input.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** The text without forbidden characters; the same instance when it had none. Null stays null. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (isAllowed(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i += width;
        }
        return out.toString();
    }

    /** Whether XML 1.0 allows this code point in a document. */
    public static boolean isAllowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\n') {
                i++; // the common case, without decoding a code point: every field of every article passes here
                continue;
            }
            int codePoint = text.codePointAt(i);
            // codePointAt returns a lone surrogate as itself, which isAllowed rejects
            if (!isAllowed(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }
}
