package dev.herald.server.store;

import java.time.LocalDate;

/**
 * Subscribers of one feed in one format from one source on one day.
 *
 * @param feed   the feed's path without its file name: {@code /}, {@code /tags/world/}, {@code /?any=a,b}
 * @param format {@code rss}, {@code atom} or {@code json}; {@link #ALL_FORMATS} for readers of any
 * @param source an aggregator's name, {@code readers} for the distinct other readers, or {@code websub}
 */
public record AudienceCount(LocalDate day, String feed, String format, String source, int subscribers) {

    /** The format of a feed's readers counted across its formats. */
    public static final String ALL_FORMATS = "*";
}
