package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.herald.core.feed.FeedEntry;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadResult;
import dev.herald.core.site.SiteConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.herald.core.query.Publication;
import dev.herald.core.text.SiteRelativeUrls;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"feed.xml", "atom.xml", "feed.json"})
    void givesBackTheArticlesHeraldPublished(String feedFile) throws IOException {
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", "../examples", "--out", site.toString()).exitCode());
        Path imported = folder.resolve("imported");
        CliRun run = CliRun.of("import", site.resolve(feedFile).toString(), "--out", imported.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("herald: imported 9 articles into " + imported + "\n", run.err());

        SiteSettings settings = SiteConfig.read(Path.of("../examples/herald.yaml"), new Problems("herald.yaml"));
        // what was published of the examples: no draft, nothing scheduled ahead
        List<Article> published = Publication.at(read(Path.of("../examples"), settings), Instant.now()).shown();
        Map<String, String> original = fields(published, settings, feedFile);
        Map<String, String> roundTrip = fields(read(imported, settings), settings, feedFile);
        assertEquals(original, roundTrip);
    }

    @Test
    void importsAJekyllSitesPostsAsArticlesThatBuild() throws IOException {
        Path posts = folder.resolve("jekyll/_posts");
        Files.createDirectories(posts);
        Files.writeString(posts.resolve("2026-12-01-ferry-fares.md"), "---\nlayout: post\ntitle: Ferry fares rise\n"
                + "author: Jo Park\ntags: ferries prices\n---\nFares rise in *January*.\n");
        Path articles = folder.resolve("articles");
        CliRun run = CliRun.of("import", folder.resolve("jekyll").toString(), "--out", articles.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String file = Files.readString(articles.resolve("ferry-fares.md"));
        assertTrue(file.contains("\ntitle: Ferry fares rise\npublished: 2026-12-01T00:00:00Z\nauthors:\n- Jo Park\n"
                + "tags:\n- ferries\n- prices\n"), file);
        assertTrue(file.endsWith("---\nFares rise in *January*.\n"), file);
        CliRun build = CliRun.of("build", articles.toString(), "--out", folder.resolve("site").toString());
        assertEquals(ExitCode.OK, build.exitCode(), build.err());
    }

    @Test
    void refusesToImportAFolderIntoItselfAndWritesNothing() throws IOException {
        Path posts = folder.resolve("content/posts");
        Files.createDirectories(posts);
        Path post = posts.resolve("ferry-fares.md");
        Files.writeString(post, "---\ntitle: Ferry fares rise\ndate: 2026-12-01\n---\nFares rise.\n");
        for (Path out : List.of(posts, posts.resolve("herald"), folder)) {
            CliRun run = CliRun.of("import", posts.toString(), "--out", out.toString(), "--force");
            assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("herald: refusing --out: " + out), run.err());
        }
        assertEquals(List.of(post), Files.walk(folder).filter(Files::isRegularFile).toList());
        assertEquals("---\ntitle: Ferry fares rise\ndate: 2026-12-01\n---\nFares rise.\n", Files.readString(post));
    }

    @Test
    void refusesADoctypeAndReadsNothingFromDisk() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path feed = folder.resolve("evil.xml");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://SECRET">]>
                <rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>
                <item><title>&xxe;</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate></item>
                </channel></rss>
                """.replace("SECRET", secret.toString()));
        Path out = folder.resolve("out");
        CliRun run = CliRun.of("import", feed.toString(), "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(feed + ":2: not a readable feed: it declares a DOCTYPE, which Herald refuses"
                + " (no DTDs or external entities are read)\nherald: imported 0 articles into " + out + "\n", run.err());
        assertFalse(Files.exists(out));
        assertFalse(run.out().contains("TOP-SECRET") || run.err().contains("TOP-SECRET"));
    }

    @Test
    void importsFromAUrlAndKeepsTheGoodEntries() throws IOException {
        byte[] rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Other site</title><link>https://other.example/</link>
                <description>d</description>
                <item><title>Good &amp; dated</title><link>https://other.example/news/good-story.html</link>
                <pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate><category>World</category>
                <description>&lt;p&gt;Hello &lt;strong&gt;world&lt;/strong&gt;&lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;</description></item>
                <item><title>No date</title></item>
                </channel></rss>
                """.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, rss.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(rss);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
            Path out = folder.resolve("out");
            CliRun run = CliRun.of("import", url, "--out", out.toString());
            assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
            assertEquals(url + ": published: entry 2 (\"No date\") has no date; skipped (--published gives entries"
                    + " without one a date)\n"
                    + "herald: imported 1 article into " + out + "\n", run.err());
            assertEquals("""
                    ---
                    # imported from: https://other.example/news/good-story.html
                    # imported as: sha256:(digest)
                    id: good-story
                    title: Good & dated
                    published: 2024-11-28T09:30:00Z
                    tags:
                    - World
                    link: https://other.example/news/good-story.html
                    summary: Hello world
                    ---
                    Hello **world**
                    """, Files.readString(out.resolve("good-story.md"))
                    .replaceFirst("sha256:[0-9a-f]{64}\n", "sha256:(digest)\n"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void importsTheFeedAWebPageNamesAsAReaderWould() throws IOException {
        byte[] page = """
                <!DOCTYPE html>
                <html><head><title>Harbour News</title>
                <link rel="alternate" type="application/rss+xml" title="Harbour News" href="/news/feed.xml"></head>
                <body>Latest news</body></html>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour News</title><link>https://harbour.example/</link>
                <description>d</description>
                <item><title>Ferry returns</title><link>https://harbour.example/news/ferry-returns</link>
                <pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate><description>The ferry is back.</description></item>
                </channel></rss>
                """.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().equals("/news/feed.xml") ? rss : page;
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String site = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Path out = folder.resolve("out");
            CliRun run = CliRun.of("import", site, "--out", out.toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertEquals("herald: " + site + " is a web page; importing the feed it names, " + site + "news/feed.xml\n"
                    + "herald: imported 1 article into " + out + "\n", run.err());
            assertTrue(Files.readString(out.resolve("ferry-returns.md")).contains("title: Ferry returns\n"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void namesAMissingFeedFileAndNothingMore() throws IOException {
        Path missing = folder.resolve("no-such-feed.xml");
        CliRun run = CliRun.of("import", missing.toString(), "--out", folder.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        // the message is whole: a stack trace would tell the user nothing more
        assertEquals("herald: no such file or folder: " + missing + "\n", run.err());
        // so it is for a file that cannot be written, said inside Herald's own message
        Path feed = Files.writeString(folder.resolve("feed.xml"), "<rss version=\"2.0\"><channel><title>T</title><item>"
                + "<guid>g</guid><title>Ferry Strike Ends</title><pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate>"
                + "</item></channel></rss>");
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        CliRun unwritable = CliRun.of("import", feed.toString(), "--out", notAFolder.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, unwritable.exitCode());
        assertFalse(unwritable.err().contains("--verbose"), unwritable.err());
    }

    @Test
    void saysWhyAUrlCannotBeFetchedInWords() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/feed.xml";
        CliRun refused = CliRun.of("import", url, "--out", folder.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, refused.exitCode());
        // the client's exception classes (ConnectException, ClosedChannelException) are no news to a user
        assertEquals("herald: connection refused: " + url + "\nherald: run again with --verbose for details\n", refused.err());
        // feed:// is the pseudo-scheme browsers hand over for an http feed
        String feedUrl = "feed://127.0.0.1:" + port + "/feed.xml";
        assertEquals("herald: connection refused: " + url + "\nherald: run again with --verbose for details\n",
                CliRun.of("import", feedUrl, "--out", folder.resolve("out").toString()).err());
        CliRun ftp = CliRun.of("import", "ftp://news.example.org/feed.xml", "--out", folder.resolve("out").toString());
        assertEquals(ExitCode.USAGE, ftp.exitCode());
        assertTrue(ftp.err().startsWith("herald: cannot fetch ftp://news.example.org/feed.xml: only http and https URLs"
                + " are fetched; for a file, give its path"), ftp.err());
    }

    @Test
    void reportsAFileThatIsNotAFeed() throws IOException {
        Path notFeed = folder.resolve("notes.xml");
        Files.writeString(notFeed, "<notes><note>hi</note></notes>");
        CliRun run = CliRun.of("import", notFeed.toString(), "--out", folder.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().startsWith(notFeed + ": not a readable feed: "), run.err());
    }

    @Test
    void saysAnHtmlPageIsNotAFeedAndNamesTheFeedItLinks() throws IOException {
        Path page = folder.resolve("page.html");
        Files.writeString(page, """

                <!DOCTYPE html>
                <html><head><title>News</title>
                <link rel="alternate" type="application/atom+xml" href="https://news.example/atom.xml"></head>
                <body>hi</body></html>
                """);
        CliRun run = CliRun.of("import", page.toString(), "--out", folder.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(page + ": this is an HTML page, not a feed; it names a feed: https://news.example/atom.xml\n"
                + "herald: imported 0 articles into " + folder.resolve("out") + "\n", run.err());
    }

    private static List<Article> read(Path folder, SiteSettings settings) throws IOException {
        ArticleReader reader = ArticleReader.forSite(settings);
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".json")
                    || f.toString().endsWith(".txt")).sorted().toList()) {
                ReadResult result = reader.read(file);
                assertFalse(result.hasErrors(), result.problems().toString());
                articles.addAll(result.articleList());
            }
        }
        return articles;
    }

    /** What a reader sees of each article, field by field, as text to compare. */
    private static Map<String, String> fields(List<Article> articles, SiteSettings site, String feedFile) {
        Map<String, String> fields = new TreeMap<>();
        for (Article article : articles) {
            FeedEntry entry = new FeedEntry(article, site);
            String prefix = article.id() + ".";
            fields.put(prefix + "title", article.title());
            fields.put(prefix + "published", article.published().toString());
            fields.put(prefix + "updated", String.valueOf(article.updated()));
            fields.put(prefix + "authors", entry.authors().stream().map(Author::name).collect(Collectors.joining(", ")));
            fields.put(prefix + "tags", article.tags().stream().map(Tag::label).collect(Collectors.joining(", ")));
            fields.put(prefix + "link", entry.link());
            fields.put(prefix + "summary", article.summary());
            // feeds carry site-relative URLs resolved against the base URL
            fields.put(prefix + "image", String.valueOf(entry.image()));
            fields.put(prefix + "source", article.source() == null ? "none" : article.source().name());
            fields.put(prefix + "content", normalized(SiteRelativeUrls.prefixed(article.contentHtml(),
                    site.baseUrl().toString())));
            if (!feedFile.equals("atom.xml")) {
                // RSS and JSON Feed items carry their language (dc:language, language); Atom's xml:lang is not read by Rome
                fields.put(prefix + "language", entry.language());
            }
        }
        return fields;
    }

    private static String normalized(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        return document.body().html().replaceAll("\\s+", " ");
    }
}
