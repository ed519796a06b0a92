package dev.herald.core.read.feed;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WordPress export's post content as WordPress shows it. The export holds the text as its
 * editor saved it: the classic editor's paragraphs are blank lines, which WordPress makes into
 * paragraphs only when it shows the post, and a link alone on its line is a video, a post or a
 * map WordPress embeds there (oEmbed), as it is inside the block editor's embed blocks too; its
 * shortcodes ({@code [caption]}, {@code [embed]}, {@code [audio]}, {@code [video]}, {@code
 * [gallery]}) are expanded only when it is shown. Here the blank lines become paragraphs (with a
 * line break for a single newline), such a link a link, a caption a figure, an embedded file a
 * link, and a gallery of the site's media goes; content of blocks (it has {@code <!-- wp:} marks)
 * already has its paragraphs.
 */
final class WordPressContent {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    /** A chunk that is a block of HTML already, which no paragraph may hold. */
    private static final Pattern BLOCK_START = Pattern.compile("(?i)<(?:p|div|h[1-6]|ul|ol|dl|li|blockquote|figure"
            + "|table|pre|hr|address|section|article|aside|header|footer|details|form|!--)[\\s>/]");
    /** A URL alone on its line, which WordPress embeds. */
    private static final Pattern URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");

    /** WordPress's caption around a picture: {@code [caption id="…" width="640"]<img …> The harbour.[/caption]}. */
    private static final Pattern CAPTION = Pattern.compile(
            "(?s)\\[(?:wp_)?caption([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]");
    /** The picture inside a caption, with the link around it if any; the rest is the caption's text. */
    private static final Pattern PICTURE = Pattern.compile("(?is)\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)");
    /** An older caption's text, as an attribute: {@code [caption caption="The harbour."]}. */
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");
    /** {@code [embed]URL[/embed]}, and a sound or video file by its URL: {@code [audio mp3="…"][/audio]}. */
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\]\\s*(https?://[^\\s\\[]+?)\\s*\\[/embed\\]"
            + "|\\[(?:audio|video)\\b[^\\]]*?\\b(?:src|mp3|m4a|ogg|wav|mp4|m4v|webm|ogv|wmv|flv)=\"(https?://[^\"]+)\"[^\\]]*\\]"
            + "(?:\\s*\\[/(?:audio|video)\\])?");
    /** A gallery or playlist of the site's media, which no feed can show: left out. */
    private static final Pattern GALLERY = Pattern.compile("\\[(?:gallery|playlist)\\b[^\\]]*\\]");

    private WordPressContent() {
    }

    /** The post's content with its paragraphs, captions and embedded links made HTML. */
    static String shown(String content) {
        if (content == null || content.isBlank()) {
            return content;
        }
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        String captioned = CAPTION.matcher(text).replaceAll(caption -> Matcher.quoteReplacement(figure(caption)));
        String embedded = EMBED.matcher(captioned).replaceAll(embed -> Matcher.quoteReplacement(
                link(embed.group(1) != null ? embed.group(1) : embed.group(2))));
        String linked = URL_LINE.matcher(GALLERY.matcher(embedded).replaceAll(""))
                .replaceAll(url -> Matcher.quoteReplacement(link(url.group(1))));
        return linked.contains("<!-- wp:") ? linked : paragraphs(linked);
    }

    // [caption …]<img …> The harbour at dawn.[/caption] as a figure with its caption
    private static String figure(MatchResult caption) {
        Matcher picture = PICTURE.matcher(caption.group(2));
        if (!picture.matches()) {
            return caption.group(2);
        }
        Matcher attribute = CAPTION_ATTRIBUTE.matcher(caption.group(1));
        String text = picture.group(2).isBlank() && attribute.find() ? attribute.group(1) : picture.group(2).strip();
        return "<figure>" + picture.group(1).strip() + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>")
                + "</figure>";
    }

    private static String link(String url) {
        String href = url.replaceAll("&(?!amp;)", "&amp;");
        return "<a href=\"" + href + "\">" + href + "</a>";
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
