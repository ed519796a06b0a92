package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.query.TagQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed asked for: its format, which articles it shows, the tag whose feed it is (if it is a
 * tag's feed), and the path and query it is served at, which is its self link.
 *
 * @param format the format
 * @param query  which articles, newest first, how many
 * @param tag    the slug of the tag whose feed this is, or null for the main feed (see {@link #tagSlug})
 * @param served the path and query string the feed is served at, e.g. {@code /feed.xml?tag=nato}
 */
public record FeedRequest(FeedFormat format, TagQuery query, String tag, String served) {

    public FeedRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(served, "served");
    }

    /** The main feed: every article, newest first, at most {@code limit}. */
    public static FeedRequest main(FeedFormat format, int limit) {
        return new FeedRequest(format, TagQuery.latest(limit), null, SitePaths.feed(format));
    }

    /** One tag's feed, at its {@code /tags/{slug}/} path. */
    public static FeedRequest tag(FeedFormat format, String slug, int limit) {
        return new FeedRequest(format, TagQuery.tagged(slug, limit), slug, SitePaths.tagFeed(slug, format));
    }

    /** The same feed showing the articles {@code other} selects. */
    public FeedRequest selecting(TagQuery other) {
        return new FeedRequest(format, other, tag, served);
    }

    /** The same feed served at another path and query string (a filtered feed's URL). */
    public FeedRequest servedAt(String pathAndQuery) {
        return new FeedRequest(format, query, tag, pathAndQuery);
    }

    /** The slug of the tag whose feed this is; empty for the main feed. */
    public Optional<String> tagSlug() {
        return Optional.ofNullable(tag);
    }
}
