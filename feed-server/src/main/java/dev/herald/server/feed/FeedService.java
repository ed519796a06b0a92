package dev.herald.server.feed;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedWriter;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.SiteFeeds;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.config.HeraldConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders feeds from the catalog and keeps them until the next write: a reader polling an
 * unchanged feed costs a map lookup. Every write changes the catalog version, so a cached feed
 * is never served stale.
 */
@ApplicationScoped
public class FeedService {

    /** Bytes of feeds kept at once; past that the cache starts over (query strings are unbounded). */
    private static final long MAX_CACHED_BYTES = 64L << 20;

    private final ArticleCatalog catalog;
    private final SiteSettings site;
    private final SiteFeeds feeds;
    private final int maxAgeSeconds;
    private final Map<FeedFormat, FeedWriter> writers = FeedWriters.all();
    private final Map<String, CachedFeed> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedBytes = new AtomicLong();

    private final Counter hits;
    private final Counter renders;

    public FeedService(ArticleCatalog catalog, SiteSettings site, HeraldConfig config, MeterRegistry registry) {
        this.catalog = catalog;
        this.site = site;
        this.feeds = config.websubHub().map(hub -> SiteFeeds.withHub(site, hub)).orElseGet(() -> SiteFeeds.withoutHub(site));
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
     * from the cache when no write happened since it was rendered.
     */
    public CachedFeed feed(FeedRequest request, String path, String rawQuery) {
        CachedFeed cached = cached(path, rawQuery);
        if (cached != null) {
            return cached;
        }
        renders.increment();
        long version = catalog.version();
        List<Article> articles = catalog.select(request.query());
        Feed feed = feeds.feedOfSelected(request.servedAt(key(path, rawQuery)), articles, catalog.entries());
        RenderedDocument document = RenderedDocument.of(render(request.format(), feed), request.format().contentType(),
                catalog.lastModified(articles), version);
        CachedFeed rendered = new CachedFeed(document, ConditionalResponses.headers(document, maxAgeSeconds,
                feed.selfUrl().toASCIIString(), feed.hubUrl() == null ? null : feed.hubUrl().toASCIIString()));
        // with its gzip, made when first asked for, a feed takes about 1.3 times its size
        long size = document.body().length() * 13L / 10;
        if (cachedBytes.addAndGet(size) > MAX_CACHED_BYTES) {
            cache.clear();
            cachedBytes.set(size);
        }
        cache.put(key(path, rawQuery), rendered);
        return rendered;
    }

    /** The feed at {@code path} and raw query (or null) if it is cached and current, else null. */
    public CachedFeed cached(String path, String rawQuery) {
        CachedFeed cached = cache.get(key(path, rawQuery));
        if (cached == null || cached.document().version() != catalog.version()) {
            return null;
        }
        hits.increment();
        return cached;
    }

    // the path names the format; the query string is kept as sent
    private static String key(String path, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    private byte[] render(FeedFormat format, Feed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            writers.get(format).write(feed, out);
        } catch (IOException e) {
            // writing to memory does no I/O
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
