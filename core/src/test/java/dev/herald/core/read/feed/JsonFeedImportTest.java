package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Feed (1.1 and 1) read by {@code herald import}, beside RSS and Atom. */
class JsonFeedImportTest {

    private final FeedImporter importer = new FeedImporter();

    private Import importFeed(String json, Instant fallback) {
        return importer.importFeed("feed.json", json.getBytes(StandardCharsets.UTF_8), fallback);
    }

    private static List<String> messages(Import imported) {
        return imported.problems().stream().map(Problem::message).toList();
    }

    @Test
    void readsEveryFieldOfAJsonFeedItem() {
        Import imported = importFeed("""
                \uFEFF  {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Desk",
                 "home_page_url": "https://desk.example/", "language": "pt-PT",
                 "authors": [{"name": "Desk"}],
                 "items": [{"id": "https://desk.example/2024/ferry-strike", "url": "https://desk.example/2024/ferry-strike",
                   "title": "Ferry strike ends", "summary": "Crews are back.",
                   "content_html": "<p>Crews are <b>back</b>. <img src=\\"map.png\\" alt=\\"map\\"><script>alert(1)</script></p>",
                   "date_published": "2024-11-28T09:30:00+01:00", "date_modified": "2024-11-28T12:00:00Z",
                   "authors": [{"name": "Ana Lima", "url": "https://desk.example/ana"}], "tags": ["Ferries", "Strikes"],
                   "image": "https://desk.example/ferry.jpg",
                   "attachments": [{"url": "https://desk.example/ferry.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 1234}],
                   "external_url": "https://wire.example/story/1"}]}
                """, null);
        assertEquals(List.of(), imported.problems());
        Article article = imported.articles().get(0).article();
        assertEquals("ferry-strike", article.id());
        assertEquals("Ferry strike ends", article.title());
        assertEquals("Crews are back.", article.summary());
        assertEquals("<p>Crews are <b>back</b>. <img src=\"https://desk.example/2024/map.png\" alt=\"map\"></p>",
                article.contentHtml());
        assertEquals(Instant.parse("2024-11-28T08:30:00Z"), article.published());
        assertEquals(Instant.parse("2024-11-28T12:00:00Z"), article.updated());
        assertEquals(List.of(new Author("Ana Lima", null, URI.create("https://desk.example/ana"))), article.authors());
        assertEquals(List.of("ferries", "strikes"), article.tags().stream().map(Tag::slug).toList());
        assertEquals(new Image(URI.create("https://desk.example/ferry.jpg"), null, null, null), article.image());
        assertEquals(List.of(new Enclosure(URI.create("https://desk.example/ferry.mp3"), "audio/mpeg", 1234)),
                article.enclosures());
        assertEquals(new Source("wire.example", URI.create("https://wire.example/story/1")), article.source());
        assertEquals("pt-PT", article.language());
        assertEquals(URI.create("https://desk.example/2024/ferry-strike"), article.link());
    }

    @Test
    void readsVersionOneWithItsSingleAuthorTextContentAndNumericIds() {
        Import imported = importFeed("""
                {"version": "https://jsonfeed.org/version/1", "title": "Old", "author": {"name": "Desk"},
                 "items": [{"id": 42, "title": "Night trains", "content_text": "First line.\\n\\nSecond <line> & more.",
                            "date_published": "2024-11-28T09:30:00Z"}]}
                """, null);
        Article article = imported.articles().get(0).article();
        // a bare number tells entries apart too little: ImportIds adds a hash, as for any generic id
        assertEquals(true, article.id().matches("42-[0-9a-f]{8}"), article.id());
        assertEquals("<p>First line.</p>\n<p>Second &lt;line&gt; &amp; more.</p>", article.contentHtml().strip());
        assertEquals(List.of(Author.named("Desk")), article.authors());
    }

    @Test
    void takesHeraldsOwnExtensionForTheSourceAndTheImagesCaption() {
        Import imported = importFeed("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "Herald",
                 "items": [{"id": "tag:news.example.org,2024:kyiv-grid", "title": "Grid", "content_html": "<p>Text.</p>",
                   "date_published": "2024-11-26T08:15:00Z", "image": "https://news.example.org/images/grid.jpg",
                   "_herald": {"source": {"name": "Example Wire", "url": "https://wire.example.com/"},
                     "image": {"url": "https://news.example.org/images/grid.jpg", "caption": "A substation.",
                               "credit": "Photo: Example Wire", "alt": "Engineers at a transformer"}}}]}
                """, null);
        Article article = imported.articles().get(0).article();
        assertEquals("kyiv-grid", article.id());
        assertEquals(new Source("Example Wire", URI.create("https://wire.example.com/")), article.source());
        assertEquals(new Image(URI.create("https://news.example.org/images/grid.jpg"), "A substation.",
                "Photo: Example Wire", "Engineers at a transformer"), article.image());
    }

    @Test
    void importsTheGoodItemsAndNamesTheOthers() {
        Import imported = importFeed("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                 "items": ["not an item", {"id": "a", "title": "Dated", "content_text": "x", "date_published": "2024-11-28T09:30:00Z"},
                           {"id": "b", "title": "Undated", "content_text": "y"}]}
                """, null);
        assertEquals(List.of("a"), imported.articles().stream().map(a -> a.article().id()).toList());
        assertEquals(List.of("item 1 is not an object; skipped",
                "entry 3 (\"Undated\") has no date; skipped (--published gives entries without one a date)"),
                messages(imported));
        Import dated = importFeed("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "b", "title": "Undated",
                 "content_text": "y"}]}
                """, Instant.parse("2024-12-01T00:00:00Z"));
        assertEquals(Instant.parse("2024-12-01T00:00:00Z"), dated.articles().get(0).article().published());
    }

    @Test
    void resolvesRelativeUrlsAgainstTheItemAndTheSite() {
        Import imported = importer.importFeed("https://desk.example/feeds/main.json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                 "items": [{"id": "a", "url": "/2024/ferry", "title": "Ferry", "image": "ferry.jpg",
                   "content_html": "<p><a href=\\"../map\\">map</a></p>", "date_published": "2024-11-28T09:30:00Z",
                   "attachments": [{"url": "ferry.mp3", "mime_type": "audio/mpeg"}]}]}
                """.getBytes(StandardCharsets.UTF_8), null);
        Article article = imported.articles().get(0).article();
        assertEquals(URI.create("https://desk.example/2024/ferry"), article.link());
        assertEquals(URI.create("https://desk.example/2024/ferry.jpg"), article.image().url());
        assertEquals(URI.create("https://desk.example/2024/ferry.mp3"), article.enclosures().get(0).url());
        assertEquals("<p><a href=\"https://desk.example/map\">map</a></p>", article.contentHtml());
    }

    @Test
    void leavesOutUrlsThatAreNoWebAddresses() {
        Article article = importFeed("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "a", "title": "A",
                 "url": "javascript:alert(1)", "image": "data:image/png;base64,AAAA", "content_text": "x",
                 "authors": [{"name": "N", "url": "javascript:alert(2)"}], "date_published": "2024-11-28T09:30:00Z"}]}
                """, null).articles().get(0).article();
        assertNull(article.link());
        assertNull(article.image());
        assertEquals(List.of(Author.named("N")), article.authors());
    }

    @Test
    void readsAFeedWhoseVersionIsNotTheSpecsUrl() {
        Import imported = importFeed("""
                {"version": "1.1", "title": "T", "items": [{"id": "https://desk.example/a", "title": "A",
                 "content_text": "x", "date_published": "2024-11-28T09:30:00Z"}]}
                """, null);
        assertEquals(List.of("a"), imported.articles().stream().map(a -> a.article().id()).toList());
    }

    @Test
    void saysWhatIsWrongWithJsonThatIsNoJsonFeed() {
        assertEquals(List.of("not a JSON Feed: a JSON Feed has a \"version\" starting https://jsonfeed.org/version/"
                + " and a list of \"items\""), messages(importFeed("{\"title\": \"Just JSON\"}", null)));
        Import cut = importFeed("{\"version\": \"1.1\",\n\"items\": [", null);
        assertEquals(List.of("feed.json:2: not readable JSON: Unexpected end-of-input: expected close marker"
                + " for Array"), cut.problems().stream().map(Problem::toString).toList());
        assertNull(importFeed("{\"title\": \"Just JSON\"}", null).articles().stream().findFirst().orElse(null));
    }
}
