package dev.herald.core.feed;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a feed in one format as UTF-8 ({@code FeedWriters} gives the writer of each format). The same feed always gives the same bytes. Implementations
 * are thread-safe.
 */
public interface FeedWriter {

    /** The format written. */
    FeedFormat format();

    /** Writes the whole document; the stream is flushed, not closed. */
    void write(Feed feed, OutputStream out) throws IOException;
}
