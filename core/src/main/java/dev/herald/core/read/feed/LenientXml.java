package dev.herald.core.read.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * Makes a feed that is not well-formed XML readable, as feed readers do: jsoup's forgiving XML
 * parser closes what was left open (a feed cut short) and keeps what a strict parser stops at,
 * and every namespace prefix used without a declaration (a {@code content:encoded} in a feed that
 * never declared {@code content}) gets the namespace feeds mean by it. No DTD or entity is read:
 * the repaired text has no DOCTYPE.
 */
final class LenientXml {

    /** What the prefixes feeds forget to declare stand for. */
    private static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("media", "http://search.yahoo.com/mrss/"),
            Map.entry("atom", "http://www.w3.org/2005/Atom"),
            Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
            Map.entry("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"));

    private LenientXml() {
    }

    /** The document re-written as well-formed UTF-8 XML. */
    static byte[] repair(byte[] bytes, int start) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(bytes, start, bytes.length - start), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory does no I/O", e);
        }
        for (Node node : document.childNodes().toArray(new Node[0])) {
            if (node instanceof XmlDeclaration || node instanceof DocumentType) {
                node.remove();
            }
        }
        Element root = document.children().first();
        if (root != null) {
            declareMissingPrefixes(root);
            hoistEntries(root);
        }
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset(StandardCharsets.UTF_8);
        return document.html().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Items swallowed by an element left open ({@code <itunes:category>} never closed) go back
     * where the format has them: RSS items into the channel, Atom entries into the feed.
     */
    private static void hoistEntries(Element root) {
        Element channel = root.tagName().equals("feed") ? root : root.selectFirst("channel");
        String entry = root.tagName().equals("feed") ? "entry" : "item";
        if (channel == null) {
            return;
        }
        for (Element item : channel.getElementsByTag(entry)) {
            Element parent = item.parent();
            boolean nestedInEntry = parent != null && parent.closest(entry) != null;
            if (parent != channel && parent != root && !nestedInEntry) {
                channel.appendChild(item);
            }
        }
    }

    private static void declareMissingPrefixes(Element root) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (Element element : root.getAllElements()) {
            prefixOf(element.tagName(), used);
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("xmlns:")) {
                    declared.add(attribute.getKey().substring("xmlns:".length()));
                } else if (!attribute.getKey().startsWith("xml:")) {
                    prefixOf(attribute.getKey(), used);
                }
            }
        }
        used.removeAll(declared);
        used.remove("xml");
        used.remove("xmlns");
        for (String prefix : used) {
            root.attr("xmlns:" + prefix, KNOWN_PREFIXES.getOrDefault(prefix, "urn:x-undeclared-prefix:" + prefix));
        }
    }

    private static void prefixOf(String name, Set<String> prefixes) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            prefixes.add(name.substring(0, colon));
        }
    }
}
