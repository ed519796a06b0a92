package dev.herald.core.read.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WordPress export's post content as WordPress shows it. The export holds the text as its
 * editor saved it: the classic editor's paragraphs are blank lines, which WordPress makes into
 * paragraphs only when it shows the post, and a link alone on its line is a video, a post or a
 * map WordPress embeds there (oEmbed), as it is inside the block editor's embed blocks too. Here
 * the blank lines become paragraphs (with a line break for a single newline) and such a link a
 * link; content of blocks (it has {@code <!-- wp:} marks) already has its paragraphs.
 */
final class WordPressContent {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    /** A chunk that is a block of HTML already, which no paragraph may hold. */
    private static final Pattern BLOCK_START = Pattern.compile("(?i)<(?:p|div|h[1-6]|ul|ol|dl|li|blockquote|figure"
            + "|table|pre|hr|address|section|article|aside|header|footer|details|form|!--)[\\s>/]");
    /** A URL alone on its line, which WordPress embeds. */
    private static final Pattern URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");

    private WordPressContent() {
    }

    /** The post's content with its paragraphs and embedded links made HTML. */
    static String shown(String content) {
        if (content == null || content.isBlank()) {
            return content;
        }
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        String linked = URL_LINE.matcher(text).replaceAll(url -> {
            String href = url.group(1).replaceAll("&(?!amp;)", "&amp;");
            return Matcher.quoteReplacement("<a href=\"" + href + "\">" + href + "</a>");
        });
        return linked.contains("<!-- wp:") ? linked : paragraphs(linked);
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String chunk : BLANK_LINES.split(text.strip())) {
            String block = chunk.strip();
            if (BLOCK_START.matcher(block).lookingAt()) {
                html.append(block).append('\n');
            } else {
                html.append("<p>").append(block.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return html.toString();
    }
}
