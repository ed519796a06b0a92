package dev.herald.core.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Makes article HTML safe to publish: only the elements and attributes of jsoup's relaxed
 * safelist plus figures, marks and table alignment survive, so no script, iframe, style, event
 * handler or {@code javascript:} URL reaches a feed. Relative links are kept as written.
 * Thread-safe.
 */
public final class HtmlSanitizer {

    // Resolving against a placeholder lets jsoup check the protocol of relative links
    // without rewriting them, so "/photos/a.jpg" stays as it is and "javascript:" still goes.
    private static final String PLACEHOLDER_BASE = "https://herald.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "del", "s", "ins", "mark", "abbr", "time")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .preserveRelativeLinks(true);

    private final Document.OutputSettings output = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);

    /** The sanitized form of an HTML fragment, without characters XML forbids; "" for null. */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // Entities such as &#1; decode to characters XML forbids, so strip after cleaning.
        return XmlChars.strip(Jsoup.clean(html, PLACEHOLDER_BASE, safelist, output));
    }
}
