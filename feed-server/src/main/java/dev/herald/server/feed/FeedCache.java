package dev.herald.server.feed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered feeds by key, up to a number of bytes; past that it starts over (query strings are
 * unbounded, and a feed's history has thousands of pages). Thread-safe.
 */
final class FeedCache {

    /** A cached feed, and the tag whose feeds it is one of (null: the main or a filtered feed). */
    record Cached(CachedFeed feed, String tag) {
    }

    private final long maxBytes;
    private final Map<String, Cached> byKey = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    FeedCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Cached get(String key) {
        return byKey.get(key);
    }

    void put(String key, Cached cached) {
        // with its gzip, made when first asked for, a feed takes about 1.3 times its size
        long size = cached.feed().document().length() * 13L / 10;
        if (bytes.addAndGet(size) > maxBytes) {
            byKey.clear();
            bytes.set(size);
        }
        byKey.put(key, cached);
    }
}
