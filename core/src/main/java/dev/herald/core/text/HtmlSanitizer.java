package dev.herald.core.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
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
 * safelist (less those HTML5 made obsolete) plus figures, marks, table cell classes and the
 * language of code survive, so no script, iframe, style or event handler reaches a feed (what a
 * body embeds from elsewhere becomes a link to it first: {@link EmbeddedContent}; what it hides
 * is left out: {@link HiddenContent}), and link
 * and image URLs follow {@link UrlPolicy} (relative links are kept as written). What survives is
 * made valid HTML ({@link HtmlConformance}). Characters XML forbids are removed, including those
 * written as entities. Thread-safe.
 */
public final class HtmlSanitizer {

    // URLs are checked by UrlPolicy before cleaning, which needs no base URI to resolve against
    private final Safelist safelist = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("cite", "cite", "http", "https")
            .removeProtocols("img", "src", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            // obsolete in HTML5, an error to the Nu HTML Checker; columns only set widths
            .removeTags("col", "colgroup")
            .removeAttributes("img", "align")
            .removeAttributes("table", "summary", "width")
            .removeAttributes("td", "abbr", "axis", "width")
            .removeAttributes("th", "axis", "width")
            .removeAttributes("ul", "type")
            .addTags("figure", "figcaption", "hr", "del", "s", "ins", "mark", "abbr", "time")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("th", "class")
            .addAttributes("td", "class")
            .addAttributes("code", "class");
    private final Cleaner cleaner = new Cleaner(safelist);

    /**
     * Sanitized HTML and what of it feeds and pages do not carry.
     *
     * @param html the safe HTML
     * @param note one line for the editor on what became a link or was left out ({@link
     *             EmbeddedContent}), or "" if nothing
     */
    public record Sanitized(String html, String note) {
    }

    /** The sanitized form of an HTML fragment; "" for null or blank input. */
    public String sanitize(String html) {
        return clean(html).html();
    }

    /** The sanitized form of an HTML fragment, with a note on what it embedded or held that is left out. */
    public Sanitized clean(String html) {
        if (html == null || html.isBlank()) {
            return new Sanitized("", "");
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        HiddenContent.removeFrom(dirty.body());
        EmbeddedContent embedded = new EmbeddedContent();
        embedded.replaceIn(dirty.body());
        boolean takenApart = false;
        for (Element element : dirty.body().getAllElements()) {
            // an element the cleaner keeps in place of a parent it drops
            takenApart |= element != dirty.body() && element.parent() != dirty.body()
                    && !safelist.isSafeTag(element.parent().normalName()) && safelist.isSafeTag(element.normalName());
            for (String name : HtmlAttributeValues.URL_ATTRIBUTES) {
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
        Document safe = cleaner.clean(dirty);
        if (takenApart) {
            // what the cleaner kept of a tree it took apart need not be one a parser builds (the
            // rows of a table it dropped): read again, as a browser would read it
            safe.outputSettings().prettyPrint(false);
            safe = cleaner.clean(Jsoup.parseBodyFragment(safe.body().html()));
        }
        safe.body().select("code[class]").forEach(code -> keepClasses(code, HtmlSanitizer::isLanguage));
        safe.body().select("th[class], td[class]").forEach(cell -> keepClasses(cell, TableAlignment::isAlignment));
        HtmlConformance.apply(safe.body());
        safe.outputSettings()
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
                    String stripped = withoutBackticks(XmlChars.strip(value));
                    if (stripped != value) {
                        attribute.setValue(stripped);
                    }
                }
            }
        }, safe.body());
        return new Sanitized(safe.body().html(), embedded.note());
    }

    // Of an element's classes only those Herald gives keep: a code block's language, which
    // highlighters read (language-ruby, from a fenced block's info string), and a table cell's
    // alignment; another class could borrow the page's styles (a hidden one, say).
    private static void keepClasses(Element element, Predicate<String> kept) {
        List<String> names = element.classNames().stream().filter(kept).toList();
        if (names.isEmpty()) {
            element.removeAttr("class");
        } else {
            element.attr("class", String.join(" ", names));
        }
    }

    private static boolean isLanguage(String name) {
        return name.startsWith("language-") && name.length() > "language-".length();
    }

    // Old Internet Explorer took a backtick as an attribute quote, so validators (the W3C feed
    // validator among them) reject one in any attribute: it becomes an apostrophe (URLs have
    // theirs percent-encoded already, with what else a URL may not hold: BodyUrls)
    private static String withoutBackticks(String value) {
        return value.indexOf('`') < 0 ? value : value.replace('`', '\'');
    }
}
