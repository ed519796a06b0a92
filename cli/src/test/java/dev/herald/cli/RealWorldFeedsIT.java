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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test feeds of a public feed-parser suite, gofeed's (RSS, Atom and JSON Feed; MIT; Debian's
 * golang-github-mmcdole-gofeed-dev installs them, its licence in
 * /usr/share/doc/golang-github-mmcdole-gofeed-dev/copyright): every file imported without an
 * exception, every imported article written as Markdown and read back without a problem, and the
 * articles of each feed converted to all three formats, every output valid for xmllint, jing,
 * feedparser and the JSON Feed rules.
 */
class RealWorldFeedsIT {

    private static final Path SUITE = Path.of("/usr/share/gocode/src/github.com/mmcdole/gofeed/testdata");
    private static final Instant FALLBACK = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    Path out;

    @Test
    void importsAndRepublishesEveryFeedOfAPublicTestSuite() throws Exception {
        if (!Files.isDirectory(SUITE)) {
            ExternalTools.unavailable(SUITE + " is missing: apt-get install golang-github-mmcdole-gofeed-dev");
        }
        List<Path> feeds;
        try (Stream<Path> files = Files.walk(SUITE)) {
            feeds = files.filter(RealWorldFeedsIT::isFeed).sorted().toList();
        }
        SiteSettings site = SiteSettings.defaults();
        ArticleReader reader = ArticleReader.forSite(site);
        MarkdownArticleWriter markdown = new MarkdownArticleWriter();
        Map<FeedFormat, List<Path>> outputs = new EnumMap<>(FeedFormat.class);
        int feedsWithArticles = 0;
        int articles = 0;
        List<String> unreadable = new ArrayList<>();
        for (Path feed : feeds) {
            FeedImporter.Import imported = new FeedImporter().importFeed(feed.toString(), Files.readAllBytes(feed), FALLBACK);
            imported.problems().stream().filter(p -> p.message().contains("Exception")).forEach(p -> unreadable.add(p.toString()));
            if (imported.articles().isEmpty()) {
                continue;
            }
            feedsWithArticles++;
            List<Article> readBack = new ArrayList<>();
            for (ImportedArticle article : imported.articles()) {
                ReadResult again = reader.read(feed + "#" + article.article().id(),
                        markdown.importedFile(article.article(), article.entry()).getBytes(StandardCharsets.UTF_8),
                        InputFormat.MARKDOWN);
                assertEquals(List.of(), again.problems().stream().filter(Problem::isError).toList(), feed.toString());
                readBack.addAll(again.articleList());
            }
            articles += readBack.size();
            String name = SUITE.relativize(feed).toString().replace('/', '_').replaceFirst("\\.(xml|json)$", "");
            for (FeedFormat format : FeedFormat.values()) {
                Path file = out.resolve(name + "." + format.fileName());
                try (OutputStream stream = Files.newOutputStream(file)) {
                    FeedWriters.of(format).write(SiteFeeds.withoutHub(site)
                            .feedOfSelected(FeedRequest.main(format, 500), unique(readBack), List.of()), stream);
                }
                outputs.computeIfAbsent(format, f -> new ArrayList<>()).add(file);
            }
        }
        assertEquals(List.of(), unreadable, "no library exception reaches a problem message");
        assertTrue(feedsWithArticles >= 40, feedsWithArticles + " feeds gave articles");
        assertTrue(articles >= feedsWithArticles, articles + " articles");
        FeedValidators.rssOfImports(outputs.get(FeedFormat.RSS));
        FeedValidators.atomOfImports(outputs.get(FeedFormat.ATOM));
        FeedValidators.json(outputs.get(FeedFormat.JSON));
    }

    // RSS and Atom, and the JSON Feeds of its json folders (beside each, what gofeed expects of it)
    private static boolean isFeed(Path file) {
        String name = file.toString();
        return name.endsWith(".xml")
                || name.contains("/json/") && name.endsWith(".json") && !name.endsWith("_expected.json");
    }

    // the suite's feeds repeat guids on purpose; one article per id, as a site holds them
    private static List<Article> unique(List<Article> articles) {
        Map<String, Article> byId = new java.util.LinkedHashMap<>();
        articles.forEach(article -> byId.putIfAbsent(article.id(), article));
        return List.copyOf(byId.values());
    }
}
