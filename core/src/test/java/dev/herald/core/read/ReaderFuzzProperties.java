package dev.herald.core.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.format.json.ArticleJsonCodec;
import dev.herald.core.format.markdown.MarkdownArticleWriter;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.feed.FeedImporter;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.SiteFeeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of every reader and of feed import: well-formed seeds broken by random edits (cuts,
 * repeats, and tokens that parsers trip over) must never throw, and whatever they accept must go
 * through every writer. Each property makes a bounded number of tries, so CI runs them in seconds.
 */
class ReaderFuzzProperties {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "---\n", "\n", "<", ">",
            "&", "&amp;", "&#1;", "&#x0;", "]]>", "<![CDATA[", "<!DOCTYPE x>", "<!ENTITY e \"x\">", "&e;", "%", "\\u0000",
            "\u0000", "\uD800", "\u202E", "`", "*", "#", "> ", "- ", "1. ", "|", "![a](b)", "[a](javascript:x)",
            "<script>", "<img src=x onerror=y>", "<div>", "</div>", "title:", "published:", "2024-11-28", "9999-99-99",
            "null", "true", "-1", "1e999", "&nbsp;", "xmlns:x=\"y\"", "<item>", "</item>", "<entry>", "xml:base=\"../\"",
            "[".repeat(200), "<span>".repeat(300), "> ".repeat(300), "*".repeat(500));

    private static final String JSON = """
            {"title": "Fuzz seed", "published": "2024-11-28T09:30:00Z", "summary": "S.", "body": "Hello *world*.",
             "authors": ["Ann", {"name": "Bo", "email": "bo@example.org"}], "tags": ["North Korea", "C#"],
             "link": "https://example.org/a", "image": {"url": "https://example.org/a.jpg", "caption": "C"},
             "enclosures": [{"url": "https://example.org/a.mp3", "type": "audio/mpeg", "length": 10}]}
            """;
    private static final String MARKDOWN = """
            ---
            title: Fuzz seed
            published: 2024-11-28
            tags: [Europe, NATO]
            ---
            # Heading

            A paragraph with a [link](https://example.org) and `code`.

            > A quote
            """;
    private static final String WIRE = """
            Ministers meet in Brussels. REUTERS/Jo Doe
            Ministers agree a budget
            Ministers agreed on Thursday on a budget for the next five years.
            Talks
            The talks went on through the night, officials said.
            Share
            """;
    private static final String RSS = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
              xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><link>https://e.example/</link>
            <description>D</description>
            <item><title>One</title><link>https://e.example/one</link><guid>g1</guid>
            <pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate><category>World</category>
            <description>&lt;p&gt;Hi&lt;/p&gt;</description><content:encoded><![CDATA[<p>Body</p>]]></content:encoded>
            <enclosure url="https://e.example/a.mp3" type="audio/mpeg" length="5"/>
            <media:thumbnail url="https://e.example/t.jpg"/></item></channel></rss>
            """;
    private static final String ATOM = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://e.example/"><title>T</title><id>urn:x</id>
            <updated>2024-11-28T09:30:00Z</updated>
            <entry xml:lang="fr"><id>urn:e1</id><title type="html">&lt;b&gt;One&lt;/b&gt;</title>
            <updated>2024-11-28T09:30:00Z</updated><author><name>A</name><email>a@e.example</email></author>
            <link rel="enclosure" href="v.mp4" type="video/mp4"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Text <a href="b">b</a></p></div></content>
            </entry></feed>
            """;

    private final ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults());
    private final FeedImporter importer = new FeedImporter();

    @Property(tries = 600)
    void jsonNeverThrows(@ForAll("json") byte[] input) throws IOException {
        publish(checked(reader.read("fuzz.json", input, InputFormat.JSON)));
    }

    @Property(tries = 600)
    void markdownNeverThrows(@ForAll("markdown") byte[] input) throws IOException {
        publish(checked(reader.read("fuzz.md", input, InputFormat.MARKDOWN)));
    }

    @Property(tries = 400)
    void wireCopyNeverThrows(@ForAll("wire") byte[] input) throws IOException {
        publish(checked(reader.read("fuzz.txt", input, InputFormat.WIRE)));
    }

    /**
     * The articles, after making sure no problem came from the reader's last line of defence
     * (a library failing rather than the input being reported): that would be a reader's bug.
     */
    private static List<Article> checked(ReadResult result) {
        for (Problem problem : result.problems()) {
            if (problem.message().startsWith("cannot be read: ") && !problem.message().contains("nested too deeply")) {
                throw new AssertionError("a reader failed instead of reporting: " + problem);
            }
        }
        return result.articleList();
    }

    @Property(tries = 600)
    void feedImportNeverThrows(@ForAll("feeds") byte[] input) throws IOException {
        FeedImporter.Import imported = importer.importFeed("fuzz.xml", input, null);
        for (Problem problem : imported.problems()) {
            if (problem.message().contains("cannot be imported: ")) {
                throw new AssertionError("the importer failed on an entry instead of reporting: " + problem);
            }
        }
        List<Article> articles = new ArrayList<>();
        for (FeedImporter.ImportedArticle article : imported.articles()) {
            assertNotNull(new MarkdownArticleWriter().importedFile(article.article(), article.entry()));
            articles.add(article.article());
        }
        publish(articles);
    }

    /** What was accepted must be writable: as article JSON, as Markdown and in every feed format. */
    private static void publish(List<Article> articles) throws IOException {
        List<Article> unique = articles.stream().map(Article::id).distinct()
                .map(id -> articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow()).toList();
        new ArticleJsonCodec().writeAll(unique);
        unique.forEach(article -> new MarkdownArticleWriter().markdownFile(article));
        SiteFeeds feeds = SiteFeeds.withoutHub(SiteSettings.defaults());
        for (FeedFormat format : FeedFormat.values()) {
            FeedWriters.of(format).write(feeds.feedOfSelected(FeedRequest.main(format, 50), unique, List.of()),
                    new ByteArrayOutputStream());
        }
    }

    @Provide
    Arbitrary<byte[]> json() {
        return mutated(JSON);
    }

    @Provide
    Arbitrary<byte[]> markdown() {
        return mutated(MARKDOWN);
    }

    @Provide
    Arbitrary<byte[]> wire() {
        return mutated(WIRE);
    }

    @Provide
    Arbitrary<byte[]> feeds() {
        return Arbitraries.oneOf(mutated(RSS), mutated(ATOM));
    }

    /** The seed after one to eight random edits: a token inserted, a range cut or repeated. */
    private static Arbitrary<byte[]> mutated(String seed) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(TOKENS)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            String text = seed;
            for (Edit one : edits) {
                text = one.apply(text);
            }
            return text.getBytes(StandardCharsets.UTF_8);
        });
    }

    private record Edit(int kind, double at, double length, String token) {

        String apply(String text) {
            int from = (int) (at * text.length());
            int to = Math.min(text.length(), from + (int) (length * 40));
            return switch (kind) {
                case 0 -> text.substring(0, from) + token + text.substring(from);
                case 1 -> text.substring(0, from) + text.substring(to);
                default -> text.substring(0, to) + text.substring(from, to) + text.substring(to);
            };
        }
    }
}
