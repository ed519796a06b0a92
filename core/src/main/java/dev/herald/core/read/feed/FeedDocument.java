package dev.herald.core.read.feed;

import dev.herald.core.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * The XML of a feed as a JDOM document, parsed with no DTD and no external entity: a document
 * with a DOCTYPE is refused. Blank lines before the XML declaration (common in real feeds) are
 * skipped; an HTML page is named as such, with the feed it links to when it has one. A feed wrong
 * about its encoding is read in the one it is in ({@link FeedEncoding}).
 */
final class FeedDocument {

    /** Deepest markup an entry may hold: deeper is an attack on the reader's stack, not content. */
    static final int MAX_DEPTH = 256;

    private FeedDocument() {
    }

    /** The document, or empty with a problem saying why not. */
    static Optional<Document> parse(byte[] given, String source, Problems problems) {
        byte[] bytes = given;
        int start = firstMarkup(bytes);
        String head = new String(bytes, start, Math.min(bytes.length - start, 2048), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT).replaceFirst("^<\\?xml[^>]*>\\s*", "");
        if (head.isEmpty()) {
            problems.error(0, null, "not a feed: it is empty");
            return Optional.empty();
        }
        if (!head.startsWith("<")) {
            problems.error(1, null, "not a feed: it starts with text, where RSS and Atom start with XML markup"
                    + " and a JSON Feed with \"{\"");
            return Optional.empty();
        }
        if (FeedDiscovery.isHtmlPage(bytes)) {
            problems.error(0, null, htmlPage(bytes, source));
            return Optional.empty();
        }
        byte[] readable = FeedEncoding.corrected(bytes, start, problems);
        if (readable != bytes) {
            bytes = readable;
            start = 0;
        }
        try {
            return Optional.of(pruned(build(bytes, start), problems));
        } catch (JDOMParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                problems.error(Math.max(e.getLineNumber(), 0), null, "not a readable feed: it declares a DOCTYPE,"
                        + " which Herald refuses (no DTDs or external entities are read)");
                return Optional.empty();
            }
            return lenient(bytes, start, Math.max(e.getLineNumber(), 0), reason(message), problems);
        } catch (JDOMException | IOException | RuntimeException e) {
            // JDOM checks names and text as it builds (a namespace URI starting with "-"), and throws unchecked
            problems.error(0, null, "not a readable feed: " + reason(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private static Document build(byte[] bytes, int start) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        // A DOCTYPE is how external entities (file:///etc/passwd) get in: refuse the document
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
        return builder.build(new ByteArrayInputStream(bytes, start, bytes.length - start));
    }

    // not well-formed (cut short, a namespace prefix never declared): read as feed readers read it, and say so
    private static Optional<Document> lenient(byte[] bytes, int start, int line, String reason, Problems problems) {
        try {
            Document document = build(LenientXml.repair(bytes, start), 0);
            problems.warning(line, null, "not well-formed XML (" + reason + "); read leniently, as feed readers do");
            return Optional.of(pruned(document, problems));
        } catch (JDOMException | IOException | RuntimeException e) {
            problems.error(line, null, "not a readable feed: " + reason);
            return Optional.empty();
        }
    }

    private static Document pruned(Document document, Problems problems) {
        pruneDeepMarkup(document.getRootElement(), problems);
        return document;
    }

    // a byte-order mark, then white space, may come before the XML declaration
    private static int firstMarkup(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static String reason(String message) {
        // "Error on line 3: The element type ..." → the part after the position
        return message.replaceFirst("^Error on line -?\\d+( of document [^:]*)?: ", "").strip();
    }

    private static String htmlPage(byte[] bytes, String source) {
        return FeedDiscovery.advertisedFeed(bytes, source)
                .map(feed -> "this is an HTML page, not a feed; it names a feed: " + feed)
                .orElse("this is an HTML page, not a feed");
    }

    /** Removes every element nested deeper than {@link #MAX_DEPTH}, with a problem naming its entry. */
    private static void pruneDeepMarkup(org.jdom2.Element root, Problems problems) {
        Deque<org.jdom2.Element> elements = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        elements.push(root);
        depths.push(1);
        while (!elements.isEmpty()) {
            org.jdom2.Element element = elements.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                problems.warning(0, null, "markup nested more than " + MAX_DEPTH + " levels deep in <"
                        + element.getName() + "> was left out");
                element.getParent().removeContent(element);
                continue;
            }
            for (org.jdom2.Element child : element.getChildren()) {
                elements.push(child);
                depths.push(depth + 1);
            }
        }
    }
}
