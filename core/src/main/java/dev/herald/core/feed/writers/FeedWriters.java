package dev.herald.core.feed.writers;

import dev.herald.core.feed.EntryCache;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedWriter;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.feed.json.JsonFeedWriter;
import dev.herald.core.feed.rome.AtomWriter;
import dev.herald.core.feed.rome.RssWriter;
import java.util.EnumMap;
import java.util.Map;

/**
 * The writers of the feed formats. It lives apart from {@code feed}, which the writers depend
 * on, so that no package and its implementations import each other.
 */
public final class FeedWriters {

    private FeedWriters() {
    }

    /** A writer for the format; writers are thread-safe. */
    public static FeedWriter of(FeedFormat format) {
        return switch (format) {
            case RSS -> new RssWriter();
            case ATOM -> new AtomWriter();
            case JSON -> new JsonFeedWriter();
        };
    }

    /**
     * One writer for every format, each keeping the entries it serialized up to
     * {@code cacheBytes}: for a build that shows each article in many feeds.
     */
    public static Map<FeedFormat, FeedWriter> caching(long cacheBytes) {
        return Map.copyOf(splicing(cacheBytes));
    }

    /** The same writers as {@link #caching}, as what they are: writers that splice their entries. */
    public static Map<FeedFormat, SplicingFeedWriter> splicing(long cacheBytes) {
        Map<FeedFormat, SplicingFeedWriter> writers = new EnumMap<>(FeedFormat.class);
        writers.put(FeedFormat.RSS, new RssWriter(new EntryCache(cacheBytes)));
        writers.put(FeedFormat.ATOM, new AtomWriter(new EntryCache(cacheBytes)));
        writers.put(FeedFormat.JSON, new JsonFeedWriter(new EntryCache(cacheBytes)));
        return Map.copyOf(writers);
    }

    /** One writer for every format, by format. */
    public static Map<FeedFormat, FeedWriter> all() {
        Map<FeedFormat, FeedWriter> writers = new EnumMap<>(FeedFormat.class);
        for (FeedFormat format : FeedFormat.values()) {
            writers.put(format, of(format));
        }
        return Map.copyOf(writers);
    }
}
