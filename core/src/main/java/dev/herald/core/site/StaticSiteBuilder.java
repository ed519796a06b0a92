package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.HeraldException;
import dev.herald.core.io.AtomicFolder;
import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.query.ArchivePages;
import dev.herald.core.query.TagQuery;
import dev.herald.core.site.SitePlan.FileJob;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Writes a site's whole URL space: the three main feeds and three feeds for every tag, each with
 * its RFC 5005 archives; the home page and a page for every tag, each with its older pages; the
 * month archive, the tag list, OPML, the sitemaps, robots.txt, a page for every article and a 404
 * page. Work is spread over the available cores. Files go to an {@link AtomicFolder.Output}, which makes the
 * whole atomic.
 */
public final class StaticSiteBuilder {

    /**
     * Bytes of serialized entries each format's writer keeps: with the feeds written newest first
     * (see {@link #write}), most of an article's feeds come while its entries are kept. A 64th of
     * the heap, so a build of 100,000 articles in {@code -Xmx1g} keeps room for the articles. The
     * bodies unpacked last ({@link PackedBodies}) are kept within as much.
     */
    static final long ENTRY_CACHE_BYTES = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 64);

    /** How many places either way an old document is looked for an article's entry in. */
    private static final int OLD_DOCUMENTS_AROUND = 4;

    /** Article pages planned per task: enough to outweigh a task's cost, few enough to share two cores. */
    private static final int ARTICLES_PER_SECTION = 4096;

    private final SiteSettings site;
    private final int limit;
    private final boolean notFoundPage;
    private final SiteFeeds feeds;
    private final PageRenderer pages;
    private final Sitemaps sitemaps;
    private final Map<FeedFormat, SplicingFeedWriter> writers = FeedWriters.splicing(ENTRY_CACHE_BYTES);

    /** @param limit most items in each feed, archive document and list page, positive */
    public StaticSiteBuilder(SiteSettings site, int limit) {
        this(site, limit, true);
    }

    /**
     * @param notFoundPage whether to write {@code 404.html} when the site's own files have none (not
     *                     when the output folder holds one put there by hand, which the build keeps)
     */
    public StaticSiteBuilder(SiteSettings site, int limit, boolean notFoundPage) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.site = site;
        this.limit = limit;
        this.notFoundPage = notFoundPage;
        this.feeds = SiteFeeds.withoutHub(site);
        this.pages = new PageRenderer(site);
        this.sitemaps = new Sitemaps(site);
    }

    /** Writes every file to {@code output} and returns how many there are. */
    public int build(List<Article> articles, AtomicFolder.Output output, Progress progress) throws IOException {
        return build(articles, StaticFiles.none(), output, progress);
    }

    /**
     * Writes every file, the site's own files among them, to {@code output} and returns how many
     * there are.
     *
     * @throws HeraldException when one of the site's own files has the path of a file Herald
     *                         writes (a feed, a page); nothing is written then
     */
    public int build(List<Article> articles, StaticFiles own, AtomicFolder.Output output, Progress progress)
            throws IOException {
        SitePlan plan = plan(articles, own, OutputKey::digest, Function.identity());
        plan.writeAll(output, progress);
        return plan.size();
    }

    /**
     * Every file of the site with its key, nothing written yet. The articles may come {@link
     * Article#withoutBody() without their body}: lists, keys and sitemaps need none, and the
     * article pages and feeds get it from {@code withBody} when they are written.
     *
     * @param digests  each article's digest (a build state keeps them, so unchanged articles are
     *                 not hashed again)
     * @param withBody each article with its body
     * @throws HeraldException when one of the site's own files has the path of a file Herald writes
     */
    public SitePlan plan(List<Article> articles, StaticFiles own, Function<Article, byte[]> digests,
            Function<Article, Article> withBody) {
        return plan(articles, own, digests, withBody, OldEntries.none());
    }

    /**
     * Every file of the site, as {@link #plan(List, StaticFiles, Function, Function)}, its feeds
     * taking the entries of unchanged articles from {@code old}.
     */
    SitePlan plan(List<Article> articles, StaticFiles own, Function<Article, byte[]> digests,
            Function<Article, Article> withBody, OldEntries old) {
        // sorted on both cores; then the tags are counted and listed on the other core while this
        // one takes the digests
        List<Article> newestFirst = articles.parallelStream().sorted(TagQuery.NEWEST_FIRST).toList();
        CompletableFuture<List<TagCount>> counted = CompletableFuture.supplyAsync(() -> TagCount.of(newestFirst));
        CompletableFuture<Map<String, List<Article>>> listed = CompletableFuture.supplyAsync(
                () -> TagQuery.newestByTag(newestFirst, Integer.MAX_VALUE));
        Function<Article, byte[]> memo = digestsOf(newestFirst, digests);
        EntryPrints prints = new EntryPrints(newestFirst.size());
        FeedDocuments documents = new FeedDocuments(writers, memo, withBody, old, prints);
        List<TagCount> tags = counted.join();
        Map<String, List<Article>> byTag = listed.join();
        ArchivePages<Article> main = ArchivePages.of(newestFirst, limit);
        Instant updated = main.current().stream().map(Article::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);

        // the sections are independent: each makes its files' jobs and keys on its own core
        List<Supplier<List<FileJob>>> sections = new ArrayList<>();
        sections.add(() -> mainFiles(newestFirst, main, tags, updated, memo, documents));
        for (TagCount tagCount : tags) {
            sections.add(() -> tagFiles(tagCount.tag(), newestFirst, byTag.get(tagCount.tag().slug()), memo, documents));
        }
        sections.add(() -> monthFiles(newestFirst, memo));
        sections.add(() -> sitemapFiles(newestFirst, memo));
        for (int from = 0; from < newestFirst.size(); from += ARTICLES_PER_SECTION) {
            List<Article> some = newestFirst.subList(from, Math.min(from + ARTICLES_PER_SECTION, newestFirst.size()));
            sections.add(() -> articleFiles(some, memo, withBody));
        }
        // an ordered parallel stream keeps the sections in this order
        List<FileJob> jobs = new ArrayList<>(sections.parallelStream().flatMap(section -> section.get().stream()).toList());
        jobs.addAll(ownFiles(own, jobs));
        if (notFoundPage && !own.files().containsKey(SitePaths.NOT_FOUND)) {
            jobs.add(new FileJob(SitePaths.NOT_FOUND, key(memo, "not-found"), out -> text(out, pages.notFound())));
        }
        return new SitePlan(jobs, prints);
    }

    // the main feed's history, the home page, the tag list, OPML and the stylesheet
    private List<FileJob> mainFiles(List<Article> newestFirst, ArchivePages<Article> main, List<TagCount> tags,
            Instant updated, Function<Article, byte[]> memo, FeedDocuments documents) {
        List<FileJob> jobs = new ArrayList<>();
        history(null, newestFirst, main, memo, documents, jobs);
        jobs.add(new FileJob(SitePaths.INDEX, key(memo, "index", main.current(), tags, main.count()),
                out -> text(out, pages.index(main.current(), tags, main.count()))));
        jobs.add(new FileJob(SitePaths.TAGS, key(memo, "tags", tags), out -> text(out, pages.tags(tags))));
        jobs.add(new FileJob(SitePaths.OPML, key(memo, "opml", tags, updated),
                out -> new OpmlWriter().write(site, tags, updated, out)));
        jobs.add(new FileJob(SitePaths.STYLESHEET, key(memo, "style"), out -> out.write(PageRenderer.stylesheet())));
        return jobs;
    }

    // one tag's history and page, from its articles newest first
    private List<FileJob> tagFiles(Tag tag, List<Article> newestFirst, List<Article> taggedNewestFirst,
            Function<Article, byte[]> memo, FeedDocuments documents) {
        List<FileJob> jobs = new ArrayList<>();
        ArchivePages<Article> tagged = ArchivePages.of(taggedNewestFirst, limit);
        history(tag, newestFirst, tagged, memo, documents, jobs);
        jobs.add(new FileJob(SitePaths.tag(tag.slug()), key(memo, "tag", tag, tagged.current(), tagged.count()),
                out -> text(out, pages.tag(tag, tagged.current(), tagged.count()))));
        return jobs;
    }

    // a page for each month, and the archive of the months
    private List<FileJob> monthFiles(List<Article> newestFirst, Function<Article, byte[]> memo) {
        List<FileJob> jobs = new ArrayList<>();
        MonthCount.group(newestFirst).forEach((month, published) -> jobs.add(new FileJob(SitePaths.month(month),
                key(memo, "month", month, published), out -> text(out, pages.month(month, published)))));
        List<MonthCount> monthCounts = MonthCount.counts(newestFirst);
        jobs.add(new FileJob(SitePaths.ARCHIVE, key(memo, "archive", monthCounts),
                out -> text(out, pages.archive(monthCounts))));
        return jobs;
    }

    // the sitemap (and its parts), the news sitemap and robots.txt
    private List<FileJob> sitemapFiles(List<Article> newestFirst, Function<Article, byte[]> memo) {
        List<FileJob> jobs = new ArrayList<>();
        sitemaps.sitemapFiles(newestFirst).forEach((path, file) -> jobs.add(FileJob.large(path,
                key(memo, "sitemap", file.index(), file.urls()), out -> out.write(sitemaps.write(file)))));
        byte[] news = sitemaps.newsSitemap(Sitemaps.newsArticles(newestFirst));
        jobs.add(new FileJob(SitePaths.NEWS_SITEMAP, key(memo, news), out -> out.write(news)));
        byte[] robots = sitemaps.robots();
        jobs.add(new FileJob(SitePaths.ROBOTS, key(memo, robots), out -> out.write(robots)));
        return jobs;
    }

    private List<FileJob> articleFiles(List<Article> articles, Function<Article, byte[]> memo,
            Function<Article, Article> withBody) {
        return articles.stream().map(article -> new FileJob(SitePaths.article(article.id()),
                OutputKey.ofArticle(memo, article), out -> text(out, pages.article(withBody.apply(article))))).toList();
    }

    /**
     * The feeds of the main feed or a tag's (with {@code tag}) in every format, current and
     * archived, and the older list pages that match the archives.
     */
    private void history(Tag tag, List<Article> everything, ArchivePages<Article> archives,
            Function<Article, byte[]> memo, FeedDocuments documents, List<FileJob> jobs) {
        String slug = tag == null ? null : tag.slug();
        // a feed's title takes the tag's label from its own articles, which are never none here
        // (so the key need not hold the others)
        List<Article> others = tag == null ? List.of() : everything;
        int count = archives.count();
        // each page's articles are hashed once for the feeds of every format and the list page
        String current = key(memo, archives.current());
        List<String> pageKeys = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            pageKeys.add(key(memo, archives.page(n)));
        }
        for (FeedFormat format : FeedFormat.values()) {
            FeedRequest request = slug == null ? FeedRequest.main(format, limit) : FeedRequest.tag(format, slug, limit);
            jobs.add(new FileJob(SitePaths.currentFeed(slug, format), newest(archives.current()),
                    key(memo, "feed", format, tag, current, count), out -> documents.write(format,
                    oldDocuments(slug, format, 0, count), archives.current(),
                    shown -> feeds.current(request, shown, count, others), out)));
            for (int n = 1; n <= count; n++) {
                int page = n;
                jobs.add(new FileJob(SitePaths.archiveFeed(slug, page, format), newest(archives.page(page)),
                        key(memo, "archive-feed", format, tag, page, newestOrNot(page, count), pageKeys.get(page - 1)),
                        out -> documents.write(format, oldDocuments(slug, format, page, count), archives.page(page),
                                shown -> feeds.archive(request, page, count, shown, others), out)));
            }
        }
        for (int n = 1; n <= count; n++) {
            int page = n;
            List<Article> shown = archives.page(page);
            jobs.add(new FileJob(SitePaths.listPage(slug, page),
                    key(memo, "older", tag, page, newestOrNot(page, count), pageKeys.get(page - 1)),
                    out -> documents.writePage(oldPages(slug, page), shown,
                            (teasers, to) -> pages.olderPage(tag, page, count, shown, teasers, to), out)));
        }
    }

    /**
     * What an archive document or older page shows of how many there are: only whether it is the
     * newest (the newest archive links to no next one, the newest older page to the front page),
     * so that one more or one fewer archive does not make every other one be written again.
     */
    private static String newestOrNot(int page, int count) {
        return page == count ? "newest" : "older";
    }

    /**
     * The old documents likeliest to hold the articles of archive {@code page} of a feed (0 for
     * its current document) as a build state names them: the same document, then its neighbours,
     * nearest first, which its articles move in from when older articles come or go.
     */
    private static List<String> oldDocuments(String slug, FeedFormat format, int page, int count) {
        // the current document's articles come from the newest archives when newer ones go
        return page == 0
                ? oldFiles(SitePaths.currentFeed(slug, format), n -> SitePaths.archiveFeed(slug, n, format), count)
                : oldFiles(null, n -> SitePaths.archiveFeed(slug, n, format), page);
    }

    /** The old older pages likeliest to hold the teasers of older page {@code page}, as {@link #oldDocuments}. */
    private static List<String> oldPages(String slug, int page) {
        return oldFiles(null, n -> SitePaths.listPage(slug, n), page);
    }

    // first, then archive n = around and its neighbours, nearest first: file paths inside the site
    private static List<String> oldFiles(String first, IntFunction<String> archive, int around) {
        List<String> sitePaths = new ArrayList<>();
        if (first != null) {
            sitePaths.add(first);
        }
        for (int distance = 0; distance <= OLD_DOCUMENTS_AROUND; distance++) {
            for (int n : distance == 0 ? new int[] {around} : new int[] {around + distance, around - distance}) {
                if (n >= 1) {
                    sitePaths.add(archive.apply(n));
                }
            }
        }
        return sitePaths.stream().map(path -> SitePaths.file(path).toString()).toList();
    }

    private static String key(Function<Article, byte[]> digests, Object... parts) {
        return OutputKey.of(digests, parts);
    }

    // each article is hashed once per plan, though many files show it; filled before the sections
    // start, the map is only read while they run side by side
    private static Function<Article, byte[]> digestsOf(List<Article> articles, Function<Article, byte[]> digests) {
        Map<Article, byte[]> known = new IdentityHashMap<>(articles.size());
        articles.forEach(article -> known.put(article, digests.apply(article)));
        return article -> {
            byte[] digest = known.get(article);
            return digest != null ? digest : digests.apply(article);
        };
    }

    // the site's own files, copied as they are; one in the place of a file Herald writes is refused
    private static List<FileJob> ownFiles(StaticFiles own, List<FileJob> generated) {
        if (own.files().isEmpty()) {
            return List.of(); // nothing to look for among a large site's hundred thousand files
        }
        Map<Path, String> written = new HashMap<>();
        generated.forEach(job -> written.put(SitePaths.file(job.path()), job.path()));
        List<FileJob> copies = new ArrayList<>();
        own.files().forEach((sitePath, source) -> {
            Path relative = Path.of(sitePath.substring(1));
            String clash = written.get(relative);
            if (clash != null) {
                throw new HeraldException(source + " has the path of the " + clash + " that Herald writes;"
                        + " rename or remove it");
            }
            copies.add(FileJob.placed(sitePath, ownFileKey(source), output -> {
                output.copy(relative, source);
                return Files.size(source);
            }));
        });
        return copies;
    }

    /** The key of each of the site's own files, by its path inside the site folder. */
    static Map<String, String> ownFileKeys(StaticFiles own) {
        Map<String, String> keys = new HashMap<>();
        own.files().forEach((sitePath, source) -> keys.put(Path.of(sitePath.substring(1)).toString(), ownFileKey(source)));
        return keys;
    }

    // a copy is stale when its source changed: another file, size or time
    private static String ownFileKey(Path source) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            return OutputKey.of(a -> new byte[0], "own", source.toAbsolutePath(), attributes.size(),
                    attributes.lastModifiedTime().toInstant(), attributes.fileKey());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static Instant newest(List<Article> newestFirst) {
        return newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.get(0).published();
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
