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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test feeds of a public feed-parser suite, imported as a user's `herald import` would: every
 * file imported without an exception, every imported article written as Markdown and read back
 * without a problem, the articles of each feed converted to all three formats, every output valid
 * for xmllint, jing, feedparser and the JSON Feed rules and holding no executable markup; and the
 * articles of them all, built into one site, give article pages that pass the Nu HTML Checker and
 * hold no executable markup either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportedFeedSuite {

    private static final Pattern ID_LINE = Pattern.compile("^id: .*$", Pattern.MULTILINE);
    private static final Instant FALLBACK = Instant.parse("2020-01-01T00:00:00Z");

    private Path out;
    /** The articles of each feed that gave any, read back from the Markdown files they were imported as. */
    private final Map<String, List<Article>> readBack = new LinkedHashMap<>();
    /** Each imported article by the feed it came from (its path in the suite) and its title. */
    protected final Map<String, List<Article>> imported = new LinkedHashMap<>();
    /** The Markdown file of every imported article. */
    private final List<String> markdownFiles = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    /** The suite's folder; a skip (a failure in CI) when it is missing. */
    private final Path suite;
    /** How to get the suite when it is missing. */
    private final String whereToGetIt;
    /** How many of the suite's feeds give articles at least. */
    private final int feedsWithArticles;

    ImportedFeedSuite(Path suite, String whereToGetIt, int feedsWithArticles) {
        this.suite = suite;
        this.whereToGetIt = whereToGetIt;
        this.feedsWithArticles = feedsWithArticles;
    }

    /** Whether a file of the suite is a feed. */
    abstract boolean isFeed(Path file);

    /** What the importer is told the feed is: its file, unless the suite's own tests read it from a URL. */
    String source(Path feed) {
        return feed.toString();
    }

    @BeforeAll
    void importEveryFeed(@TempDir Path folder) throws Exception {
        out = folder;
        if (!Files.isDirectory(suite)) {
            ExternalTools.unavailable(suite + " is missing: " + whereToGetIt);
        }
        List<Path> feeds;
        try (Stream<Path> files = Files.walk(suite)) {
            feeds = files.filter(Files::isRegularFile).filter(this::isFeed).sorted().toList();
        }
        ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults());
        MarkdownArticleWriter markdown = new MarkdownArticleWriter();
        for (Path feed : feeds) {
            String name = suite.relativize(feed).toString();
            FeedImporter.Import result = new FeedImporter().importFeed(source(feed), Files.readAllBytes(feed), FALLBACK);
            result.problems().stream().filter(p -> p.message().contains("Exception"))
                    .forEach(p -> unreadable.add(p.toString()));
            List<Article> again = new ArrayList<>();
            for (ImportedArticle article : result.articles()) {
                String file = markdown.importedFile(article.article(), article.entry());
                ReadResult read = reader.read(feed + "#" + article.article().id(), file.getBytes(StandardCharsets.UTF_8),
                        InputFormat.MARKDOWN);
                assertEquals(List.of(), read.problems().stream().filter(Problem::isError).toList(), name);
                again.addAll(read.articleList());
                markdownFiles.add(file);
            }
            if (!again.isEmpty()) {
                readBack.put(name.replace('/', '_').replaceFirst("\\.(xml|json)$", ""), again);
                imported.put(name, result.articles().stream().map(ImportedArticle::article).toList());
            }
        }
    }

    @Test
    void importsAndRepublishesEveryFeedOfTheSuite() throws Exception {
        SiteSettings site = SiteSettings.defaults();
        Map<FeedFormat, List<Path>> outputs = new EnumMap<>(FeedFormat.class);
        int articles = 0;
        for (Map.Entry<String, List<Article>> feed : readBack.entrySet()) {
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
        assertEquals(List.of(), unreadable, "no library exception reaches a problem message");
        assertTrue(readBack.size() >= feedsWithArticles, readBack.size() + " feeds gave articles");
        assertTrue(articles >= readBack.size(), articles + " articles");
        for (List<Path> files : outputs.values()) {
            ExecutableMarkup.noneIn(files);
        }
        FeedValidators.rssOfImports(outputs.get(FeedFormat.RSS));
        FeedValidators.atomOfImports(outputs.get(FeedFormat.ATOM));
        FeedValidators.json(outputs.get(FeedFormat.JSON));
    }

    /** The suite's HTML, pasted from all over the web, built into a site whose pages are valid HTML. */
    @Test
    void everyImportedArticlesPagePassesTheNuHtmlChecker() throws Exception {
        Path source = Files.createDirectories(out.resolve("site-source"));
        int number = 0;
        for (String file : markdownFiles) {
            // the suite's feeds share ids; one site holds each once
            number++;
            Files.writeString(source.resolve("imported-" + number + ".md"),
                    ID_LINE.matcher(file).replaceFirst("id: imported-" + number));
        }
        Path site = out.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(),
                "--base-url", "https://news.example.org");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<Path> pages = SiteFiles.named(site.resolve("articles"), "index.html");
        assertEquals(markdownFiles.size(), pages.size(), "an article page for every imported article: " + run.err());
        ExecutableMarkup.noneIn(pages);
        NuHtmlChecker.passes(pages);
    }

    /** The one article imported from the suite's file at {@code path}. */
    protected Article onlyArticleOf(String path) {
        List<Article> articles = imported.getOrDefault(path, List.of());
        assertEquals(1, articles.size(), path + ": " + articles);
        return articles.get(0);
    }

    // the suite's feeds repeat guids on purpose; one article per id, as a site holds them
    private static List<Article> unique(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(article -> byId.putIfAbsent(article.id(), article));
        return List.copyOf(byId.values());
    }
}
