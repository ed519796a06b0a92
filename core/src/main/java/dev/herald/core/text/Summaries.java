package dev.herald.core.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Derives a plain-text summary from article HTML when the editor wrote none. */
public final class Summaries {

    /** Summaries are cut at a word boundary at or before this many characters. */
    public static final int MAX_LENGTH = 300;

    /** Elements whose text is never a summary: headings, captions and code listings. */
    private static final Set<String> NOT_PROSE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption",
            "pre");

    private Summaries() {
    }

    /**
     * The text of the first non-empty paragraph of the HTML, cut near {@link #MAX_LENGTH}; "" if none.
     * A body without {@code <p>} (text broken by {@code <br>}, or in {@code <div>}s, as pasted HTML and
     * imported feeds often are) has its first block of text taken instead.
     */
    public static String fromHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element paragraph : body.select("p")) {
            String text = paragraph.text().strip();
            if (!text.isEmpty()) {
                return cut(text);
            }
        }
        return cut(firstBlockOfText(body));
    }

    // the text up to the first block boundary or double line break after some text, without headings, captions
    // and code listings
    private static String firstBlockOfText(Element body) {
        FirstBlock block = new FirstBlock(body);
        body.filter(block);
        for (String part : block.text.toString().split(FirstBlock.LINE_BREAK + "\\s*" + FirstBlock.LINE_BREAK)) {
            String words = part.replace(FirstBlock.LINE_BREAK, ' ').replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                return words;
            }
        }
        return "";
    }

    /** Gathers text in document order until a block element opens or closes after some of it. */
    private static final class FirstBlock implements NodeFilter {

        /** Stands for a {@code <br>}: a parsed body holds no NUL (the parser makes it U+FFFD). */
        static final char LINE_BREAK = '\0';

        final StringBuilder text = new StringBuilder();
        private final Element body;
        private boolean hasText;

        FirstBlock(Element body) {
            this.body = body;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
                hasText |= !textNode.isBlank();
            } else if (node instanceof Element element && element != body) {
                if (NOT_PROSE.contains(element.normalName())) {
                    return hasText ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
                }
                if (element.nameIs("br")) {
                    text.append(LINE_BREAK);
                } else if (element.isBlock() && hasText) {
                    return FilterResult.STOP;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            boolean blockEnds = node instanceof Element element && element != body && element.isBlock();
            return blockEnds && hasText ? FilterResult.STOP : FilterResult.CONTINUE;
        }
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
