package dev.herald.server.store;

import java.time.LocalDate;

/**
 * Subscribers of one feed in one format from one source on one day.
 *
 * @param feed   the feed's path without its file name: {@code /}, {@code /tags/world/}, {@code /?any=a,b}
 * @param format {@code rss}, {@code atom} or {@code json}
 * @param source an aggregator's name, {@code readers} for the distinct other readers, or {@code websub}
 */
public record AudienceCount(LocalDate day, String feed, String format, String source, int subscribers) {
}
