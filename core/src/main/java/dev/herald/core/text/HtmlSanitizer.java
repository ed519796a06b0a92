package dev.herald.core.text;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Makes article HTML safe to publish: only the elements and attributes of jsoup's relaxed
 * safelist plus figures, marks and table alignment survive, so no script, iframe, style, event
 * handler or {@code javascript:} URL reaches a feed. Relative links are kept as written.
 * Characters XML forbids are removed, including those written as entities. Thread-safe.
 */
public final class HtmlSanitizer {

    // Resolving against a placeholder lets jsoup check the protocol of relative links
    // without rewriting them, so "/photos/a.jpg" stays as it is and "javascript:" still goes.
    private static final String PLACEHOLDER_BASE = "https://herald.invalid/";

    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "del", "s", "ins", "mark", "abbr", "time")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("th", "class")
            .addAttributes("td", "class")
            .preserveRelativeLinks(true));

    /** The sanitized form of an HTML fragment; "" for null or blank input. */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, PLACEHOLDER_BASE);
        // HTML5 made align obsolete; GFM tables still write it, so it becomes a class pages style
        for (Element cell : dirty.select("th[align], td[align]")) {
            String align = cell.attr("align").toLowerCase(Locale.ROOT);
            cell.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) {
                cell.addClass("align-" + align);
            }
        }
        Document clean = cleaner.clean(dirty);
        clean.outputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.base);
        // an entity such as &#1; decodes to a character XML forbids; jsoup would write it back
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(XmlChars.strip(text.getWholeText()));
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    attribute.setValue(XmlChars.strip(attribute.getValue()));
                }
                if (element.nameIs("img") && !element.hasAttr("alt")) {
                    // an image without alt text is invalid HTML; empty alt marks it as decoration
                    element.attr("alt", "");
                }
            }
        }, clean.body());
        return clean.body().html();
    }
}
