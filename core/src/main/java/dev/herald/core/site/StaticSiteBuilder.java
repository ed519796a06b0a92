package dev.herald.core.site;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedWriter;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.io.AtomicFolder;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.TagQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site's whole URL space: the three main feeds, three feeds and a page for every tag,
 * the tag list, OPML, the home page and a page for every article. Work is spread over the
 * available cores. Files go to an {@link AtomicFolder.Output}, which makes the whole atomic.
 */
public final class StaticSiteBuilder {

    private final SiteSettings site;
    private final int limit;
    private final SiteFeeds feeds;
    private final PageRenderer pages;
    private final Map<FeedFormat, FeedWriter> writers = FeedWriters.all();

    /** @param limit most items in each feed and list page, positive */
    public StaticSiteBuilder(SiteSettings site, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.site = site;
        this.limit = limit;
        this.feeds = SiteFeeds.withoutHub(site);
        this.pages = new PageRenderer(site);
    }

    /** Writes every file to {@code output} and returns how many there are. */
    public int build(List<Article> articles, AtomicFolder.Output output, Progress progress) throws IOException {
        List<Article> newestFirst = articles.stream().sorted(TagQuery.NEWEST_FIRST).toList();
        List<TagCount> tags = TagCount.of(newestFirst);
        Map<String, List<Article>> latestByTag = TagQuery.newestByTag(newestFirst, limit);
        List<Article> latest = TagQuery.latest(limit).selectFromNewestFirst(newestFirst);
        Instant updated = latest.stream().map(Article::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);

        List<FileJob> jobs = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            Feed feed = feeds.feedOfSelected(FeedRequest.main(format, limit), latest, List.of());
            jobs.add(new FileJob(SitePaths.feed(format), out -> writers.get(format).write(feed, out)));
        }
        jobs.add(new FileJob(SitePaths.INDEX, out -> text(out, pages.index(latest, tags))));
        jobs.add(new FileJob(SitePaths.TAGS, out -> text(out, pages.tags(tags))));
        jobs.add(new FileJob(SitePaths.OPML, out -> new OpmlWriter().write(site, tags, updated, out)));
        jobs.add(new FileJob(SitePaths.STYLESHEET, out -> out.write(PageRenderer.stylesheet())));
        for (TagCount tagCount : tags) {
            List<Article> tagged = latestByTag.get(tagCount.tag().slug());
            for (FeedFormat format : FeedFormat.values()) {
                Feed feed = feeds.feedOfSelected(FeedRequest.tag(format, tagCount.tag().slug(), limit), tagged, List.of());
                jobs.add(new FileJob(SitePaths.tagFeed(tagCount.tag().slug(), format), out -> writers.get(format).write(feed, out)));
            }
            jobs.add(new FileJob(SitePaths.tag(tagCount.tag().slug()), out -> text(out, pages.tag(tagCount.tag(), tagged))));
        }
        for (Article article : newestFirst) {
            jobs.add(new FileJob(SitePaths.article(article.id()), out -> text(out, pages.article(article))));
        }
        write(jobs, output, progress);
        return jobs.size();
    }

    // Every job finishes before this returns, failed or not, so the caller can delete the folder
    // without racing a writer; the first failure is then rethrown.
    private static void write(List<FileJob> jobs, AtomicFolder.Output output, Progress progress) throws IOException {
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

    private record FileJob(String path, Content content) {

        void writeTo(AtomicFolder.Output output) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
                content.writeTo(bytes);
                output.write(SitePaths.file(path), bytes.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }
}
