package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Enclosure;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedImporterTest {

    private static final String CHANNEL_START = """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
            <link>https://site.example/</link><description>D</description>
            """;
    private static final String CHANNEL_END = "</channel></rss>\n";

    private final FeedImporter importer = new FeedImporter();

    private Import rss(String items) {
        return importFeed(CHANNEL_START + items + CHANNEL_END, null);
    }

    private Import importFeed(String xml, Instant fallback) {
        return importer.importFeed("feed.xml", xml.getBytes(StandardCharsets.UTF_8), fallback);
    }

    private static Article only(Import imported) {
        assertEquals(1, imported.articles().size(), imported.problems().toString());
        return imported.articles().get(0).article();
    }

    @Test
    void idsStayTheSameWhenTheFeedGainsAnItem() {
        String first = item("yt:video:AbC123", "https://www.youtube.com/watch?v=AbC123", "One");
        String second = item("yt:video:XyZ789", "https://www.youtube.com/watch?v=XyZ789", "Two");
        List<String> before = ids(rss(first));
        List<String> after = ids(rss(second + first));
        assertEquals(before.get(0), after.get(1));
        assertFalse(after.get(0).equals(after.get(1)));
    }

    @Test
    void linksWithAQueryGetAHashNotANumber() {
        Import imported = rss(item(null, "https://www.youtube.com/watch?v=AbC123", "One")
                + item(null, "https://www.youtube.com/watch?v=XyZ789", "Two"));
        List<String> ids = ids(imported);
        assertTrue(ids.get(0).matches("watch-[0-9a-f]{8}"), ids.toString());
        assertTrue(ids.get(1).matches("watch-[0-9a-f]{8}"), ids.toString());
        assertFalse(ids.get(0).equals(ids.get(1)));
    }

    @Test
    void readablePageNamesAndHeraldIdsAreKept() {
        Import imported = rss(item(null, "https://news.example/2024/cairo-water-plan.html", "Cairo")
                + item("tag:herald.example,2024:kyiv-grid", "https://herald.example/articles/kyiv-grid", "Kyiv"));
        assertEquals(List.of("cairo-water-plan", "kyiv-grid"), ids(imported));
    }

    @Test
    void saysWhatAFileThatIsNoFeedIsInstead() {
        assertEquals(List.of(Problem.error("feed.xml", 0, null, "not a feed: it is empty")),
                importFeed(" \n", null).problems());
        assertEquals(List.of(Problem.error("feed.xml", 1, null, "not a feed: it starts with text, where RSS and Atom"
                + " start with XML markup and a JSON Feed with \"{\"")), importFeed("Port Strike Ends\n", null).problems());
        // an array of articles, as Herald's own files hold them, is JSON but no JSON Feed
        assertTrue(importFeed("[{\"title\": \"Port Strike Ends\"}]", null).problems().get(0).message()
                .startsWith("not a JSON Feed: "));
    }

    @Test
    void reportsANamespaceJdomRefusesInsteadOfThrowing() {
        Import imported = importFeed("<rss version=\"2.0\" xmlns:x=\"-bad\"><channel><title>T</title></channel></rss>", null);
        assertEquals(List.of(), imported.articles());
        assertTrue(imported.problems().get(0).message().startsWith("not a readable feed: "), imported.problems().toString());
    }

    @Test
    void readsAFeedCutShortAndOneWithUndeclaredPrefixesLeniently() {
        String cut = CHANNEL_START.replace("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"", "")
                + "<item><guid>g</guid><title>Cut</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>"
                + "<content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>";
        Import imported = importFeed(cut, null);
        assertEquals("<p>Body</p>", only(imported).contentHtml());
        assertTrue(imported.problems().get(0).message().startsWith("not well-formed XML ("), imported.problems().toString());
        assertTrue(imported.problems().get(0).message().endsWith("); read leniently, as feed readers do"));
    }

    @Test
    void saysWhatIsMissingWhereRomeWouldNameItsOwnClasses() {
        assertEquals(List.of(Problem.error("feed.xml", 0, null, "not a readable feed: it lacks the structure its root"
                + " element <rss> calls for (an <rss> needs a <channel>)")),
                importFeed("<rss version=\"2.0\"></rss>", null).problems());
        assertEquals(List.of(Problem.error("feed.xml", 0, null, "not a readable feed: it lacks the structure its root"
                + " element <RDF> calls for (an <RDF> needs a <channel>)")), importFeed("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"/>""",
                null).problems());
        assertEquals(List.of(Problem.error("feed.xml", 0, null, "not a readable feed: the root element <note> is not"
                + " RSS's or Atom's, in a version Rome reads")), importFeed("<note>hi</note>", null).problems());
    }

    @Test
    void skipsWhitespaceBeforeTheXmlDeclaration() {
        Import imported = importFeed("\n\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + CHANNEL_START
                + item("a-1", null, "Story") + CHANNEL_END, null);
        assertEquals("Story", only(imported).title());
    }

    @Test
    void makesATitleFromTheTextOfAnItemWithout() {
        Import imported = rss("""
                <item><guid>g-1</guid><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>
                <description>Ministers met in Brussels on Thursday to agree on the budget for the next five years of work</description></item>
                """);
        Article article = only(imported);
        assertEquals("Ministers met in Brussels on Thursday to agree on the budget for…", article.title());
        assertEquals(List.of(Problem.warning("feed.xml", 0, "title",
                "entry 1 has no title; made one from its text: \"" + article.title() + "\"")), imported.problems());
    }

    @Test
    void makesATitleAndSummaryFromContentWithoutParagraphs() {
        Import rssItem = rss("""
                <item><guid>g-1</guid><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>
                <content:encoded><![CDATA[Harbour cranes <b>stopped</b> at dawn.<br><br>Talks resume Monday.]]></content:encoded></item>
                """);
        assertEquals("Harbour cranes stopped at dawn.", only(rssItem).title());
        assertEquals("Harbour cranes stopped at dawn.", only(rssItem).summary());
        Import atomEntry = importFeed("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2024-11-28T09:30:00Z</updated>
                <entry><id>urn:e</id><updated>2024-11-28T09:30:00Z</updated><content type="text">Ferry timetable changes</content></entry>
                </feed>
                """, null);
        assertEquals("Ferry timetable changes", only(atomEntry).title());
        assertEquals("Ferry timetable changes", only(atomEntry).contentHtml());
    }

    @Test
    void readsNoProseFromContentOfAnotherMediaType() {
        // base64 or XML of its own kind (RFC 4287 4.1.3.3): neither a title, a summary nor a body
        Import imported = importFeed("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2024-11-28T09:30:00Z</updated>
                <entry><id>urn:a</id><updated>2024-11-28T09:30:00Z</updated>
                  <content type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content></entry>
                <entry><id>urn:b</id><title>Chart</title><updated>2024-11-28T09:30:00Z</updated>
                  <summary type="image/png">iVBORw0KGgo=</summary></entry>
                </feed>
                """, null);
        Article chart = only(imported);
        assertEquals("Chart", chart.title());
        assertEquals("", chart.summary());
        assertEquals(List.of(Problem.error("feed.xml", 0, "title", "entry 1 has neither a title nor text to make one from; skipped")),
                imported.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020/1/10 14:33:00|2020-01-10T14:33:00Z",
            "2024-11-28 09:30:00|2024-11-28T09:30:00Z",
            "28 Nov 2024 09:30 +0100|2024-11-28T08:30:00Z",
            "Thu, 28 Nov 2024 09:30:00 EST|2024-11-28T14:30:00Z",
            "Mon, 21 Jan 2008 8:56 am PST|2008-01-21T16:56:00Z",
            "Sun, 9 Apr 2006 4:50 pm CEST|2006-04-09T14:50:00Z",
            "21 Jan 2008 12:05 AM +0100|2008-01-20T23:05:00Z",
            "2024-11-28T09:30:00+0100|2024-11-28T08:30:00Z",
            "November 28, 2024|2024-11-28T00:00:00Z",
            // month and weekday names of the feed's language, as Brazilian, French, German, Spanish,
            // Italian and Dutch publishers' CMSs write them
            "Seg, 24 Set 2018 19:42:40 -0300|2018-09-24T22:42:40Z",
            "Sáb, 01 Fev 2020 08:00:00 -0300|2020-02-01T11:00:00Z",
            "lun., 24 sept. 2018 19:42:40 +0200|2018-09-24T17:42:40Z",
            "jeu., 12 déc. 2024 10:00:00 +0100|2024-12-12T09:00:00Z",
            "Di, 3 Dez 2024 10:21:00 +0100|2024-12-03T09:21:00Z",
            "Mo, 04 Mär 2024 10:00:00 +0100|2024-03-04T09:00:00Z",
            "Dom, 24 Dic 2017 23:00:00 +0100|2017-12-24T22:00:00Z",
            "mer, 13 mag 2020 10:00:00 +0200|2020-05-13T08:00:00Z",
            "3 mrt 2024 10:00:00 +0100|2024-03-03T09:00:00Z",
            "24 setembro 2018 19:42:40 -0300|2018-09-24T22:42:40Z",
            "12 de octubre de 2023|2023-10-12T00:00:00Z"})
    void readsTheDateFormsReadersAccept(String written, String expected) {
        Article article = only(rss("<item><guid>g</guid><title>T</title><pubDate>" + written + "</pubDate></item>"));
        assertEquals(Instant.parse(expected), article.published());
    }

    @Test
    void namesADateItCannotRead() {
        Import imported = rss("<item><guid>g</guid><title>Late</title><pubDate>yesterday-ish</pubDate></item>");
        assertEquals(List.of(Problem.error("feed.xml", 0, "published", "entry 1 (\"Late\") has a date Herald cannot"
                + " read: \"yesterday-ish\"; skipped (--published gives entries without one a date)")), imported.problems());
    }

    @Test
    void takesADateOfTheYearOneForNone() {
        // what some publishers write for an entry without a date: feeds would give it in another calendar
        Instant fallback = Instant.parse("2023-05-01T00:00:00Z");
        Import imported = importFeed(CHANNEL_START + "<item><guid>g</guid><title>Old</title>"
                + "<pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate></item>" + CHANNEL_END, fallback);
        assertEquals(fallback, only(imported).published());
        assertEquals("entry 1 (\"Old\") has a date before 1583, taken for none; dated 2023-05-01T00:00:00Z, the"
                + " --published date", imported.problems().get(0).message());
    }

    @Test
    void datesUndatedItemsWithTheChannelsDate() {
        String rdf = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                  xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="https://site.example/"><title>T</title><link>https://site.example/</link>
                <description>D</description><dc:date>2024-11-28T09:30:00Z</dc:date></channel>
                <item rdf:about="https://site.example/one"><title>One</title><link>https://site.example/one</link></item>
                </rdf:RDF>
                """;
        Import imported = importFeed(rdf, null);
        assertEquals(Instant.parse("2024-11-28T09:30:00Z"), only(imported).published());
        assertEquals("entry 1 (\"One\") has no date; dated 2024-11-28T09:30:00Z, the feed's date",
                imported.problems().get(0).message());
    }

    @Test
    void datesUndatedItemsWithTheFallbackWhenTheFeedHasNoDate() {
        Instant fallback = Instant.parse("2023-05-01T00:00:00Z");
        Import imported = importFeed(CHANNEL_START + "<item><guid>g</guid><title>One</title></item>" + CHANNEL_END, fallback);
        assertEquals(fallback, only(imported).published());
        assertTrue(imported.problems().get(0).message().endsWith("the --published date"));
    }

    @Test
    void anEmptyContentEncodedDoesNotHideTheDescription() {
        Article article = only(rss("""
                <item><guid>g</guid><title>Episode 1</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>
                <description>&lt;p&gt;Show notes&lt;/p&gt;</description><content:encoded><![CDATA[]]></content:encoded></item>
                """));
        assertEquals("<p>Show notes</p>", article.contentHtml());
    }

    @Test
    void keepsWhatFollowsEmptyElementsInXhtmlContent() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2024-11-28T09:30:00Z</updated>
                <entry><id>urn:e1</id><title>E</title><updated>2024-11-28T09:30:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Before</p><iframe src="https://v.example/x"></iframe>
                <p>Middle</p><script></script><textarea></textarea><p>After</p></div></content></entry></feed>
                """;
        String html = only(importFeed(atom, null)).contentHtml();
        assertTrue(html.contains("<p>Before</p>") && html.contains("<p>Middle</p>") && html.contains("<p>After</p>"), html);
        assertFalse(html.contains("&lt;p&gt;") || html.contains("iframe") || html.contains("script"), html);
    }

    @Test
    void refusesMarkupNestedThousandsDeepWithoutFailing() {
        String deep = "<span>".repeat(5000) + "x" + "</span>".repeat(5000);
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2024-11-28T09:30:00Z</updated>
                <entry><id>urn:e1</id><title>Deep</title><updated>2024-11-28T09:30:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">DEEP</div></content></entry>
                <entry><id>urn:e2</id><title>Fine</title><updated>2024-11-28T09:30:00Z</updated><content>ok</content></entry></feed>
                """.replace("DEEP", deep);
        Import imported = importFeed(atom, null);
        assertEquals(List.of("Deep", "Fine"), imported.articles().stream().map(a -> a.article().title()).toList());
        assertTrue(imported.problems().get(0).message().startsWith("markup nested more than 256 levels deep"),
                imported.problems().toString());
    }

    @Test
    void keepsThumbnailsImageEnclosuresAndMediaEnclosures() {
        Import imported = rss("""
                <item><guid>g1</guid><title>Thumb</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>
                <media:thumbnail url="https://img.example/t.jpg"/></item>
                <item><guid>g2</guid><title>Photo</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>
                <enclosure url="https://img.example/p.png" type="image/png" length="100"/></item>
                <item><guid>g3</guid><title>Episode</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>
                <enclosure url="https://cdn.example/e1.mp3" type="audio/mpeg" length="12345678"/></item>
                """);
        List<Article> articles = imported.articles().stream().map(FeedImporter.ImportedArticle::article).toList();
        assertEquals(URI.create("https://img.example/t.jpg"), articles.get(0).image().url());
        assertEquals(URI.create("https://img.example/p.png"), articles.get(1).image().url());
        assertEquals(List.of(), articles.get(1).enclosures());
        assertNull(articles.get(2).image());
        assertEquals(List.of(new Enclosure(URI.create("https://cdn.example/e1.mp3"), "audio/mpeg", 12345678)),
                articles.get(2).enclosures());
    }

    @Test
    void resolvesRelativeUrlsAgainstXmlBaseAndKeepsTheEntryLanguage() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/posts/"><title>T</title><id>urn:x</id>
                <updated>2024-11-28T09:30:00Z</updated>
                <entry xml:lang="fr"><id>urn:e1</id><title>E</title><updated>2024-11-28T09:30:00Z</updated>
                <content type="html">&lt;p&gt;&lt;a href="two.html"&gt;next&lt;/a&gt; &lt;img src="/img/a.png" alt="a"&gt;&lt;/p&gt;</content>
                </entry></feed>
                """;
        Article article = only(importFeed(atom, null));
        assertEquals("<p><a href=\"https://blog.example/posts/two.html\">next</a> "
                + "<img src=\"https://blog.example/img/a.png\" alt=\"a\"></p>", article.contentHtml());
        assertEquals("fr", article.language());
    }

    @Test
    void readsAChannelLanguageAsFeedsWriteIt() {
        // RSS's <language> is often en_US or the language's name; W3C's validator takes neither from us
        for (String[] written : new String[][] {{"en_US", "en-US"}, {"English", "en"}, {"pt-br", "pt-BR"}}) {
            String rss = """
                    <rss version="2.0"><channel><title>T</title><link>https://desk.example/</link><description>D</description>
                    <language>%s</language>
                    <item><title>E</title><link>https://desk.example/e</link><description>Text.</description>
                    <pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate></item></channel></rss>
                    """.formatted(written[0]);
            assertEquals(written[1], only(importFeed(rss, null)).language(), written[0]);
        }
    }

    @Test
    void resolvesTheContentsOwnXmlBaseToo() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/posts/"><title>T</title><id>urn:x</id>
                <updated>2024-11-28T09:30:00Z</updated>
                <entry><id>urn:e1</id><title>E</title><updated>2024-11-28T09:30:00Z</updated>
                <content type="xhtml" xml:base="2024/"><div xmlns="http://www.w3.org/1999/xhtml"><a href="two.html">next</a></div></content>
                </entry></feed>
                """;
        assertEquals("<div><a href=\"https://blog.example/posts/2024/two.html\">next</a></div>", only(importFeed(atom, null)).contentHtml());
    }

    @Test
    void resolvesRelativeUrlsOfAnEntryWithoutABaseAgainstItsLink() {
        // Reddit's feeds link their own pages root-relative, with no xml:base
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>/r/harbours/.rss</id>
                <updated>2024-11-28T09:30:00Z</updated>
                <entry><id>t3_1</id><title>E</title><updated>2024-11-28T09:30:00Z</updated>
                <link href="https://forum.example/r/harbours/comments/1/"/>
                <content type="html">&lt;a href="/r/harbours/comments/2/"&gt;[link]&lt;/a&gt;</content></entry></feed>
                """;
        assertEquals("<a href=\"https://forum.example/r/harbours/comments/2/\">[link]</a>",
                only(importFeed(atom, null)).contentHtml());
    }

    @Test
    void takesDublinCoreSubjectsAsTagsAndSaysWhatItLeftOut() {
        Import imported = rss("""
                <item><guid>g</guid><title>T</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>
                <dc:subject>Energy</dc:subject><comments>https://site.example/c</comments></item>
                """);
        assertEquals("energy", only(imported).tags().get(0).slug());
        assertEquals(List.of(Problem.warning("feed.xml", 0, null, "not imported: comments (1 entry)")), imported.problems());
    }

    @Test
    void dropsBidiControlsFromTitlesAndTags() {
        Article article = only(rss("<item><guid>g</guid><title>Safe\u202Etxt.exe</title>"
                + "<pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate><category>A\u2066B</category></item>"));
        assertEquals("Safetxt.exe", article.title());
        assertEquals("AB", article.tags().get(0).label());
    }

    @Test
    void leavesOutLinksThatAreNoWebAddress() {
        // an article's link must be http or https: a javascript: one imported would make a file Herald refuses
        Article article = only(rss(item("a1", "javascript:alert(1)", "A")));
        assertNull(article.link());
    }

    private static String item(String guid, String link, String title) {
        return "<item>" + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>")
                + (link == null ? "" : "<link>" + link.replace("&", "&amp;") + "</link>")
                + "<title>" + title + "</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate></item>\n";
    }

    private static List<String> ids(Import imported) {
        return imported.articles().stream().map(a -> a.article().id()).toList();
    }
}
