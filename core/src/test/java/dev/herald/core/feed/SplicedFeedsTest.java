package dev.herald.core.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Feeds spliced from a frame and entries serialized apart: text that looks like the places they
 * are cut at changes nothing, and a writer that keeps entries writes the same bytes as one that
 * does not, for every feed an article is in; the entries of a written document are found in it
 * again, and a document written from entries found so is the same.
 */
class SplicedFeedsTest {

    // what each format's splice looks for, inside an article's own text
    private static final String LOOKALIKES = "</entry> </feed> <item> </item>\n  </channel> [ ] \n  ] ]]> <entry";

    private static final Article TRICKY = new Article("tricky", "Title " + LOOKALIKES, "Summary " + LOOKALIKES,
            "<p>Text " + LOOKALIKES.replace("<", "&lt;").replace(">", "&gt;") + "</p><p title=\"" + LOOKALIKES.replace("\"", "")
                    + "\">x</p>",
            Instant.parse("2024-11-28T09:30:00Z"), null, List.of(), List.of(), null, null, null, null, List.of());

    private static String write(FeedWriter writer, List<Article> articles) throws IOException {
        Feed feed = new Feed(FeedFixtures.SITE, "Title " + LOOKALIKES, LOOKALIKES, FeedFixtures.SITE.resolve("/feed"),
                FeedFixtures.SITE.resolve("/"), null, articles);
        return FeedFixtures.written(writer, feed);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    @Test
    void textThatLooksLikeTheCutsIsKeptAsText() throws Exception {
        List<Article> articles = List.of(TRICKY, FeedFixtures.FULL, TRICKY.withId("tricky-2"));
        NodeList atom = xml(write(FeedWriters.of(FeedFormat.ATOM), articles)).getElementsByTagNameNS("http://www.w3.org/2005/Atom",
                "entry");
        assertEquals(3, atom.getLength());
        assertEquals("Title " + LOOKALIKES, ((Element) atom.item(2)).getElementsByTagNameNS(
                "http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
        NodeList rss = xml(write(FeedWriters.of(FeedFormat.RSS), articles)).getElementsByTagName("item");
        assertEquals(3, rss.getLength());
        JsonNode json = new ObjectMapper().readTree(write(FeedWriters.of(FeedFormat.JSON), articles));
        List<String> titles = new ArrayList<>();
        json.path("items").forEach(item -> titles.add(item.path("title").asText()));
        assertEquals(List.of("Title " + LOOKALIKES, FeedFixtures.FULL.title(), "Title " + LOOKALIKES), titles);
        assertEquals(LOOKALIKES, json.path("description").asText());
    }

    @Test
    void writersThatKeepEntriesWriteTheSameBytes() throws IOException {
        Map<FeedFormat, FeedWriter> keeping = FeedWriters.caching(1 << 20);
        List<List<Article>> feeds = List.of(List.of(TRICKY, FeedFixtures.FULL), List.of(FeedFixtures.FULL),
                List.of(FeedFixtures.WIRE, TRICKY, FeedFixtures.MINIMAL), List.of());
        for (FeedFormat format : FeedFormat.values()) {
            for (List<Article> articles : feeds) {
                assertEquals(write(FeedWriters.of(format), articles), write(keeping.get(format), articles), format + " " + articles);
            }
        }
    }

    @Test
    void theEntriesOfADocumentAreFoundInItAsTheyWereWritten() throws IOException {
        List<Article> articles = List.of(TRICKY, FeedFixtures.FULL, FeedFixtures.WIRE, TRICKY.withId("tricky-2"),
                FeedFixtures.MINIMAL);
        for (SplicingFeedWriter writer : FeedWriters.splicing(1 << 20).values()) {
            assertEntriesFoundAsWritten(writer, articles);
            assertEquals(List.of(), writer.entriesIn(write(writer, List.of(), SplicingFeedWriter.KnownEntries.NONE)));
        }
    }

    @Test
    void entriesOfEveryLengthAreFoundWhateverBytesTheSearchLandsOn() throws IOException {
        // titles of each length from 1 to 40 of the bytes what is looked for ends with, and spaces:
        // the search moves on by those bytes, so each entry ends at another place of it
        List<Article> articles = new ArrayList<>();
        for (int length = 1; length <= 40; length++) {
            String title = "y> {\n m\"".repeat(length).substring(0, length);
            articles.add(new Article("t" + length, title, title, "<p>" + title + "</p>", TRICKY.published(), null,
                    List.of(), List.of(), null, null, null, null, List.of()));
        }
        // and one whose text spells what stands between two entries in each format (a body is
        // sanitized HTML: its text's < is escaped, as RSS's CDATA needs)
        String between = "</entry>\n  <entry </item>\n    <item>\n      <title> \n    },\n    {\n      \"id\"";
        String html = "<pre>" + between.replace("<", "&lt;") + "</pre>";
        articles.add(20, new Article("between", between, between, html, TRICKY.published(),
                null, List.of(), List.of(), null, null, null, null, List.of()));
        for (SplicingFeedWriter writer : FeedWriters.splicing(1 << 20).values()) {
            assertEntriesFoundAsWritten(writer, articles);
        }
    }

    // writes the articles' document, then cuts it: each entry found is the one written
    private static void assertEntriesFoundAsWritten(SplicingFeedWriter writer, List<Article> articles) throws IOException {
        Map<Integer, byte[]> written = new TreeMap<>();
        byte[] document = write(writer, articles, new SplicingFeedWriter.KnownEntries() {
            @Override
            public SplicingFeedWriter.Piece entry(int index) {
                return null;
            }

            @Override
            public void written(int index, SplicingFeedWriter.Piece entry) {
                written.put(index, entry.bytes());
            }
        });
        List<SplicingFeedWriter.Piece> found = writer.entriesIn(document);
        assertEquals(articles.size(), found.size(), writer.format().toString());
        for (int i = 0; i < articles.size(); i++) {
            assertArrayEquals(written.get(i), found.get(i).bytes(), writer.format() + " entry " + i);
        }
    }

    @Test
    void knownEntriesGoInAsTheyAreAndTheirArticlesNeedNoBody() throws IOException {
        List<Article> articles = List.of(FeedFixtures.FULL, TRICKY, FeedFixtures.WIRE);
        for (SplicingFeedWriter writer : FeedWriters.splicing(1 << 20).values()) {
            byte[] whole = write(writer, articles, SplicingFeedWriter.KnownEntries.NONE);
            List<SplicingFeedWriter.Piece> entries = writer.entriesIn(whole);
            // the first and last come known, with their articles stripped of their bodies
            List<Article> shown = List.of(FeedFixtures.FULL.withoutBody(), TRICKY, FeedFixtures.WIRE.withoutBody());
            byte[] spliced = write(writer, shown, new SplicingFeedWriter.KnownEntries() {
                @Override
                public SplicingFeedWriter.Piece entry(int index) {
                    return index == 1 ? null : entries.get(index);
                }

                @Override
                public void written(int index, SplicingFeedWriter.Piece entry) {
                }
            });
            assertArrayEquals(whole, spliced, writer.format().toString());
        }
    }

    private static byte[] write(SplicingFeedWriter writer, List<Article> articles, SplicingFeedWriter.KnownEntries known)
            throws IOException {
        Feed feed = new Feed(FeedFixtures.SITE, "Title " + LOOKALIKES, LOOKALIKES, FeedFixtures.SITE.resolve("/feed"),
                FeedFixtures.SITE.resolve("/"), null, articles);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(feed, out, known);
        return out.toByteArray();
    }
}
