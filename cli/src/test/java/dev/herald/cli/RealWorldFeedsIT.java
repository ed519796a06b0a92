package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.format.markdown.MarkdownArticleWriter;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.InputFormat;
import dev.herald.core.read.ReadResult;
import dev.herald.core.read.feed.FeedImporter.ImportedArticle;
import dev.herald.core.read.feed.FeedImporter;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.SiteFeeds;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test feeds of a public feed-parser suite, gofeed's (RSS, Atom and JSON Feed; MIT; Debian's
 * golang-github-mmcdole-gofeed-dev installs them, its licence in
 * /usr/share/doc/golang-github-mmcdole-gofeed-dev/copyright): every file imported without an
 * exception, every imported article written as Markdown and read back without a problem, and the
 * articles of each feed converted to all three formats, every output valid for xmllint, jing,
 * feedparser and the JSON Feed rules; and the articles of them all, built into one site, give
 * article pages that pass the Nu HTML Checker.
 */
class RealWorldFeedsIT {

    private static final Path SUITE = Path.of("/usr/share/gocode/src/github.com/mmcdole/gofeed/testdata");
    private static final Pattern ID_LINE = Pattern.compile("^id: .*$", Pattern.MULTILINE);
    private static final Instant FALLBACK = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    static Path out;

    /** The articles of each feed that gave any, read back from the Markdown files they were imported as. */
    private static final Map<String, List<Article>> READ_BACK = new LinkedHashMap<>();
    /** The Markdown file of every imported article. */
    private static final List<String> MARKDOWN_FILES = new ArrayList<>();
    private static final List<String> UNREADABLE = new ArrayList<>();

    @BeforeAll
    static void importEveryFeed() throws Exception {
        if (!Files.isDirectory(SUITE)) {
            ExternalTools.unavailable(SUITE + " is missing: apt-get install golang-github-mmcdole-gofeed-dev");
        }
        List<Path> feeds;
        try (Stream<Path> files = Files.walk(SUITE)) {
            feeds = files.filter(RealWorldFeedsIT::isFeed).sorted().toList();
        }
        ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults());
        MarkdownArticleWriter markdown = new MarkdownArticleWriter();
        for (Path feed : feeds) {
            FeedImporter.Import imported = new FeedImporter().importFeed(feed.toString(), Files.readAllBytes(feed), FALLBACK);
            imported.problems().stream().filter(p -> p.message().contains("Exception")).forEach(p -> UNREADABLE.add(p.toString()));
            List<Article> readBack = new ArrayList<>();
            for (ImportedArticle article : imported.articles()) {
                String file = markdown.importedFile(article.article(), article.entry());
                ReadResult again = reader.read(feed + "#" + article.article().id(), file.getBytes(StandardCharsets.UTF_8),
                        InputFormat.MARKDOWN);
                assertEquals(List.of(), again.problems().stream().filter(Problem::isError).toList(), feed.toString());
                readBack.addAll(again.articleList());
                MARKDOWN_FILES.add(file);
            }
            if (!readBack.isEmpty()) {
                READ_BACK.put(SUITE.relativize(feed).toString().replace('/', '_').replaceFirst("\\.(xml|json)$", ""), readBack);
            }
        }
    }

    @Test
    void importsAndRepublishesEveryFeedOfAPublicTestSuite() throws Exception {
        SiteSettings site = SiteSettings.defaults();
        Map<FeedFormat, List<Path>> outputs = new EnumMap<>(FeedFormat.class);
        int articles = 0;
        for (Map.Entry<String, List<Article>> feed : READ_BACK.entrySet()) {
            articles += feed.getValue().size();
            for (FeedFormat format : FeedFormat.values()) {
                Path file = out.resolve(feed.getKey() + "." + format.fileName());
                try (OutputStream stream = Files.newOutputStream(file)) {
                    FeedWriters.of(format).write(SiteFeeds.withoutHub(site)
                            .feedOfSelected(FeedRequest.main(format, 500), unique(feed.getValue()), List.of()), stream);
                }
                outputs.computeIfAbsent(format, f -> new ArrayList<>()).add(file);
            }
        }
        assertEquals(List.of(), UNREADABLE, "no library exception reaches a problem message");
        assertTrue(READ_BACK.size() >= 40, READ_BACK.size() + " feeds gave articles");
        assertTrue(articles >= READ_BACK.size(), articles + " articles");
        FeedValidators.rssOfImports(outputs.get(FeedFormat.RSS));
        FeedValidators.atomOfImports(outputs.get(FeedFormat.ATOM));
        FeedValidators.json(outputs.get(FeedFormat.JSON));
    }

    /** The suite's HTML, pasted from all over the web, built into a site whose pages are valid HTML. */
    @Test
    void everyImportedArticlesPagePassesTheNuHtmlChecker() throws Exception {
        Path source = Files.createDirectories(out.resolve("site-source"));
        int number = 0;
        for (String file : MARKDOWN_FILES) {
            // the suite's feeds share ids; one site holds each once
            number++;
            Files.writeString(source.resolve("imported-" + number + ".md"),
                    ID_LINE.matcher(file).replaceFirst("id: imported-" + number));
        }
        Path site = out.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url", "https://news.example.org");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<Path> pages = SiteFiles.named(site.resolve("articles"), "index.html");
        assertEquals(MARKDOWN_FILES.size(), pages.size(), "an article page for every imported article: " + run.err());
        NuHtmlChecker.passes(pages);
    }

    // RSS and Atom, and the JSON Feeds of its json folders (beside each, what gofeed expects of it)
    private static boolean isFeed(Path file) {
        String name = file.toString();
        return name.endsWith(".xml")
                || name.contains("/json/") && name.endsWith(".json") && !name.endsWith("_expected.json");
    }

    // the suite's feeds repeat guids on purpose; one article per id, as a site holds them
    private static List<Article> unique(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(article -> byId.putIfAbsent(article.id(), article));
        return List.copyOf(byId.values());
    }
}
