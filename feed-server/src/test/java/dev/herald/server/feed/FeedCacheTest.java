package dev.herald.server.feed;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendered feeds kept up to a number of bytes, counted with the gzip each may get. */
class FeedCacheTest {

    private static FeedCache.Cached feedOf(int bytes) {
        RenderedDocument document = RenderedDocument.of(new byte[bytes], "application/rss+xml", Instant.EPOCH, 1);
        return new FeedCache.Cached(new CachedFeed(document, List.of()), null);
    }

    @Test
    void startsOverOnceItsBytesWouldPassTheLimit() {
        FeedCache cache = new FeedCache(1_000);
        FeedCache.Cached first = feedOf(300); // 390 counted
        FeedCache.Cached second = feedOf(300); // 780
        cache.put("/feed.xml", first);
        cache.put("/atom.xml", second);
        assertSame(first, cache.get("/feed.xml"));
        assertSame(second, cache.get("/atom.xml"));

        FeedCache.Cached third = feedOf(300); // 1,170: past the limit, the others go
        cache.put("/feed.json", third);
        assertNull(cache.get("/feed.xml"));
        assertNull(cache.get("/atom.xml"));
        assertSame(third, cache.get("/feed.json"));
        cache.put("/feed.xml", feedOf(300));
        assertNotNull(cache.get("/feed.json"), "counting starts again from what is kept");
    }
}
