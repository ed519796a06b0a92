package dev.herald.core.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Derives a plain-text summary from article HTML when the editor wrote none. */
public final class Summaries {

    /** Summaries are cut at a word boundary at or before this many characters. */
    public static final int MAX_LENGTH = 300;

    private Summaries() {
    }

    /** The text of the first non-empty paragraph of the HTML, cut near {@link #MAX_LENGTH}; "" if none. */
    public static String fromHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        for (Element paragraph : Jsoup.parseBodyFragment(html).select("p")) {
            String text = paragraph.text().strip();
            if (!text.isEmpty()) {
                return cut(text);
            }
        }
        return "";
    }

    /** The text itself if short enough, else its words up to {@link #MAX_LENGTH} characters and "…". */
    public static String cut(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', MAX_LENGTH);
        if (end < MAX_LENGTH / 2) {
            // one very long word: cut inside it rather than leave almost nothing
            end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
