package dev.herald.core.feed;

import dev.herald.core.feed.atom.AtomWriter;
import dev.herald.core.feed.json.JsonFeedWriter;
import dev.herald.core.feed.rss.RssWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a feed in one format as UTF-8. The same feed always gives the same bytes. Implementations
 * are thread-safe.
 */
public interface FeedWriter {

    /** The format written. */
    FeedFormat format();

    /** Writes the whole document; the stream is flushed, not closed. */
    void write(Feed feed, OutputStream out) throws IOException;

    /** The writer for a format. */
    static FeedWriter of(FeedFormat format) {
        return switch (format) {
            case RSS -> new RssWriter();
            case ATOM -> new AtomWriter();
            case JSON -> new JsonFeedWriter();
        };
    }
}
