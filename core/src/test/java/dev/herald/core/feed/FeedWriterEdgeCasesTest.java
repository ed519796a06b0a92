package dev.herald.core.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What each writer makes of enclosures and of markup in the site's own texts. */
class FeedWriterEdgeCasesTest {

    private static final SiteSettings SITE = new SiteSettings("Pod <News>", "Talk about <script>alert(1)</script> & more",
            URI.create("https://pod.example"), "en", List.of(Author.named("Desk")), List.of());

    private static final Article EPISODE = new Article("episode-1", "Episode 1", "Notes.", "<p>Notes.</p>",
            Instant.parse("2024-11-28T09:30:00Z"), null, List.of(), List.of(), null, null, null, null,
            List.of(new Enclosure(URI.create("https://cdn.example/e1.mp3"), "audio/mpeg", 12345678),
                    new Enclosure(URI.create("https://cdn.example/e1.mp4"), "video/mp4", 0)));

    private static final Article RELATIVE_LINKS = new Article("harbour-vote", "Harbour vote", "Links.",
            "<p><img src=\"map.png\" alt=\"map\"> <a href=\"../ferry-strike/\">ferry</a> <a href=\"#note-1\">1</a></p>",
            Instant.parse("2024-11-28T09:30:00Z"), null, List.of(), List.of(), null, null, null, null, List.of());

    private static String write(FeedFormat format) throws IOException {
        return write(format, EPISODE);
    }

    private static String write(FeedFormat format, Article article) throws IOException {
        Feed feed = new Feed(SITE, SITE.title(), SITE.description(), SITE.resolve("/" + format.fileName()),
                SITE.resolve("/"), null, List.of(article));
        return FeedFixtures.written(FeedWriters.of(format), feed);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    @Test
    void rssEscapesTheChannelDescriptionAsHtmlLikeItsItems() throws Exception {
        Document rss = xml(write(FeedFormat.RSS));
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        Element description = (Element) channel.getElementsByTagName("description").item(0);
        // the text, read as HTML the way readers do, shows the angle brackets instead of running a script
        assertEquals("Talk about &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", description.getTextContent());
    }

    @Test
    void rssCarriesTheFirstEnclosure() throws Exception {
        NodeList enclosures = xml(write(FeedFormat.RSS)).getElementsByTagName("enclosure");
        assertEquals(1, enclosures.getLength());
        Element enclosure = (Element) enclosures.item(0);
        assertEquals("https://cdn.example/e1.mp3", enclosure.getAttribute("url"));
        assertEquals("audio/mpeg", enclosure.getAttribute("type"));
        assertEquals("12345678", enclosure.getAttribute("length"));
    }

    @Test
    void atomCarriesEveryEnclosureAsALink() throws Exception {
        NodeList links = xml(write(FeedFormat.ATOM)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        List<String> enclosures = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getAttribute("rel").equals("enclosure")) {
                enclosures.add(link.getAttribute("href") + " " + link.getAttribute("type") + " " + link.getAttribute("length"));
            }
        }
        assertEquals(List.of("https://cdn.example/e1.mp3 audio/mpeg 12345678", "https://cdn.example/e1.mp4 video/mp4 "),
                enclosures);
    }

    @Test
    void jsonFeedCarriesEveryEnclosureAsAnAttachment() throws IOException {
        JsonNode attachments = new ObjectMapper().readTree(write(FeedFormat.JSON)).path("items").get(0).path("attachments");
        assertEquals(2, attachments.size());
        assertEquals("https://cdn.example/e1.mp3", attachments.get(0).path("url").asText());
        assertEquals("audio/mpeg", attachments.get(0).path("mime_type").asText());
        assertEquals(12345678, attachments.get(0).path("size_in_bytes").asLong());
        assertEquals("video/mp4", attachments.get(1).path("mime_type").asText());
        assertEquals(false, attachments.get(1).has("size_in_bytes"));
    }

    @Test
    void everyFormatCarriesPathRelativeUrlsResolvedAgainstTheEntrysLink() throws Exception {
        // readers resolve relative URLs against different bases (the feed's URL, the entry's link), so none is left
        String expected = "<p><img src=\"https://pod.example/articles/map.png\" alt=\"map\">"
                + " <a href=\"https://pod.example/ferry-strike/\">ferry</a> <a href=\"#note-1\">1</a></p>";
        Document atom = xml(write(FeedFormat.ATOM, RELATIVE_LINKS));
        assertEquals(expected, atom.getElementsByTagName("content").item(0).getTextContent());
        Document rss = xml(write(FeedFormat.RSS, RELATIVE_LINKS));
        assertEquals(expected, rss.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")
                .item(0).getTextContent());
        JsonNode item = new ObjectMapper().readTree(write(FeedFormat.JSON, RELATIVE_LINKS)).path("items").get(0);
        assertEquals(expected, item.path("content_html").asText());
    }
}
