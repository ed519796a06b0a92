package dev.herald.core.text;

/**
 * Cleans one-line plain text such as titles, tag labels and names: the characters XML forbids
 * are removed, and so are the bidirectional embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069), which can make a reader display a title reversed or hide
 * part of it. Right-to-left text needs none of them in a field of its own.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The text without forbidden characters or bidirectional controls; null stays null. */
    public static String clean(String text) {
        String xml = XmlChars.strip(text);
        if (xml == null || !hasBidiControl(xml)) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length());
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (!isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is one of the embedding, override or isolate controls. */
    public static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean hasBidiControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
