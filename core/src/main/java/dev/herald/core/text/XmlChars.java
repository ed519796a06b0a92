package dev.herald.core.text;

/**
 * Removes the characters that XML 1.0 forbids (section 2.2: controls other than tab, line feed and
 * carriage return, unpaired surrogates, U+FFFE and U+FFFF), and those HTML forbids in a page
 * (DEL, the C1 controls U+0080 to U+009F, noncharacters such as U+FDD0 and U+1FFFE). One such
 * character anywhere makes an XML writer fail on the whole feed, or a page invalid, so they are
 * removed from every text field on input. A C1 control in text is nearly always Windows-1252 read
 * as Latin-1 ({@code It\u0092s}): it becomes the character Windows-1252 has there ({@code It’s}),
 * as browsers read it; the five that Windows-1252 leaves undefined are removed.
 */
public final class XmlChars {

    // Windows-1252's characters for the bytes 0x80 to 0x9F; a space where it defines none
    private static final String WINDOWS_1252_C1 =
            "\u20AC \u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152 \u017D "
            + " \u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153 \u017E\u0178";

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
            } else if (codePoint >= 0x80 && codePoint <= 0x9F && WINDOWS_1252_C1.charAt(codePoint - 0x80) != ' ') {
                out.append(WINDOWS_1252_C1.charAt(codePoint - 0x80));
            }
            i += width;
        }
        return out.toString();
    }

    /** Whether XML 1.0 allows this code point in a document, and HTML in a page's text. */
    public static boolean isAllowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint < 0x7F)
                || (codePoint >= 0xA0 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD && !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF))
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF && (codePoint & 0xFFFE) != 0xFFFE);
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 || c == '\n') {
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
