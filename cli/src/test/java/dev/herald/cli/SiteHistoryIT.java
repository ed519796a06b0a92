package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedHistoryWalker;
import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.TagQuery;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.site.SitePaths;
import dev.herald.core.site.Sitemaps;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole history of a site of 10,000 generated articles ({@code ../shared/bench/gen-corpus}),
 * as its readers and crawlers meet it: a feed reader walks every feed back along RFC 5005's
 * links, a crawler follows {@code <a href>} from the home page, search engines read the
 * sitemaps; every document passes the independent validators.
 */
class SiteHistoryIT {

    static final String BASE = "https://news.example.org";
    /** A tag of the corpus with several archive pages. */
    static final String TAG = "politics";
    private static final int BATCH = 100;

    @TempDir
    static Path folder;

    private static Path corpus;
    private static Path site;
    /** Every article of the corpus, newest first. */
    private static List<Article> articles;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        corpus = GeneratedCorpus.write(folder.resolve("corpus"), 10_000);
        site = folder.resolve("site");
        CliRun run = CliRun.of("build", corpus.toString(), "--out", site.toString(), "--base-url", BASE);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults().withBaseUrl(URI.create(BASE)));
        articles = InputResolver.articleFiles(corpus).parallelStream().flatMap(file -> reader.read(file).articleList().stream())
                .sorted(TagQuery.NEWEST_FIRST).toList();
        assertEquals(10_000, articles.size());
    }

    @Test
    void aReaderWalkingBackFromEachFeedGetsEveryArticleOnceNewestToOldest() throws IOException, InterruptedException {
        List<String> all = articles.stream().map(Article::id).toList();
        List<String> tagged = articles.stream().filter(article -> article.hasTag(TAG)).map(Article::id).toList();
        for (FeedFormat format : FeedFormat.values()) {
            assertWalk(SitePaths.feed(format), all);
            assertWalk(SitePaths.tagFeed(TAG, format), tagged);
        }
    }

    private static void assertWalk(String feed, List<String> expected) throws IOException, InterruptedException {
        List<FeedHistoryWalker.Visited> walk = FeedHistoryWalker.walk(BASE + feed, "prev-archive", SiteHistoryIT::read);
        List<String> ids = FeedHistoryWalker.ids(walk).stream().map(id -> id.substring(id.lastIndexOf(':') + 1)).toList();
        assertEquals(expected, ids, feed);
        assertFalse(walk.get(0).archive(), feed + " is the current feed");
        assertTrue(walk.size() > 2, feed + " has archives");
        walk.subList(1, walk.size()).forEach(visited -> assertTrue(visited.archive(), visited.url() + " lacks fh:archive"));
        assertEquals(50, walk.get(0).ids().size());
        // pages are counted from the oldest: page 1 holds the oldest 50
        assertEquals(BASE + SitePaths.archiveFeed(feed.startsWith("/tags/") ? TAG : null, 1, formatOf(feed)),
                walk.get(walk.size() - 1).url());
    }

    @Test
    void everyArchiveDocumentPassesTheValidators() throws IOException, InterruptedException {
        for (List<Path> batch : batches(archives("feed.xml"))) {
            FeedValidators.rss(batch);
        }
        for (List<Path> batch : batches(archives("atom.xml"))) {
            FeedValidators.atom(batch);
        }
        for (List<Path> batch : batches(archives("feed.json"))) {
            FeedValidators.json(batch);
        }
    }

    /** The archive documents in one format of the main feed and of {@link #TAG}'s. */
    private static List<Path> archives(String name) throws IOException {
        List<Path> archives = new ArrayList<>(files(site.resolve("archives"), name));
        archives.addAll(files(site.resolve("tags/" + TAG + "/archives"), name));
        return archives;
    }

    @Test
    void aCrawlerFollowingLinksFromTheHomePageReachesEveryArticlePage() throws IOException {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(BASE + "/"));
        Set<String> articlePages = new HashSet<>();
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            String url = queue.removeFirst();
            if (!seen.add(url)) {
                continue;
            }
            Path file = fileOf(url);
            if (!Files.isRegularFile(file)) {
                broken.add(url);
                continue;
            }
            if (url.startsWith(BASE + "/articles/")) {
                articlePages.add(url.substring((BASE + "/articles/").length()));
            }
            if (!file.getFileName().toString().equals("index.html")) {
                continue;
            }
            Document page = Jsoup.parse(file.toFile(), "UTF-8", url);
            for (Element link : page.select("a[href]")) {
                String target = link.absUrl("href");
                if (target.startsWith(BASE + "/") && !seen.contains(target)) {
                    queue.addLast(target);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(Set.copyOf(articles.stream().map(Article::id).toList()), articlePages);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws IOException, InterruptedException {
        List<Path> pages = files(site, "index.html");
        assertTrue(pages.size() > 11_000, pages.size() + " pages");
        // the checker starts once for a few thousand pages: a few seconds each
        for (int from = 0; from < pages.size(); from += 2_500) {
            NuHtmlChecker.passes(pages.subList(from, Math.min(pages.size(), from + 2_500)));
        }
    }

    @Test
    void theSitemapsValidateAndListEveryArticleOnce() throws IOException, InterruptedException {
        Path sitemap = site.resolve("sitemap.xml");
        Path news = site.resolve("news-sitemap.xml");
        SitemapChecks.validate(sitemap, "sitemap.rnc");
        SitemapChecks.validate(news, "news-sitemap.rnc");

        List<String> listed = SitemapChecks.locations(sitemap);
        List<String> articlePages = listed.stream().filter(url -> url.startsWith(BASE + "/articles/")).toList();
        assertEquals(10_000, articlePages.size());
        assertEquals(Set.copyOf(articles.stream().map(article -> BASE + SitePaths.article(article.id())).toList()),
                Set.copyOf(articlePages));
        assertEquals(listed.size(), Set.copyOf(listed).size(), "a URL is listed twice");

        // the news: the two days up to the newest article
        List<String> recent = articles.stream()
                .filter(article -> !article.published().isBefore(articles.get(0).published().minusSeconds(2 * 86_400)))
                .map(article -> BASE + SitePaths.article(article.id())).toList();
        assertEquals(recent, SitemapChecks.locations(news));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "/sitemap.xml\nSitemap: " + BASE
                + "/news-sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void aSitemapPastFiftyThousandUrlsIsAnIndexOfValidParts() throws IOException, InterruptedException {
        List<Article> many = new ArrayList<>();
        while (many.size() < 60_000) {
            for (Article article : articles) {
                many.add(article.withId(article.id() + "-" + many.size()));
            }
        }
        Path out = Files.createDirectories(folder.resolve("big-sitemap"));
        Map<String, byte[]> files = new Sitemaps(SiteSettings.defaults().withBaseUrl(URI.create(BASE)))
                .sitemap(many.subList(0, 60_000).stream().sorted(TagQuery.NEWEST_FIRST).toList());
        assertEquals(List.of("/sitemaps/1.xml", "/sitemaps/2.xml", "/sitemap.xml"), List.copyOf(files.keySet()));
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path written = Files.write(out.resolve(file.getKey().substring(1).replace('/', '-')), file.getValue());
            SitemapChecks.validate(written, "sitemap.rnc");
            if (!file.getKey().equals("/sitemap.xml")) {
                listed.addAll(SitemapChecks.locations(written));
            }
        }
        assertEquals(List.of(BASE + "/sitemaps/1.xml", BASE + "/sitemaps/2.xml"),
                SitemapChecks.locations(out.resolve("sitemap.xml")));
        assertEquals(listed.size(), Set.copyOf(listed).size(), "a URL is listed twice");
        assertTrue(listed.size() > 60_000, listed.size() + " URLs");
    }

    @Test
    void addingAnArticleRewritesOnlyTheFilesThatShowIt() throws IOException, InterruptedException {
        Path rebuilt = folder.resolve("rebuilt");
        CliRun first = CliRun.of("build", corpus.toString(), "--out", rebuilt.toString(), "--base-url", BASE);
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        Map<String, Object> before = SiteFiles.identities(rebuilt);
        int mainArchives = files(rebuilt.resolve("archives"), "feed.xml").size();

        Path added = corpus.resolve("zz-added.md");
        Files.writeString(added, """
                ---
                title: A Story That Arrives Last
                published: 2025-07-01T08:00:00Z
                authors: [Night Desk]
                tags: [politics, economy]
                ---
                It arrived after every other story.
                """);
        try {
            CliRun second = CliRun.of("build", corpus.toString(), "--out", rebuilt.toString(), "--base-url", BASE);
            assertEquals(ExitCode.OK, second.exitCode(), second.err());
        } finally {
            Files.delete(added);
        }
        Map<String, Object> after = SiteFiles.identities(rebuilt);
        Set<String> changed = new TreeSet<>();
        after.forEach((file, identity) -> {
            if (!identity.equals(before.get(file))) {
                changed.add(file);
            }
        });
        assertEquals(Set.of(), removed(before.keySet(), after.keySet()), "files removed");

        Set<String> allowed = new HashSet<>(List.of("index.html", "tags/index.html", "opml.xml", "sitemap.xml",
                "news-sitemap.xml", "archive/index.html", "archive/2025/07/index.html", "articles/zz-added/index.html"));
        for (String prefix : List.of("", "tags/politics/", "tags/economy/")) {
            int newest = files(rebuilt.resolve(prefix + "archives"), "feed.xml").size();
            for (FeedFormat format : FeedFormat.values()) {
                allowed.add(prefix + format.fileName());
                allowed.add(prefix + "archives/" + newest + "/" + format.fileName());
            }
            allowed.add(prefix + "index.html");
            allowed.add(prefix + "page/" + newest + "/index.html");
        }
        Set<String> unexpected = new TreeSet<>(changed);
        unexpected.removeAll(allowed);
        assertEquals(Set.of(), unexpected, "changed though they do not show the new article");
        int newestMain = files(rebuilt.resolve("archives"), "feed.xml").size();
        assertTrue(changed.containsAll(List.of("feed.xml", "articles/zz-added/index.html", "tags/politics/atom.xml",
                "archives/" + newestMain + "/feed.json", "page/" + newestMain + "/index.html")), changed.toString());
        assertTrue(newestMain - mainArchives <= 1);
        assertTrue(after.size() - changed.size() > 13_000, (after.size() - changed.size()) + " files untouched");
    }

    private static Set<String> removed(Set<String> before, Set<String> after) {
        Set<String> removed = new HashSet<>(before);
        removed.removeAll(after);
        return removed;
    }

    private static FeedFormat formatOf(String path) {
        return Stream.of(FeedFormat.values()).filter(format -> path.endsWith(format.fileName())).findFirst().orElseThrow();
    }

    static String read(String url) throws IOException {
        return Files.readString(fileOf(url));
    }

    static Path fileOf(String url) {
        return SitePaths.file(site, URI.create(url).getRawPath());
    }

    static List<Path> files(Path root, String name) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    static List<List<Path>> batches(List<Path> all) {
        List<List<Path>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
