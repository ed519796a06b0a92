package dev.herald.core.feed.rome;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.herald.core.HeraldException;
import dev.herald.core.feed.FeedPaging;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * What both Rome writers need: Atom links (Atom's own, and RSS's atom:link) and the serializing
 * of the JDOM documents Rome builds, as UTF-8 with two-space indents. Rome's own output uses the
 * platform charset for files and collapses white space inside {@code <pre>}; text here is only
 * trimmed when it is all white space, so content keeps its spaces.
 */
final class RomeXml {

    /** RFC 5005's namespace, of {@code fh:archive}. */
    private static final Namespace FEED_HISTORY = Namespace.getNamespace("fh", "http://purl.org/syndication/history/1.0");

    private RomeXml() {
    }

    /** A link with its relation, target and media type (null to leave it out). */
    static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** RFC 5005's links of a feed document, to documents of the same media type. */
    static List<Link> pagingLinks(FeedPaging paging, String mediaType) {
        List<Link> links = new ArrayList<>();
        addLink(links, "current", paging.current(), mediaType);
        addLink(links, "prev-archive", paging.prevArchive(), mediaType);
        addLink(links, "next-archive", paging.nextArchive(), mediaType);
        addLink(links, "next", paging.next(), mediaType);
        return links;
    }

    private static void addLink(List<Link> links, String rel, URI href, String mediaType) {
        if (href != null) {
            links.add(link(rel, href.toString(), mediaType));
        }
    }

    /**
     * Marks an archive document with RFC 5005's {@code <fh:archive/>} in {@code parent} (feed or
     * channel), ahead of the entries: Atom's schema takes extension elements only before them.
     */
    static void markArchive(Element parent, FeedPaging paging) {
        if (!paging.archive()) {
            return;
        }
        Element archive = new Element("archive", FEED_HISTORY);
        List<Element> children = parent.getChildren();
        for (int i = 0; i < children.size(); i++) {
            String name = children.get(i).getName();
            if (name.equals("entry") || name.equals("item")) {
                parent.addContent(parent.indexOf(children.get(i)), archive);
                return;
            }
        }
        parent.addContent(archive);
    }

    /** The JDOM document Rome makes of a feed or channel; {@code name} says which, should Rome fail. */
    static Document document(WireFeed feed, String name) {
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new HeraldException("Rome could not write " + feed.getFeedType() + " for " + name, e);
        }
    }

    /** The document as text, to be written as UTF-8, as its declaration says. */
    static String serialize(Document document) {
        Format format = Format.getPrettyFormat()
                .setEncoding("UTF-8")
                .setIndent("  ")
                .setLineSeparator("\n")
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        return new XMLOutputter(format).outputString(document);
    }
}
