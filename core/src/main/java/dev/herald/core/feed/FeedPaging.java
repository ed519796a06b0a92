package dev.herald.core.feed;

import java.net.URI;

/**
 * A feed document's place in a longer history, as RFC 5005 links it: a current feed names its
 * newest archive ({@code prev-archive}); an archive document ({@code fh:archive}) names the
 * current feed and its older and newer neighbours; a page of a paged feed names the next page
 * ({@code next}). Each link is null where there is none.
 *
 * @param archive     whether the document is an archive document, which will not change
 * @param current     the current feed, from an archive document
 * @param prevArchive the next older archive document
 * @param nextArchive the next newer archive document
 * @param next        the following (older) page of a paged feed
 */
public record FeedPaging(boolean archive, URI current, URI prevArchive, URI nextArchive, URI next) {

    /** A document on its own: no archives, no pages. */
    public static final FeedPaging NONE = new FeedPaging(false, null, null, null, null);

    /** A current feed whose newest archive is {@code prevArchive} (null while there is none). */
    public static FeedPaging current(URI prevArchive) {
        return new FeedPaging(false, null, prevArchive, null, null);
    }

    /** A page of a paged feed followed by {@code next} (null on the last page). */
    public static FeedPaging paged(URI next) {
        return new FeedPaging(false, null, null, null, next);
    }

    /**
     * Where a reader goes for older items: the following page, else the newer archive; what
     * JSON Feed calls {@code next_url}.
     */
    public URI older() {
        return next != null ? next : prevArchive;
    }
}
