package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedWriter;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.HeraldException;
import dev.herald.core.io.AtomicFolder;
import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.query.ArchivePages;
import dev.herald.core.query.TagQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site's whole URL space: the three main feeds and three feeds for every tag, each with
 * its RFC 5005 archives; the home page and a page for every tag, each with its older pages; the
 * month archive, the tag list, OPML, the sitemaps, robots.txt and a page for every article. Work
 * is spread over the available cores. Files go to an {@link AtomicFolder.Output}, which makes the
 * whole atomic.
 */
public final class StaticSiteBuilder {

    /**
     * Bytes of serialized entries each format's writer keeps: with the feeds written newest first
     * (see {@link #write}), most of an article's feeds come while its entries are kept. A 64th of
     * the heap, so a build of 100,000 articles in {@code -Xmx1g} keeps room for the articles.
     */
    private static final long ENTRY_CACHE_BYTES = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 64);

    private final SiteSettings site;
    private final int limit;
    private final SiteFeeds feeds;
    private final PageRenderer pages;
    private final Sitemaps sitemaps;
    private final Map<FeedFormat, FeedWriter> writers = FeedWriters.caching(ENTRY_CACHE_BYTES);

    /** @param limit most items in each feed, archive document and list page, positive */
    public StaticSiteBuilder(SiteSettings site, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.site = site;
        this.limit = limit;
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
        List<Article> newestFirst = articles.stream().sorted(TagQuery.NEWEST_FIRST).toList();
        List<TagCount> tags = TagCount.of(newestFirst);
        Map<String, List<Article>> byTag = TagQuery.newestByTag(newestFirst, Integer.MAX_VALUE);
        ArchivePages<Article> main = ArchivePages.of(newestFirst, limit);
        Instant updated = main.current().stream().map(Article::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);

        List<FileJob> jobs = new ArrayList<>();
        history(null, null, main, jobs);
        jobs.add(new FileJob(SitePaths.INDEX, out -> text(out, pages.index(main.current(), tags, main.count()))));
        jobs.add(new FileJob(SitePaths.TAGS, out -> text(out, pages.tags(tags))));
        jobs.add(new FileJob(SitePaths.OPML, out -> new OpmlWriter().write(site, tags, updated, out)));
        jobs.add(new FileJob(SitePaths.STYLESHEET, out -> out.write(PageRenderer.stylesheet())));
        for (TagCount tagCount : tags) {
            Tag tag = tagCount.tag();
            ArchivePages<Article> tagged = ArchivePages.of(byTag.get(tag.slug()), limit);
            history(tag, newestFirst, tagged, jobs);
            jobs.add(new FileJob(SitePaths.tag(tag.slug()), out -> text(out, pages.tag(tag, tagged.current(), tagged.count()))));
        }
        Map<YearMonth, List<Article>> months = MonthCount.group(newestFirst);
        months.forEach((month, published) -> jobs.add(new FileJob(SitePaths.month(month), out -> text(out, pages.month(month, published)))));
        jobs.add(new FileJob(SitePaths.ARCHIVE, out -> text(out, pages.archive(MonthCount.counts(newestFirst)))));
        sitemaps.sitemap(newestFirst).forEach((path, bytes) -> jobs.add(new FileJob(path, out -> out.write(bytes))));
        jobs.add(new FileJob(SitePaths.NEWS_SITEMAP, out -> out.write(sitemaps.newsSitemap(Sitemaps.newsArticles(newestFirst)))));
        jobs.add(new FileJob(SitePaths.ROBOTS, out -> out.write(sitemaps.robots())));
        for (Article article : newestFirst) {
            jobs.add(new FileJob(SitePaths.article(article.id()), out -> text(out, pages.article(article))));
        }
        jobs.addAll(ownFiles(own, jobs));
        write(jobs, output, progress);
        return jobs.size();
    }

    /**
     * The feeds of the main feed or a tag's (with {@code tag}) in every format, current and
     * archived, and the older list pages that match the archives.
     */
    private void history(Tag tag, List<Article> others, ArchivePages<Article> archives, List<FileJob> jobs) {
        String slug = tag == null ? null : tag.slug();
        List<Article> context = others == null ? List.of() : others;
        int count = archives.count();
        for (FeedFormat format : FeedFormat.values()) {
            FeedRequest request = slug == null ? FeedRequest.main(format, limit) : FeedRequest.tag(format, slug, limit);
            jobs.add(new FileJob(SitePaths.currentFeed(slug, format), newest(archives.current()), out -> writers.get(format)
                    .write(feeds.current(request, archives.current(), count, context), out)));
            for (int n = 1; n <= count; n++) {
                int page = n;
                jobs.add(new FileJob(SitePaths.archiveFeed(slug, page, format), newest(archives.page(page)),
                        out -> writers.get(format).write(feeds.archive(request, page, count, archives.page(page), context), out)));
            }
        }
        for (int n = 1; n <= count; n++) {
            int page = n;
            jobs.add(new FileJob(SitePaths.listPage(slug, page), out -> text(out, pages.olderPage(tag, page, count,
                    archives.page(page)))));
        }
    }

    // the site's own files, copied as they are; one in the place of a file Herald writes is refused
    private static List<FileJob> ownFiles(StaticFiles own, List<FileJob> generated) {
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
            copies.add(FileJob.placed(sitePath, output -> output.copy(relative, source)));
        });
        return copies;
    }

    private static Instant newest(List<Article> newestFirst) {
        return newestFirst.isEmpty() ? Instant.EPOCH : newestFirst.get(0).published();
    }

    // Feeds go first, newest first: an article's feeds (the main feed's and its tags') then come
    // close together, while the writers still keep its entries. Every job finishes before this
    // returns, failed or not, so the caller can delete the folder without racing a writer; the
    // first failure is then rethrown.
    private static void write(List<FileJob> unordered, AtomicFolder.Output output, Progress progress) throws IOException {
        List<FileJob> jobs = new ArrayList<>(unordered);
        jobs.sort(Comparator.comparing(FileJob::newest, Comparator.nullsLast(Comparator.reverseOrder())));
        AtomicInteger done = new AtomicInteger();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (FileJob job : jobs) {
                futures.add(pool.submit(() -> {
                    job.writeTo(output);
                    progress.update(done.incrementAndGet(), jobs.size());
                }));
            }
            Throwable failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing the site", e);
                }
            }
            rethrow(failure);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof UncheckedIOException e) {
            throw e.getCause();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IOException(failure);
        }
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** What writes one file's bytes. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What puts one file into the output by itself (a copy of the site's own). */
    @FunctionalInterface
    private interface Placement {
        void placeInto(AtomicFolder.Output output) throws IOException;
    }

    /**
     * One file to write; {@code newest} is the newest article of a feed, null for other files.
     * Either {@code content} makes its bytes or {@code placement} puts it there.
     */
    private record FileJob(String path, Instant newest, Content content, Placement placement) {

        FileJob(String path, Content content) {
            this(path, null, content, null);
        }

        FileJob(String path, Instant newest, Content content) {
            this(path, newest, content, null);
        }

        static FileJob placed(String path, Placement placement) {
            return new FileJob(path, null, null, placement);
        }

        void writeTo(AtomicFolder.Output output) {
            try {
                if (placement != null) {
                    placement.placeInto(output);
                    return;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
                content.writeTo(bytes);
                output.write(SitePaths.file(path), bytes.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }
}
