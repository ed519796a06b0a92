package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.problem.Problem;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feeds whose XML declaration names no encoding, one that does not exist, or one their bytes are
 * not in: read as feed readers read them (Miniflux, feedparser), with a warning, not as mojibake.
 */
class FeedEncodingTest {

    private static final String ITEM = "<rss version=\"2.0\"><channel><title>T</title><item><guid>g-1</guid>"
            + "<title>%s</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate></item></channel></rss>";

    private final FeedImporter importer = new FeedImporter();

    private Import importFeed(String declaration, String title, Charset bytesIn) {
        return importer.importFeed("feed.xml", (declaration + ITEM.formatted(title)).getBytes(bytesIn), null);
    }

    private static String title(Import imported) {
        assertEquals(1, imported.articles().size(), imported.problems().toString());
        return imported.articles().get(0).article().title();
    }

    @Test
    void readsAFeedDeclaredInAnEncodingItsBytesAreNotInAsTheUtf8TheyAre() {
        Import imported = importFeed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "Café at 5 €",
                StandardCharsets.UTF_8);
        assertEquals("Café at 5 €", title(imported));
        assertEquals(List.of(Problem.warning("feed.xml", 1, null, "the XML declaration says the encoding is"
                + " \"ISO-8859-1\", but the feed is UTF-8; read as UTF-8, as feed readers do")), imported.problems());
    }

    @Test
    void readsAFeedDeclaredInAnEncodingThatDoesNotExistAsUtf8OrElseWindows1252() {
        Import utf8 = importFeed("<?xml version=\"1.0\" encoding=\"invalid\"?>", "Café", StandardCharsets.UTF_8);
        assertEquals("Café", title(utf8));
        assertEquals(List.of(Problem.warning("feed.xml", 1, null, "the XML declaration names the encoding \"invalid\","
                + " which does not exist; read as UTF-8, as feed readers do")), utf8.problems());
        Import latin = importFeed("<?xml version='1.0' encoding='latin-9000'?>", "Café", StandardCharsets.ISO_8859_1);
        assertEquals("Café", title(latin));
        assertEquals(List.of(Problem.warning("feed.xml", 1, null, "the XML declaration names the encoding"
                + " \"latin-9000\", which does not exist; read as Windows-1252, as feed readers do")), latin.problems());
    }

    @Test
    void readsAFeedThatNamesNoEncodingAndIsNotUtf8AsWindows1252() {
        Import imported = importFeed("", "Café – 5 €", Charset.forName("windows-1252"));
        assertEquals("Café – 5 €", title(imported));
        assertEquals(List.of(Problem.warning("feed.xml", 1, null, "the feed names no encoding and is not UTF-8;"
                + " read as Windows-1252, as feed readers do")), imported.problems());
    }

    @Test
    void readsAFeedInTheEncodingItDeclaresWhenItsBytesAreInIt() {
        Import euro = importFeed("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", "Euro €",
                Charset.forName("windows-1252"));
        assertEquals("Euro €", title(euro));
        assertEquals(List.of(), euro.problems());
        Import russian = importFeed("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>", "Первая новость",
                Charset.forName("KOI8-R"));
        assertEquals("Первая новость", title(russian));
        assertEquals(List.of(), russian.problems());
        Import ascii = importFeed("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>", "Plain", StandardCharsets.US_ASCII);
        assertEquals("Plain", title(ascii));
        assertEquals(List.of(), ascii.problems());
    }

    @Test
    void readsFeedsInUtf16AsXmlProcessorsMust() {
        String declared = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>";
        Import littleEndian = importFeed("\uFEFF" + declared, "Café", StandardCharsets.UTF_16LE);
        assertEquals("Café", title(littleEndian));
        assertEquals(List.of(), littleEndian.problems());
        assertEquals("Café", title(importFeed("\uFEFF" + declared, "Café", StandardCharsets.UTF_16BE)));
        // no byte order mark: the declaration's first bytes tell the encoding
        assertEquals("Café", title(importFeed(declared, "Café", StandardCharsets.UTF_16LE)));
        String json = "\uFEFF{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [{\"id\": \"1\","
                + " \"title\": \"Café\", \"date_published\": \"2024-11-28T09:30:00Z\", \"content_text\": \"x\"}]}";
        assertEquals("Café", title(importer.importFeed("feed.json", json.getBytes(StandardCharsets.UTF_16BE), null)));
    }

    @Test
    void readsAJsonFeedThatIsNotUtf8AsWindows1252() {
        String json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [{\"id\": \"1\","
                + " \"title\": \"Café – 5 €\", \"date_published\": \"2024-11-28T09:30:00Z\", \"content_text\": \"x\"}]}";
        Import imported = importer.importFeed("feed.json", json.getBytes(Charset.forName("windows-1252")), null);
        assertEquals("Café – 5 €", title(imported));
        assertEquals(List.of(Problem.warning("feed.json", 1, null, "the JSON Feed is not UTF-8; read as Windows-1252,"
                + " as feed readers do")), imported.problems());
    }

    @Test
    void readsAnAtomFeedWrittenWithoutItsNamespaceAsAtom() {
        Import imported = importer.importFeed("feed.xml", """
                <feed><title>T</title><updated>2024-11-28T09:30:00Z</updated>
                <entry><id>tag:a.example,2024:1</id><title>Harbour Reopens</title><updated>2024-11-28T09:30:00Z</updated>
                <content type="xhtml"><div><p>The <b>harbour</b> reopened.</p></div></content></entry></feed>
                """.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("Harbour Reopens", title(imported));
        // as from a feed in its namespaces, the wrapping <div> kept
        assertEquals("<div><p>The <b>harbour</b> reopened.</p></div>", imported.articles().get(0).article().contentHtml());
        assertEquals(List.of(Problem.warning("feed.xml", 0, null, "the root element <feed> names no namespace;"
                + " read as Atom 1.0, as feed readers do")), imported.problems());
    }
}
