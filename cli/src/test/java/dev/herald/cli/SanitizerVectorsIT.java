package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOMPurify's 223 test vectors (Apache 2.0, in the test resources with their licence): each one
 * written into a Markdown article's text, a JSON article's {@code bodyHtml}, an Atom entry's HTML
 * content and an RSS item's description (both imported with {@code herald import}), and into titles
 * and summaries as text. The built site's pages and feeds hold nothing that runs and pass their
 * validators.
 */
class SanitizerVectorsIT {

    private static final Path VECTORS = Path.of("src/test/resources/dompurify-vectors/vectors.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path site;
    private static int articles;

    @BeforeAll
    static void buildTheVectorsIntoASite() throws IOException {
        List<String> payloads = new ArrayList<>();
        JSON.readTree(VECTORS.toFile()).forEach(vector -> payloads.add(vector.path("payload").asText()));
        assertEquals(223, payloads.size());
        Path source = Files.createDirectories(folder.resolve("src"));
        ArrayNode jsonArticles = JSON.createArrayNode();
        StringBuilder atom = new StringBuilder();
        StringBuilder rss = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            String time = "%02d:%02d:%02d".formatted(i / 3600, i / 60 % 60, i % 60);
            Files.writeString(source.resolve("markdown-" + i + ".md"), """
                    ---
                    title: %s
                    published: 2025-01-01T%sZ
                    summary: %s
                    tags: [Vectors]
                    ---
                    %s

                    The story goes on.
                    """.formatted(quoted("Vector " + i + ": " + payload), time, quoted(payload), payload));
            jsonArticles.addObject().put("id", "json-" + i).put("title", "Vector " + i).put("published",
                    "2025-02-01T" + time + "Z").put("bodyHtml", payload).putArray("tags").add("Vectors");
            atom.append("<entry><id>urn:vector:").append(i).append("</id><title>Vector ").append(i)
                    .append("</title><updated>2025-03-01T").append(time).append("Z</updated>")
                    .append("<link href=\"https://wire.example/atom/").append(i).append("\"/>")
                    .append("<content type=\"html\">").append(escaped(payload)).append("</content></entry>");
            rss.append("<item><guid>urn:vector-rss:").append(i).append("</guid><title>Vector ").append(i)
                    .append("</title><pubDate>Sat, 01 Mar 2025 ").append(time).append(" GMT</pubDate>")
                    .append("<link>https://wire.example/rss/").append(i).append("</link><description>")
                    .append(escaped(payload)).append("</description></item>");
        }
        JSON.writeValue(source.resolve("vectors.json").toFile(), jsonArticles);
        importFeed(folder.resolve("vectors.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:vectors</id>"
                + "<title>Vectors</title><updated>2025-03-01T00:00:00Z</updated>" + atom + "</feed>", source);
        importFeed(folder.resolve("vectors.rss"), "<rss version=\"2.0\"><channel><title>Vectors</title>"
                + "<link>https://wire.example/</link><description>Vectors</description>" + rss + "</channel></rss>", source);
        try (Stream<Path> files = Files.list(source)) {
            articles = (int) files.filter(file -> file.toString().endsWith(".md")).count() + payloads.size();
        }
        site = folder.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url",
                "https://news.example.org", "--keep-going");
        // a vector links /.%20/,alert(42)//#, a root-relative path the site has no file for: named, not published;
        // what the vectors embed or hold that pages and feeds do not carry is named in a warning
        assertEquals(List.of(), run.err().lines().filter(line -> !line.startsWith("herald: ")
                && !line.contains("which is no file of the site's static folder")
                && !line.contains(" left out: feeds and pages carry no scripts, styles, forms, drawings or frames")
                && !line.contains(" showed: feeds and pages embed nothing from elsewhere")).toList(), run.err());
        assertTrue(run.err().contains("markdown-108.md:7: warning: body: <script> left out"), run.err());
    }

    @Test
    void everyArticleButTheOnesWithABrokenLinkIsPublished() throws IOException {
        CliRun validate = CliRun.of("validate", folder.resolve("src").toString());
        long broken = (validate.out() + validate.err()).lines()
                .filter(line -> line.contains("which is no file of the site's static folder")).count();
        assertTrue(broken > 0 && broken <= 4, validate.out() + validate.err());
        assertEquals(articles - broken, SiteFiles.named(site.resolve("articles"), "index.html").size());
    }

    @Test
    void nothingInAnyPageOrFeedRuns() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(SiteFiles.named(site, "index.html"));
        files.addAll(SiteFiles.named(site, "feed.xml"));
        files.addAll(SiteFiles.named(site, "atom.xml"));
        files.addAll(SiteFiles.named(site, "feed.json"));
        assertTrue(files.size() > articles, files.size() + " files");
        ExecutableMarkup.noneIn(files);
    }

    @Test
    void everyPageAndFeedIsValid() throws IOException, InterruptedException {
        NuHtmlChecker.passes(SiteFiles.named(site, "index.html"));
        FeedValidators.rssOfImports(SiteFiles.named(site, "feed.xml"));
        FeedValidators.atomOfImports(SiteFiles.named(site, "atom.xml"));
        FeedValidators.json(SiteFiles.named(site, "feed.json"));
    }

    /** Imports a feed; entries that are all markup and no text have no title to take and are skipped, named. */
    private static void importFeed(Path feed, String xml, Path into) throws IOException {
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml);
        CliRun run = CliRun.of("import", feed.toString(), "--out", into.toString());
        List<String> unexpected = run.err().lines().filter(line -> !line.contains("has no title; made one from its text")
                && !line.contains("has neither a title nor text to make one from; skipped")
                && !line.contains("not well-formed XML") && !line.startsWith("herald: imported")).toList();
        assertEquals(List.of(), unexpected, run.err());
    }

    private static String quoted(String text) throws IOException {
        return JSON.writeValueAsString(text);
    }

    private static String escaped(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
