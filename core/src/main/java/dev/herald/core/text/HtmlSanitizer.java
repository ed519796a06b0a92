package dev.herald.core.text;

import java.util.List;
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
 * safelist plus figures, marks and table cell classes survive, so no script, iframe, style or
 * event handler reaches a feed, and link and image URLs follow {@link UrlPolicy} (relative links
 * are kept as written). Characters XML forbids are removed, including those written as entities.
 * Thread-safe.
 */
public final class HtmlSanitizer {

    /** Attributes that hold URLs in the safelist; {@link UrlPolicy} checks them. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");

    // URLs are checked by UrlPolicy before cleaning, which needs no base URI to resolve against
    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("cite", "cite", "http", "https")
            .removeProtocols("img", "src", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            .addTags("figure", "figcaption", "hr", "del", "s", "ins", "mark", "abbr", "time")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("th", "class")
            .addAttributes("td", "class"));

    /** The sanitized form of an HTML fragment; "" for null or blank input. */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element element : dirty.body().getAllElements()) {
            for (String name : URL_ATTRIBUTES) {
                if (element.hasAttr(name) && !UrlPolicy.isSafe(element.attr(name))) {
                    element.removeAttr(name);
                }
            }
            if (element.hasAttr("align") && (element.nameIs("th") || element.nameIs("td"))) {
                String align = element.attr("align").toLowerCase(Locale.ROOT);
                element.removeAttr("align");
                TableAlignment.cssClass(align).ifPresent(element::addClass);
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
                String value = text.getWholeText();
                String stripped = XmlChars.strip(value);
                if (stripped != value) {
                    text.text(stripped);
                }
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes()) {
                    String value = attribute.getValue();
                    String stripped = withoutBackticks(attribute.getKey(), XmlChars.strip(value));
                    if (stripped != value) {
                        attribute.setValue(stripped);
                    }
                }
                if (element.nameIs("img") && !element.hasAttr("alt")) {
                    // an image without alt text is invalid HTML; empty alt marks it as decoration
                    element.attr("alt", "");
                }
            }
        }, clean.body());
        return clean.body().html();
    }

    // Old Internet Explorer took a backtick as an attribute quote, so validators (the W3C feed
    // validator among them) reject one in any attribute: in a URL it is percent-encoded, elsewhere
    // it becomes an apostrophe
    private static String withoutBackticks(String attribute, String value) {
        if (value.indexOf('`') < 0) {
            return value;
        }
        return value.replace("`", URL_ATTRIBUTES.contains(attribute) ? "%60" : "'");
    }
}
