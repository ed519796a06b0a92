package dev.herald.core.site;

import dev.herald.core.HeraldException;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * OPML 2.0 listing the main feed and every tag's feed, for importing into a feed reader in one
 * step. RSS is listed, as the format every reader knows.
 */
public final class OpmlWriter {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    /**
     * @param updated the site's newest change, as {@code dateModified} (never the build time, so
     *                an unchanged site gives the same bytes)
     */
    public void write(SiteSettings site, List<TagCount> tags, Instant updated, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("head");
            element(xml, "title", site.title() + " feeds");
            element(xml, "dateModified", RFC_822.format(updated));
            element(xml, "docs", "http://opml.org/spec2.opml");
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            outline(xml, site.title(), site.url(SitePaths.feed(FeedFormat.RSS)),
                    site.url(SitePaths.INDEX), "    ");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("outline");
            xml.writeAttribute("text", "Tags");
            for (TagCount tag : tags) {
                String slug = tag.tag().slug();
                outline(xml, site.title() + ": " + tag.tag().label(), site.url(SitePaths.tagFeed(slug, FeedFormat.RSS)),
                        site.url(SitePaths.tag(slug)), "      ");
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new HeraldException("cannot write OPML", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void outline(XMLStreamWriter xml, String title, String feedUrl, String pageUrl, String indent)
            throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeEmptyElement("outline");
        xml.writeAttribute("type", "rss");
        xml.writeAttribute("text", title);
        xml.writeAttribute("title", title);
        xml.writeAttribute("xmlUrl", feedUrl);
        xml.writeAttribute("htmlUrl", pageUrl);
    }
}
