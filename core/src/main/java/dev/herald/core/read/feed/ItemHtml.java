package dev.herald.core.read.feed;

import dev.herald.core.text.SiteRelativeUrls;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/** The HTML of an imported entry, before it is sanitized: made whole, absolute and HTML. */
final class ItemHtml {

    private ItemHtml() {
    }

    /** Whether the HTML shows anything: text, or an image or other media. */
    static boolean hasContent(String html) {
        if (html == null || html.isBlank()) {
            return false;
        }
        Document document = Jsoup.parseBodyFragment(html);
        return !document.body().text().isBlank() || !document.body().select("img, video, audio, iframe, object").isEmpty();
    }

    /** The HTML with relative {@code href} and {@code src} made absolute against {@code base} (if any). */
    static String resolved(String html, URI base) {
        if (html == null || base == null || !base.isAbsolute()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html, base.toString());
        boolean changed = false;
        for (String attribute : SiteRelativeUrls.URL_ATTRIBUTES) {
            for (Element element : document.body().select("[" + attribute + "]")) {
                String value = element.attr(attribute);
                String absolute = element.absUrl(attribute);
                if (!absolute.isEmpty() && !absolute.equals(value) && !value.startsWith("#")) {
                    element.attr(attribute, absolute);
                    changed = true;
                }
            }
        }
        if (!changed) {
            return html;
        }
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        return document.body().html();
    }

    /**
     * Atom {@code type="xhtml"} content as HTML. Rome hands it over as XML, where an empty element is
     * written {@code <iframe/>}; read as HTML, that would open an element swallowing all that follows.
     */
    static String fromXhtml(String xhtml) {
        Document document = Jsoup.parse(xhtml, "", Parser.xmlParser());
        document.outputSettings().syntax(Document.OutputSettings.Syntax.html).prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base);
        return document.html();
    }
}
