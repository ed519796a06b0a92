package dev.herald.server.feed;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedPaging;
import dev.herald.core.feed.FeedWriter;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.ArchivePages;
import dev.herald.core.query.TagQuery;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.SiteFeeds;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.config.HubAddress;
import dev.herald.server.store.IndexEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Renders feeds from the catalog and keeps them until a change can alter them: a reader polling
 * an unchanged feed costs a map lookup. A tag's feeds (current and archives) go stale when an
 * article with that tag before or after the change is written, the main and filtered feeds with
 * any change; a reload, another replica's writes or a scheduled instant make every feed stale
 * ({@link ArticleCatalog#changedAt}). So a write empties only the feeds it can change.
 */
@ApplicationScoped
public class FeedService {

    /** Bytes of current feeds (the main, the tags', filtered ones) kept at once. */
    private static final long MAX_CACHED_BYTES = 64L << 20;
    /**
     * Bytes of pages of the feeds' history kept at once, apart: a reader walking thousands of
     * archive documents must not push the current feeds out, and a page kept for a day would
     * only be asked for again by another such walk.
     */
    private static final long MAX_CACHED_HISTORY_BYTES = 16L << 20;
    /** {@code max-age} of a full archive document, which changes only when one of its articles does. */
    static final int ARCHIVE_MAX_AGE_SECONDS = 86_400;

    private final ArticleCatalog catalog;
    private final SiteSettings site;
    private final SiteFeeds feeds;
    private final int maxAgeSeconds;
    /**
     * Entries kept by each format's writer: a feed rendered again after a write, or another
     * format of the same page, serializes only the entries it did not show before.
     */
    private static final long ENTRY_CACHE_BYTES = 8L << 20;

    private final Map<FeedFormat, FeedWriter> writers = FeedWriters.caching(ENTRY_CACHE_BYTES);
    /**
     * Writers that keep nothing, for the pages of a feed's history (its archives, a filtered
     * feed's pages past the first): a reader walks them once, and their entries, kept, would
     * push out those of the current feeds and make the collector copy them again and again.
     */
    private final Map<FeedFormat, FeedWriter> historyWriters = FeedWriters.all();
    private final FeedCache currentFeeds = new FeedCache(MAX_CACHED_BYTES);
    private final FeedCache historyPages = new FeedCache(MAX_CACHED_HISTORY_BYTES);

    private final Counter hits;
    private final Counter renders;

    public FeedService(ArticleCatalog catalog, SiteSettings site, HeraldConfig config, MeterRegistry registry) {
        this.catalog = catalog;
        this.site = site;
        this.feeds = HubAddress.advertised(config, site).map(hub -> SiteFeeds.withHub(site, hub))
                .orElseGet(() -> SiteFeeds.withoutHub(site));
        this.maxAgeSeconds = config.cacheMaxAge();
        this.hits = Counter.builder("herald.feed.cache").tag("result", "hit")
                .description("Feed requests answered from the cache").register(registry);
        this.renders = Counter.builder("herald.feed.cache").tag("result", "miss")
                .description("Feed requests that rendered the feed").register(registry);
        Gauge.builder("herald.articles", catalog, c -> c.entries().size())
                .description("Articles in the store").register(registry);
    }

    /**
     * The feed the request asks for, served at {@code path} with its raw query string (or null),
     * from the cache when no write happened since it was rendered. Without a query it is the
     * current feed, linked to its newest archive document; with one, a page of the filtered feed
     * starting after {@code cursor} (null for the first page), linked to the next page.
     */
    public CachedFeed feed(FeedRequest request, String path, String rawQuery, FeedCursor cursor) {
        CachedFeed cached = cached(path, rawQuery);
        if (cached != null) {
            return cached;
        }
        renders.increment();
        long version = catalog.version();
        List<IndexEntry> entries = catalog.entries();
        FeedRequest served = request.servedAt(key(path, rawQuery));
        Feed feed;
        if (rawQuery == null || rawQuery.isEmpty()) {
            ArchivePages<IndexEntry> pages = ArchivePages.of(ofFeed(entries, request), request.query().limit());
            feed = feeds.current(served, catalog.articles(pages.current()), pages.count(), entries);
        } else {
            feed = page(served, entries, path, rawQuery, cursor);
        }
        String tag = rawQuery == null || rawQuery.isEmpty() ? request.tagSlug().orElse(null) : null;
        return store(key(path, rawQuery), tag, cursor != null, request.format(), feed,
                catalog.lastModified(feed.articles()), maxAgeSeconds, version);
    }

    /**
     * Archive document {@code n} (1 = the oldest) of the feed {@code current} asks for (the main
     * feed or a tag's), served at {@code path}; empty when there is no such document. A full
     * archive document will not change as articles arrive, so caches may keep it for a day.
     */
    public Optional<CachedFeed> archive(FeedRequest current, int n, String path) {
        CachedFeed cached = cached(path, null);
        if (cached != null) {
            return Optional.of(cached);
        }
        long version = catalog.version();
        List<IndexEntry> entries = catalog.entries();
        ArchivePages<IndexEntry> pages = ArchivePages.of(ofFeed(entries, current), current.query().limit());
        if (!pages.has(n)) {
            return Optional.empty();
        }
        renders.increment();
        Feed feed = feeds.archive(current, n, pages.count(), catalog.articlesOfHistory(pages.page(n)), entries);
        // its own articles' dates, not the store's last write: an archive's validators move only when it changes
        Instant lastModified = feed.articles().isEmpty() ? Instant.EPOCH : feed.updated();
        int maxAge = pages.isFull(n) ? Math.max(ARCHIVE_MAX_AGE_SECONDS, maxAgeSeconds) : maxAgeSeconds;
        return Optional.of(store(path, current.tagSlug().orElse(null), true, current.format(), feed,
                lastModified, maxAge, version));
    }

    // a page of a filtered feed: the query's articles after the cursor, and the cursor of the next page
    private Feed page(FeedRequest served, List<IndexEntry> entries, String path, String rawQuery, FeedCursor cursor) {
        TagQuery query = served.query();
        int from = cursor == null ? 0 : cursor.firstAfter(entries);
        TagQuery oneMore = new TagQuery(query.all(), query.any(), query.exclude(), query.limit() + 1, query.since());
        List<IndexEntry> selected = oneMore.selectFromNewestFirst(entries.subList(from, entries.size()));
        URI next = null;
        if (selected.size() > query.limit()) {
            selected = selected.subList(0, query.limit());
            next = site.resolve(withCursor(path, rawQuery, FeedCursor.after(selected.get(selected.size() - 1))));
        }
        List<Article> articles = cursor == null ? catalog.articles(selected) : catalog.articlesOfHistory(selected);
        return feeds.feedOfSelected(served, articles, entries).withPaging(FeedPaging.paged(next));
    }

    // every article of the main feed, or of the request's tag, newest first
    private List<IndexEntry> ofFeed(List<IndexEntry> entries, FeedRequest request) {
        return request.tagSlug().map(catalog::entriesTagged).orElse(entries);
    }

    /** The path and query of the same feed with the cursor of the next page in place of any other. */
    static String withCursor(String path, String rawQuery, FeedCursor cursor) {
        StringJoiner query = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (!parameter.isEmpty() && !name.equals(FeedCursor.PARAMETER)) {
                query.add(parameter);
            }
        }
        query.add(FeedCursor.PARAMETER + "=" + cursor.encode());
        return path + "?" + query;
    }

    // ofHistory: a page of a feed's history, rendered and kept apart from the current feeds
    private CachedFeed store(String key, String tag, boolean ofHistory, FeedFormat format, Feed feed,
            Instant lastModified, int maxAge, long version) {
        FeedWriter writer = (ofHistory ? historyWriters : writers).get(format);
        byte[] bytes = render(writer, feed);
        RenderedDocument document = ofHistory ? RenderedDocument.of(bytes, format.contentType(), lastModified, version)
                : RenderedDocument.kept(bytes, format.contentType(), lastModified, version);
        CachedFeed rendered = new CachedFeed(document, ConditionalResponses.headers(document, maxAge,
                feed.selfUrl().toASCIIString(), feed.hubUrl() == null ? null : feed.hubUrl().toASCIIString()));
        (ofHistory ? historyPages : currentFeeds).put(key, new FeedCache.Cached(rendered, tag));
        return rendered;
    }

    /** The feed at {@code path} and raw query (or null) if it is cached and current, else null. */
    public CachedFeed cached(String path, String rawQuery) {
        String key = key(path, rawQuery);
        FeedCache.Cached cached = currentFeeds.get(key);
        if (cached == null) {
            cached = historyPages.get(key);
        }
        if (cached == null || !isCurrent(cached)) {
            return null;
        }
        hits.increment();
        return cached.feed();
    }

    // rendered from a version no later change it can show has passed
    private boolean isCurrent(FeedCache.Cached cached) {
        return cached.feed().document().version() >= catalog.changedAt(cached.tag());
    }

    // the path names the format; the query string is kept as sent
    private static String key(String path, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    private static byte[] render(FeedWriter writer, Feed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            writer.write(feed, out);
        } catch (IOException e) {
            // writing to memory does no I/O
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
